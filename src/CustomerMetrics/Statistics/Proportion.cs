using System;
using CustomerMetrics.Statistics;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// A share with its counts: <see cref="Count"/> of <see cref="Total"/> (12 negative reviews of 300),
/// the <see cref="Share"/> in [0, 1], its Wilson score interval, and a comparison with another share.
/// </summary>
/// <remarks>
/// <para>Every share of the library's indicators (repeat customers, referred clients, negative reviews,
/// trained staff, satisfied answers) is a <see cref="Proportion"/>, so each comes with the same interval
/// and the same two-sample comparison.</para>
/// <para>The Wilson score interval (Wilson 1927) is
/// (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n): unlike p̂ ± z·√(p̂(1 − p̂)/n) it stays inside
/// [0, 1], is not empty at 0 or n successes, and keeps close to its nominal coverage for small n
/// (Brown, Cai and DasGupta 2001).</para>
/// <para>Proportions add (<c>+</c>) by adding counts, which is exact for disjoint groups: shares of
/// shards, days or regions merge to the share of the whole. <c>default</c> equals <see cref="Empty"/>,
/// 0 of 0, whose share is <see cref="double.NaN"/>. Immutable and thread-safe.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ProportionJsonConverter))]
#endif
public readonly struct Proportion : IEquatable<Proportion>
{
    /// <summary>Creates the proportion <paramref name="count"/> of <paramref name="total"/>.</summary>
    /// <param name="count">The cases counted (negative reviews, repeat customers), 0 ≤ count ≤ total.</param>
    /// <param name="total">All cases (reviews, customers), non-negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="count"/> exceeds <paramref name="total"/>.</exception>
    public Proportion(long count, long total)
        : this(count, total, nameof(count), nameof(total))
    {
    }

    private Proportion(long count, long total, string countName, string totalName)
    {
        Preconditions.CheckNonNegative(totalName, total);
        Preconditions.CheckNonNegative(countName, count);
        if (count > total)
        {
            Preconditions.ThrowOutOfRange(countName, count, Preconditions.Format($"{countName} ({count}) should not exceed {totalName} ({total})."));
        }

        Count = count;
        Total = total;
    }

    /// <summary>0 of 0: the identity of <c>+</c>; its share is <see cref="double.NaN"/>.</summary>
    public static Proportion Empty => default;

    /// <summary>The cases counted.</summary>
    public long Count { get; }

    /// <summary>All cases.</summary>
    public long Total { get; }

    /// <summary>The cases not counted: <see cref="Total"/> − <see cref="Count"/>.</summary>
    public long Rest => Total - Count;

    /// <summary>Count / Total in [0, 1]; <see cref="double.NaN"/> when <see cref="Total"/> is 0.</summary>
    // Stryker disable once Conditional : equivalent, 0 / 0 is NaN as well; the branch says so
    public double Share => Total == 0 ? double.NaN : (double)Count / Total;

    /// <summary>Adds the counts of two disjoint groups: the proportion of the whole.</summary>
    /// <param name="left">One group.</param>
    /// <param name="right">Another group, disjoint from the first.</param>
    /// <returns>(left.Count + right.Count) of (left.Total + right.Total).</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static Proportion operator +(Proportion left, Proportion right) => left.Add(right);

    /// <summary>Equality of counts.</summary>
    /// <param name="left">A proportion.</param>
    /// <param name="right">Another proportion.</param>
    /// <returns><c>true</c> when both counts are equal.</returns>
    public static bool operator ==(Proportion left, Proportion right) => left.Equals(right);

    /// <summary>Inequality of counts.</summary>
    /// <param name="left">A proportion.</param>
    /// <param name="right">Another proportion.</param>
    /// <returns><c>true</c> when a count differs.</returns>
    public static bool operator !=(Proportion left, Proportion right) => !left.Equals(right);

    /// <summary>Adds the counts of a disjoint group (the friendly twin of <c>+</c>).</summary>
    /// <param name="other">Another group, disjoint from this one.</param>
    /// <returns>The proportion of both groups together.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public Proportion Add(Proportion other) =>
        new(CountSums.Add(Count, other.Count, "cases counted"), CountSums.Add(Total, other.Total, "cases in total"));

    /// <summary>The Wilson score interval of the share.</summary>
    /// <param name="level">Confidence level in (0, 1); 0.95 by default.</param>
    /// <returns>An interval within [0, 1] that contains <see cref="Share"/>; both bounds NaN when <see cref="Total"/> is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not in (0, 1).</exception>
    public ConfidenceInterval WilsonInterval(double level = 0.95)
    {
        Preconditions.CheckConfidenceLevel(nameof(level), level);
        if (Total == 0)
        {
            return ConfidenceInterval.Undefined(level);
        }

        double z = Normal.TwoSidedCriticalValue(level);
        double n = Total;
        double p = Share;
        double zz = z * z / n;
        double centre = (p + zz / 2) / (1 + zz);
        double half = z / (1 + zz) * Math.Sqrt(p * (1 - p) / n + zz / (4 * n));

        // At 0 and n successes the bounds are 0 and 1 exactly; elsewhere rounding must not push the
        // estimate outside its own interval.
        // Stryker disable Conditional : equivalent, at 0 and n successes the clamps to the share give 0 and 1 as well
        double lower = Count == 0 ? 0 : Math.Min(p, Math.Max(0, centre - half));
        double upper = Count == Total ? 1 : Math.Max(p, Math.Min(1, centre + half));

        // Stryker restore Conditional
        return new ConfidenceInterval(lower, upper, level);
    }

    /// <summary>
    /// Compares this share (the baseline: the earlier period, the reference group) with
    /// <paramref name="current"/>: the difference, the two-proportion z-test and the interval of the difference.
    /// </summary>
    /// <param name="current">The share compared with this one (the later period, the other group).</param>
    /// <param name="level">Confidence level of the interval in (0, 1); 0.95 by default.</param>
    /// <returns>The comparison; NaN figures when either total is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not in (0, 1).</exception>
    public ProportionComparison CompareWith(Proportion current, double level = 0.95) => ProportionComparison.Of(this, current, level);

    /// <summary>A proportion checked with the caller's parameter names in the messages.</summary>
    internal static Proportion Of(long count, long total, string countName, string totalName) => new(count, total, countName, totalName);

    /// <inheritdoc/>
    public bool Equals(Proportion other) => Count == other.Count && Total == other.Total;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Proportion other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, Total);

    /// <summary>Formats the proportion with the invariant culture.</summary>
    /// <returns>For example <c>12 of 300 (4 %)</c>, or <c>0 of 0</c>.</returns>
    public override string ToString() =>
        Total == 0 ? "0 of 0" : string.Create(CultureInfo.InvariantCulture, $"{Count} of {Total} ({Share * 100:0.#} %)");
}
