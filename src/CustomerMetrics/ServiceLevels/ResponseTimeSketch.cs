using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerMetrics.Internal;
using CustomerMetrics.Statistics;

namespace CustomerMetrics;

/// <summary>
/// A mergeable quantile sketch of response times with a relative-error guarantee (DDSketch: Masson,
/// Rim &amp; Lee 2019, "DDSketch: a fast and fully-mergeable quantile sketch with relative-error
/// guarantees", VLDB 12(12)). Sketches of days, shards or SQL partitions add up (<c>+</c>) to exactly the
/// sketch of all the values, so the p95 of a quarter comes from the sketches of its months.
/// </summary>
/// <remarks>
/// <para><b>Buckets.</b> With relative accuracy α and γ = (1 + α) / (1 − α), a value x &gt; 0 falls in
/// bucket i = ⌈ln x / ln γ⌉, which holds (γ^(i − 1), γ^i]; zeros are counted apart. A bucket stands for
/// 2γ^i / (γ + 1), within α of every value in it.</para>
/// <para><b>Guarantee.</b> <see cref="Percentile"/> follows Hyndman &amp; Fan's definition 7 (as
/// <see cref="Sla.Percentile"/>): with h = (n − 1)·p / 100 it interpolates between the estimates of the
/// ⌊h⌋-th and the next order statistic, each within α of the true one and clamped to the exact minimum
/// and maximum, so the result is within α·v of the exact type-7 percentile v (plus floating-point
/// rounding, below 1e-12 relative), on any data, as long as those order statistics are not in a
/// collapsed bucket.</para>
/// <para><b>Memory and collapse.</b> At most <see cref="MaxBuckets"/> buckets are kept, the highest
/// ones: when the values span more (a ratio beyond γ^MaxBuckets, about 6·10¹⁷ for α = 1 % and 2 048
/// buckets), the lowest buckets are folded into the lowest kept one and <see cref="IsCollapsed"/> says
/// so. Only the lowest percentiles lose their guarantee then; the response-time ones (p50 to p99) keep
/// it. The rule depends only on the highest bucket, so merging and then collapsing gives the same
/// sketch as collapsing the whole.</para>
/// <para>Immutable and thread-safe. <see cref="Empty"/> has no accuracy yet and is the identity of
/// <c>+</c>; other sketches merge only with the same accuracy and bucket limit.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ResponseTimeSketchJsonConverter))]
#endif
public sealed class ResponseTimeSketch : IEquatable<ResponseTimeSketch>
{
    /// <summary>The default relative accuracy α: 1 %.</summary>
    public const double DefaultRelativeAccuracy = 0.01;

    /// <summary>The default bucket limit: 2 048 buckets (16 KB), a range of about 6·10¹⁷ at α = 1 %.</summary>
    public const int DefaultMaxBuckets = 2048;

    private readonly long[] counts;

    private ResponseTimeSketch(double relativeAccuracy, int maxBuckets, long zeroCount, int firstBucket, long[] counts, double minimum, double maximum, bool collapsed)
    {
        RelativeAccuracy = relativeAccuracy;
        MaxBuckets = maxBuckets;
        ZeroCount = zeroCount;
        FirstBucket = firstBucket;
        this.counts = counts;
        BucketCounts = Array.AsReadOnly(counts);
        Minimum = minimum;
        Maximum = maximum;
        IsCollapsed = collapsed;
        long total = zeroCount;
        foreach (long count in counts)
        {
            total = CountSums.Add(total, count, "values");
        }

        Count = total;
    }

    /// <summary>No values and no accuracy yet: the identity of <c>+</c>.</summary>
    public static ResponseTimeSketch Empty { get; } = new(double.NaN, 0, 0, 0, [], double.NaN, double.NaN, collapsed: false);

    /// <summary>The relative accuracy α of every estimate, in (0, 1); NaN for <see cref="Empty"/>.</summary>
    public double RelativeAccuracy { get; }

    /// <summary>The most buckets kept; 0 for <see cref="Empty"/>.</summary>
    public int MaxBuckets { get; }

    /// <summary>The number of values.</summary>
    public long Count { get; }

    /// <summary>The number of values equal to 0.</summary>
    public long ZeroCount { get; }

    /// <summary>The index of the first bucket of <see cref="BucketCounts"/> (bucket i holds (γ^(i − 1), γ^i]).</summary>
    public int FirstBucket { get; }

    /// <summary>The counts of the buckets <see cref="FirstBucket"/>, <see cref="FirstBucket"/> + 1, …; the first and last are never 0.</summary>
    public IReadOnlyList<long> BucketCounts { get; }

    /// <summary>The smallest value, exactly; NaN with no values.</summary>
    public double Minimum { get; }

    /// <summary>The largest value, exactly; NaN with no values.</summary>
    public double Maximum { get; }

    /// <summary>Whether low buckets were folded to stay within <see cref="MaxBuckets"/> (the lowest percentiles lose their guarantee).</summary>
    public bool IsCollapsed { get; }

    /// <summary>γ = (1 + α) / (1 − α), the ratio between consecutive bucket bounds.</summary>
    public double Gamma => (1 + RelativeAccuracy) / (1 - RelativeAccuracy);

    /// <summary>The mean estimated from the buckets: within α of the true mean (every value is); NaN with no values.</summary>
    public double EstimatedMean
    {
        get
        {
            if (Count == 0)
            {
                return double.NaN;
            }

            double sum = 0;
            for (int b = 0; b < counts.Length; b++)
            {
                sum += counts[b] * Representative(FirstBucket + b);
            }

            return Math.Min(Maximum, Math.Max(Minimum, sum / Count));
        }
    }

    /// <summary>Sketches durations (in any one unit).</summary>
    /// <param name="values">The durations: finite and non-negative.</param>
    /// <param name="relativeAccuracy">α in (0, 1); 0.01 by default.</param>
    /// <param name="maxBuckets">The most buckets to keep, from 16 to 1 000 000; 2 048 by default.</param>
    /// <returns>The sketch.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite (its position is named), or an argument is out of range.</exception>
    public static ResponseTimeSketch Create(ReadOnlySpan<double> values, double relativeAccuracy = DefaultRelativeAccuracy, int maxBuckets = DefaultMaxBuckets)
    {
        CheckShape(relativeAccuracy, maxBuckets);
        double logGamma = Math.Log((1 + relativeAccuracy) / (1 - relativeAccuracy));
        long zeros = 0;
        double minimum = double.PositiveInfinity;
        double maximum = double.NegativeInfinity;
        int lowest = int.MaxValue;
        int highest = int.MinValue;
        for (int i = 0; i < values.Length; i++)
        {
            double value = values[i];
            Preconditions.CheckTimeAt(nameof(values), value, i, "value");
            minimum = Math.Min(minimum, value);
            maximum = Math.Max(maximum, value);
            if (value == 0)
            {
                zeros++;
                continue;
            }

            int bucket = BucketOf(value, logGamma);
            lowest = Math.Min(lowest, bucket);
            highest = Math.Max(highest, bucket);
        }

        if (zeros == values.Length)
        {
            return new ResponseTimeSketch(relativeAccuracy, maxBuckets, zeros, 0, [], values.IsEmpty ? double.NaN : 0, values.IsEmpty ? double.NaN : 0, collapsed: false);
        }

        int first = Math.Max(lowest, highest - maxBuckets + 1);
        long[] counts = new long[highest - first + 1];
        foreach (double value in values)
        {
            if (value > 0)
            {
                counts[Math.Max(BucketOf(value, logGamma), first) - first]++;
            }
        }

        return new ResponseTimeSketch(relativeAccuracy, maxBuckets, zeros, first, counts, minimum, maximum, collapsed: lowest < first);
    }

    /// <summary>A sketch from bucket counts made elsewhere, for example by a SQL engine grouping values by ⌈LN(x) / LN(γ)⌉.</summary>
    /// <param name="relativeAccuracy">α in (0, 1).</param>
    /// <param name="maxBuckets">The most buckets to keep, from 16 to 1 000 000.</param>
    /// <param name="zeroCount">The number of values equal to 0.</param>
    /// <param name="buckets">Each non-empty bucket's index and count (any order; an index at most once).</param>
    /// <param name="minimum">The smallest value (NaN with no values).</param>
    /// <param name="maximum">The largest value (NaN with no values).</param>
    /// <param name="isCollapsed">Whether the buckets were already collapsed (as a stored sketch's <see cref="IsCollapsed"/> says).</param>
    /// <returns>The sketch, collapsed to <paramref name="maxBuckets"/> if the buckets span more.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="buckets"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or α or the bucket limit is out of range.</exception>
    /// <exception cref="ArgumentException">An index repeats, or the extremes do not match the buckets.</exception>
    public static ResponseTimeSketch FromBuckets(double relativeAccuracy, int maxBuckets, long zeroCount, IEnumerable<KeyValuePair<int, long>> buckets, double minimum, double maximum, bool isCollapsed = false)
    {
        CheckShape(relativeAccuracy, maxBuckets);
        Preconditions.CheckNonNegative(nameof(zeroCount), zeroCount);
        Preconditions.CheckNotNull(nameof(buckets), buckets);
        var byIndex = new SortedDictionary<int, long>();
        foreach (KeyValuePair<int, long> bucket in buckets)
        {
            Preconditions.CheckNonNegative(nameof(buckets), bucket.Value);
            if (byIndex.ContainsKey(bucket.Key))
            {
                Preconditions.ThrowArgument(nameof(buckets), Preconditions.Format($"Bucket {bucket.Key} is given twice."));
            }

            if (bucket.Value > 0)
            {
                byIndex.Add(bucket.Key, bucket.Value);
            }
        }

        var sketch = Build(relativeAccuracy, maxBuckets, zeroCount, byIndex, minimum, maximum, isCollapsed);
        CheckExtremes(sketch);
        return sketch;
    }

    /// <summary>Merges two sketches: exactly the sketch of all their values.</summary>
    /// <param name="left">One sketch.</param>
    /// <param name="right">Another sketch with the same accuracy and bucket limit (or <see cref="Empty"/>).</param>
    /// <returns>The sketch of both.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The sketches have different accuracies or bucket limits.</exception>
    /// <exception cref="OverflowException">The values would number more than <see cref="long.MaxValue"/>.</exception>
    public static ResponseTimeSketch operator +(ResponseTimeSketch left, ResponseTimeSketch right)
    {
        Preconditions.CheckNotNull(nameof(left), left);
        Preconditions.CheckNotNull(nameof(right), right);
        if (left.MaxBuckets == 0)
        {
            return right;
        }

        if (right.MaxBuckets == 0)
        {
            return left;
        }

        if (!left.RelativeAccuracy.Equals(right.RelativeAccuracy) || left.MaxBuckets != right.MaxBuckets)
        {
            Preconditions.ThrowArgument(nameof(right), Preconditions.Format($"Sketches with accuracy {left.RelativeAccuracy} and {left.MaxBuckets} buckets do not merge with accuracy {right.RelativeAccuracy} and {right.MaxBuckets} buckets."));
        }

        var byIndex = new SortedDictionary<int, long>();
        foreach (ResponseTimeSketch sketch in new[] { left, right })
        {
            for (int b = 0; b < sketch.counts.Length; b++)
            {
                // Stryker disable once Equality : equivalent, an empty bucket between others is empty in the merged array too
                if (sketch.counts[b] > 0)
                {
                    int index = sketch.FirstBucket + b;
                    byIndex[index] = CountSums.Add(byIndex.TryGetValue(index, out long count) ? count : 0, sketch.counts[b], "values");
                }
            }
        }

        return Build(
            left.RelativeAccuracy,
            left.MaxBuckets,
            CountSums.Add(left.ZeroCount, right.ZeroCount, "values"),
            byIndex,
            left.Count == 0 ? right.Minimum : right.Count == 0 ? left.Minimum : Math.Min(left.Minimum, right.Minimum),
            left.Count == 0 ? right.Maximum : right.Count == 0 ? left.Maximum : Math.Max(left.Maximum, right.Maximum),
            left.IsCollapsed || right.IsCollapsed);
    }

    /// <summary>The friendly twin of <c>+</c>.</summary>
    /// <param name="other">Another sketch with the same accuracy and bucket limit (or <see cref="Empty"/>).</param>
    /// <returns>The sketch of both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The sketches have different accuracies or bucket limits.</exception>
    /// <exception cref="OverflowException">The values would number more than <see cref="long.MaxValue"/>.</exception>
    public ResponseTimeSketch Add(ResponseTimeSketch other) => this + other;

    /// <summary>A percentile (Hyndman–Fan type 7), within α of the exact one (see the remarks).</summary>
    /// <param name="percentile">The percentile in [0, 100], e.g. 95.</param>
    /// <returns>The estimate; NaN with no values.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentile"/> is outside [0, 100] or NaN.</exception>
    public double Percentile(double percentile)
    {
        if (!(percentile >= 0 && percentile <= 100))
        {
            Preconditions.ThrowOutOfRange(nameof(percentile), percentile, "A percentile should be in [0, 100], for example 95.");
        }

        if (Count == 0)
        {
            return double.NaN;
        }

        double scaled = (Count - 1) * percentile;
        double lower = Math.Floor(scaled / 100);
        double weight = Math.Max(0, (scaled - (lower * 100)) / 100);
        long rank = (long)lower;
        double low = ValueAtRank(rank);
        // Stryker disable once Conditional,Logical,Equality,Arithmetic : equivalent, at the last rank the weight is 0 and interpolation returns the lower value
        return rank >= Count - 1 || weight == 0 ? low : Percentiles.Interpolate(low, ValueAtRank(rank + 1), weight);
    }

    /// <summary>The share of values at or below <paramref name="threshold"/>, counting a bucket in full when the threshold reaches its representative.</summary>
    /// <param name="threshold">The time, in the values' unit; finite and non-negative.</param>
    /// <returns>The share in [0, 1]; NaN with no values.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative, NaN or infinite.</exception>
    public double ShareWithin(double threshold)
    {
        Preconditions.CheckNonNegativeFinite(nameof(threshold), threshold, "The threshold should be a finite, non-negative time.");
        if (Count == 0)
        {
            return double.NaN;
        }

        if (threshold >= Maximum)
        {
            return 1;
        }

        long within = ZeroCount;
        for (int b = 0; b < counts.Length && Representative(FirstBucket + b) <= threshold; b++)
        {
            within += counts[b];
        }

        return (double)within / Count;
    }

    /// <inheritdoc/>
    public bool Equals(ResponseTimeSketch? other) =>
        other is not null
        && RelativeAccuracy.Equals(other.RelativeAccuracy)
        && MaxBuckets == other.MaxBuckets
        && ZeroCount == other.ZeroCount
        && FirstBucket == other.FirstBucket
        && counts.AsSpan().SequenceEqual(other.counts)
        && Minimum.Equals(other.Minimum)
        && Maximum.Equals(other.Maximum)
        && IsCollapsed == other.IsCollapsed;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ResponseTimeSketch);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RelativeAccuracy, MaxBuckets, Count, FirstBucket, counts.Length, Minimum, Maximum);

    /// <summary>Formats the sketch with the invariant culture.</summary>
    /// <returns>For example <c>Sketch of 1000 values (α 0.01, 212 buckets): p50 12.1, p95 30.5, max 44</c>.</returns>
    public override string ToString() =>
        Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"Sketch of 0 values (α {RelativeAccuracy})")
            : string.Create(CultureInfo.InvariantCulture, $"Sketch of {Count} values (α {RelativeAccuracy}, {counts.Length} buckets): p50 {Percentile(50):0.###}, p95 {Percentile(95):0.###}, max {Maximum:0.###}");

    /// <summary>⌈ln x / ln γ⌉: the bucket of a positive value.</summary>
    internal static int BucketOf(double value, double logGamma) => (int)Math.Ceiling(Math.Log(value) / logGamma);

    private static ResponseTimeSketch Build(double relativeAccuracy, int maxBuckets, long zeroCount, SortedDictionary<int, long> byIndex, double minimum, double maximum, bool collapsed)
    {
        if (byIndex.Count == 0)
        {
            return new ResponseTimeSketch(relativeAccuracy, maxBuckets, zeroCount, 0, [], minimum, maximum, collapsed);
        }

        int lowest = byIndex.Keys.First();
        int highest = byIndex.Keys.Last();
        int first = Math.Max(lowest, highest - maxBuckets + 1);
        long[] counts = new long[highest - first + 1];
        foreach (KeyValuePair<int, long> bucket in byIndex)
        {
            int slot = Math.Max(bucket.Key, first) - first;
            counts[slot] = CountSums.Add(counts[slot], bucket.Value, "values");
        }

        return new ResponseTimeSketch(relativeAccuracy, maxBuckets, zeroCount, first, counts, minimum, maximum, collapsed || lowest < first);
    }

    private static void CheckShape(double relativeAccuracy, int maxBuckets)
    {
        if (!(relativeAccuracy > 0 && relativeAccuracy < 1))
        {
            Preconditions.ThrowOutOfRange(nameof(relativeAccuracy), relativeAccuracy, "The relative accuracy should be in (0, 1), for example 0.01 for 1 %.");
        }

        if (maxBuckets is < 16 or > 1_000_000)
        {
            Preconditions.ThrowOutOfRange(nameof(maxBuckets), maxBuckets, "The bucket limit should be from 16 to 1 000 000.");
        }
    }

    private static void CheckExtremes(ResponseTimeSketch sketch)
    {
        bool valid = sketch.Count == 0
            ? double.IsNaN(sketch.Minimum) && double.IsNaN(sketch.Maximum)
            : double.IsFinite(sketch.Minimum) && double.IsFinite(sketch.Maximum) && sketch.Minimum >= 0 && sketch.Minimum <= sketch.Maximum
              && (sketch.ZeroCount > 0 ? sketch.Minimum == 0 : sketch.Minimum > 0)
              && (sketch.counts.Length == 0 ? sketch.Maximum == 0 : sketch.Maximum > 0);
        if (!valid)
        {
            Preconditions.ThrowArgument("maximum", Preconditions.Format($"The extremes [{sketch.Minimum}, {sketch.Maximum}] do not match {sketch.ZeroCount} zeros and {sketch.Count - sketch.ZeroCount} positive values (NaN for no values)."));
        }
    }

    /// <summary>2γ^i / (γ + 1): within α of every value in bucket i.</summary>
    private double Representative(int bucket)
    {
        double gamma = Gamma;
        return 2 * Math.Pow(gamma, bucket) / (gamma + 1);
    }

    /// <summary>The estimate of the value of rank <paramref name="rank"/> (0-based, ascending), clamped to the exact extremes.</summary>
    private double ValueAtRank(long rank)
    {
        if (rank == 0)
        {
            return Minimum;
        }

        if (rank == Count - 1)
        {
            return Maximum;
        }

        if (rank < ZeroCount)
        {
            return 0;
        }

        long seen = ZeroCount;
        // Stryker disable once Equality : equivalent, a rank the sketch holds is found before the end
        for (int b = 0; b < counts.Length; b++)
        {
            seen += counts[b];
            if (rank < seen)
            {
                return Math.Min(Maximum, Math.Max(Minimum, Representative(FirstBucket + b)));
            }
        }

        return Maximum;
    }
}
