using System;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// A share compared with a benchmark range: the sources' clinic has 12 negative reviews of 300 (4 %),
/// against 15–20 % typical for the market, which is below the range.
/// </summary>
/// <remarks>
/// <para><see cref="Position"/> places the share itself; <see cref="IsConclusive"/> says whether its Wilson
/// interval lies wholly on the same side (or wholly within), so that the position is not an accident of a
/// small sample. 12 of 300 has the interval [2.3 %, 6.9 %]: conclusively below 15–20 %.</para>
/// <para>Immutable and thread-safe. Created by <see cref="NegativeReviews.Compare"/> or
/// <see cref="ShareBenchmark(Proportion, double, double, double)"/>.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ShareBenchmarkJsonConverter))]
#endif
public sealed record ShareBenchmark
{
    /// <summary>Compares a share with the range [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <param name="share">The share measured.</param>
    /// <param name="low">The lower end of the benchmark range, in [0, 1].</param>
    /// <param name="high">The upper end, in [<paramref name="low"/>, 1].</param>
    /// <param name="level">Confidence level of the interval, in (0, 1); 0.95 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">An end is outside [0, 1] or NaN, or the level is not in (0, 1).</exception>
    /// <exception cref="ArgumentException">The ends are reversed.</exception>
    public ShareBenchmark(Proportion share, double low, double high, double level = 0.95)
    {
        Preconditions.CheckUnitInterval(nameof(low), low, "The benchmark's lower end should be a share in [0, 1], for example 0.15 for 15 %.");
        Preconditions.CheckUnitInterval(nameof(high), high, "The benchmark's upper end should be a share in [0, 1], for example 0.20 for 20 %.");
        Preconditions.CheckOrdered(nameof(low), low, nameof(high), high);
        Preconditions.CheckConfidenceLevel(nameof(level), level);
        Share = share;
        Low = low;
        High = high;
        Level = level;
    }

    /// <summary>The share measured.</summary>
    public Proportion Share { get; }

    /// <summary>The lower end of the benchmark range.</summary>
    public double Low { get; }

    /// <summary>The upper end of the benchmark range.</summary>
    public double High { get; }

    /// <summary>The confidence level of <see cref="Interval"/>.</summary>
    public double Level { get; }

    /// <summary>The Wilson interval of the share at <see cref="Level"/>.</summary>
    public ConfidenceInterval Interval => Share.WilsonInterval(Level);

    /// <summary>Where the share lies relative to the range; <see cref="RangePosition.Within"/> is also the answer with no data (see <see cref="IsConclusive"/>).</summary>
    public RangePosition Position => Place(Share.Share);

    /// <summary>Whether the whole interval lies on the same side of the range as the share (or wholly within it); <c>false</c> with no data.</summary>
    public bool IsConclusive => Share.Total > 0 && Place(Interval.Lower) == Position && Place(Interval.Upper) == Position;

    private RangePosition Place(double share) => share < Low ? RangePosition.Below : share > High ? RangePosition.Above : RangePosition.Within;

    /// <summary>Formats the comparison with the invariant culture.</summary>
    /// <returns>For example <c>12 of 300 (4 %), below 15–20 % (conclusive at 95 %)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Share}, {Position.ToString().ToLowerInvariant()} {Low * 100:0.##}–{High * 100:0.##} % ({(IsConclusive ? "conclusive" : "not conclusive")} at {Level * 100:0.##} %)");
}
