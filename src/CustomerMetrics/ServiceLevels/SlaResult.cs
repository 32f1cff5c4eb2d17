using System;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Compliance with a service-level agreement: how many operations were done within the agreed time.
/// The sources' monthly report to a key client: "of 365 operations, 364 were done on time (within one day)".
/// </summary>
/// <remarks>
/// <para>Rate = WithinThreshold / Total, in [0, 1]; NaN with no operations. Breaches = Total − WithinThreshold.
/// The error budget of a target t is the number of breaches the target allows, (1 − t) × Total.</para>
/// <para>Mergeable: <c>a + b</c> adds the counts, so days or shards combine into the month. The
/// <c>default</c> value has no operations. Immutable and thread-safe.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SlaResultJsonConverter))]
#endif
public readonly record struct SlaResult
{
    internal SlaResult(long total, long withinThreshold)
    {
        Total = total;
        WithinThreshold = withinThreshold;
    }

    /// <summary>No operations: the identity of <c>+</c> (the same as <c>default</c>).</summary>
    public static SlaResult Empty => default;

    /// <summary>All operations.</summary>
    public long Total { get; }

    /// <summary>Operations done within the threshold (a duration equal to the threshold counts as on time).</summary>
    public long WithinThreshold { get; }

    /// <summary>Operations that took longer than the threshold.</summary>
    public long Breaches => Total - WithinThreshold;

    /// <summary>WithinThreshold / Total in [0, 1]; NaN with no operations.</summary>
    // Stryker disable once Conditional : equivalent, 0 / 0 is NaN as well; the branch says so
    public double Rate => Total == 0 ? double.NaN : (double)WithinThreshold / Total;

    /// <summary>Adds the counts of two results.</summary>
    /// <param name="left">One partial result.</param>
    /// <param name="right">Another partial result.</param>
    /// <returns>The result of both together.</returns>
    /// <exception cref="OverflowException">The operations would number more than <see cref="long.MaxValue"/>.</exception>
    public static SlaResult operator +(SlaResult left, SlaResult right) =>
        new(CountSums.Add(left.Total, right.Total, "operations"), left.WithinThreshold + right.WithinThreshold);

    /// <summary>The friendly twin of the <c>+</c> operator.</summary>
    /// <param name="other">Another partial result.</param>
    /// <returns>The result of both together.</returns>
    /// <exception cref="OverflowException">The operations would number more than <see cref="long.MaxValue"/>.</exception>
    public SlaResult Add(SlaResult other) => this + other;

    /// <summary>Whether the rate reaches <paramref name="target"/> (e.g. 0.99).</summary>
    /// <param name="target">The agreed rate, in [0, 1].</param>
    /// <returns><c>true</c> when Rate ≥ target; <c>false</c> when below or when there are no operations.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is outside [0, 1] or NaN.</exception>
    public bool Meets(double target)
    {
        CheckTarget(target);
        return Rate >= target;
    }

    /// <summary>The breaches a target allows: (1 − target) × Total.</summary>
    /// <param name="target">The agreed rate, in [0, 1].</param>
    /// <returns>The error budget, in operations (not rounded).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is outside [0, 1] or NaN.</exception>
    public double AllowedBreaches(double target)
    {
        CheckTarget(target);
        return (1 - target) * Total;
    }

    /// <summary>
    /// The share of the error budget used: Breaches / AllowedBreaches. Above 1 the target is missed.
    /// With no budget (target 1 or no operations) it is 0 without breaches and +∞ with any.
    /// </summary>
    /// <param name="target">The agreed rate, in [0, 1].</param>
    /// <returns>The share of the budget used, ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is outside [0, 1] or NaN.</exception>
    public double ErrorBudgetUsed(double target)
    {
        double allowed = AllowedBreaches(target);
        return allowed > 0 ? Breaches / allowed : Breaches == 0 ? 0 : double.PositiveInfinity;
    }

    /// <summary>The sources' sentence, with the invariant culture.</summary>
    /// <returns>For example <c>Of 365 operations, 364 were done on time (99.73 %).</c></returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Of {Total} operations, {WithinThreshold} were done on time ({Rate * 100:0.##} %).");

    private static void CheckTarget(double target) =>
        Preconditions.CheckUnitInterval(nameof(target), target, "Target should be a rate in [0, 1], for example 0.99.");
}
