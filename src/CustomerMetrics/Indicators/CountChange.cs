using System;
using CustomerMetrics.Statistics;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// A count in one period against the previous one (positive comments, complaints): the change, the
/// relative change, and whether it is more than chance.
/// </summary>
/// <remarks>
/// <para>Counts over two periods of equal length are compared as Poisson rates: if the rate did not change,
/// the current count given the sum of both is binomial with p = ½, and the p-value is that of the exact
/// two-sided binomial test (the conditional test of Przyborowski and Wilenski, 1940). Beyond
/// 10⁹ comments in total the normal approximation takes over. When the periods differ in length, or when
/// the number of all comments is known, compare shares instead (<see cref="Proportion.CompareWith"/>).</para>
/// <para>Immutable and thread-safe. Created by <see cref="PositiveComments.Change"/>.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.CountChangeJsonConverter))]
#endif
public readonly record struct CountChange
{
    internal CountChange(long previous, long current)
    {
        Preconditions.CheckNonNegative(nameof(previous), previous);
        Preconditions.CheckNonNegative(nameof(current), current);
        CountSums.CheckTotal(nameof(current), "two counts", previous, current);
        Previous = previous;
        Current = current;
    }

    /// <summary>The count of the previous period.</summary>
    public long Previous { get; }

    /// <summary>The count of the current period.</summary>
    public long Current { get; }

    /// <summary>Current − Previous.</summary>
    public long Change => Current - Previous;

    /// <summary>(Current − Previous) / Previous, for example 0.25 for +25 %; NaN when the previous count is 0.</summary>
    public double RelativeChange => Previous == 0 ? double.NaN : (double)Change / Previous;

    /// <summary>Two-sided p-value of "the rate did not change", in [0, 1]; NaN when both counts are 0 (as in <c>default</c>).</summary>
    public double PValue => Binomial.TwoSidedFairCoinPValue(Current, Previous + Current);

    /// <summary>Whether the change is significant at <paramref name="level"/>: <see cref="PValue"/> &lt; 1 − level.</summary>
    /// <param name="level">Confidence level in (0, 1); 0.95 by default.</param>
    /// <returns><c>true</c> when the p-value is below 1 − level; <c>false</c> otherwise and with no counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not in (0, 1).</exception>
    public bool IsSignificant(double level = 0.95)
    {
        Preconditions.CheckConfidenceLevel(nameof(level), level);
        return PValue < 1 - level;
    }

    /// <summary>Formats the change with the invariant culture.</summary>
    /// <returns>For example <c>120 → 150 (+30, +25 %, p = 0.09)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Previous} → {Current} ({Change:+0;-0;0}, {RelativeChange * 100:+0.#;-0.#;0} %, p = {PValue:0.###})");
}
