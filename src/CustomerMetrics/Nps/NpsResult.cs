using System;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// The Net Promoter Score of a set of responses, held as its three counts; every other figure is
/// derived from them: NPS = 100 × (P − D) / N with N = P + Passives + D, in [−100, 100].
/// </summary>
/// <remarks>
/// <para>Source: Reichheld (2003), "The One Number You Need to Grow", Harvard Business Review; the
/// sources digest: "Индекс NPS представляет собой разницу между сторонниками компании и ее
/// критиками в процентах", from −100 % to +100 %.</para>
/// <para>Results are mergeable: <c>a + b</c> adds the counts, so NPS computed per shard, partition
/// or day combines exactly into the NPS of the whole. The <c>default</c> value is the empty result
/// (no respondents): counts 0, <see cref="Score"/> and the shares <see cref="double.NaN"/>,
/// <see cref="Band"/> <see cref="NpsBand.Undefined"/>.</para>
/// <para>Immutable and thread-safe. Create one with <see cref="Nps.Calculate(ReadOnlySpan{byte})"/>,
/// its overloads, or <see cref="Nps.FromCounts(long, long, long)"/>.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.NpsResultJsonConverter))]
#endif
public readonly record struct NpsResult
{
    /// <summary>Below this many respondents <see cref="IsSmallSample"/> is <c>true</c>.</summary>
    public const int DefaultMinimumSampleSize = 30;

    internal NpsResult(long promoters, long passives, long detractors)
    {
        Promoters = promoters;
        Passives = passives;
        Detractors = detractors;
    }

    /// <summary>The result with no respondents (the same as <c>default</c>).</summary>
    public static NpsResult Empty => default;

    /// <summary>Respondents who answered 9 or 10.</summary>
    public long Promoters { get; }

    /// <summary>Respondents who answered 7 or 8.</summary>
    public long Passives { get; }

    /// <summary>Respondents who answered 0 to 6.</summary>
    public long Detractors { get; }

    /// <summary>All respondents: <see cref="Promoters"/> + <see cref="Passives"/> + <see cref="Detractors"/>.</summary>
    public long Total => Promoters + Passives + Detractors;

    /// <summary>NPS = 100 × (P − D) / N in [−100, 100]; <see cref="double.NaN"/> with no respondents.</summary>
    public double Score => Total == 0 ? double.NaN : 100.0 * (Promoters - Detractors) / Total;

    /// <summary>P / N in [0, 1]; <see cref="double.NaN"/> with no respondents.</summary>
    public double PromoterShare => Share(Promoters);

    /// <summary>Passives / N in [0, 1]; <see cref="double.NaN"/> with no respondents.</summary>
    public double PassiveShare => Share(Passives);

    /// <summary>D / N in [0, 1]; <see cref="double.NaN"/> with no respondents.</summary>
    public double DetractorShare => Share(Detractors);

    /// <summary>
    /// Standard error of the score in NPS points, from the trinomial variance:
    /// SE = 100 × √((pP + pD − (pP − pD)²) / N). <see cref="double.NaN"/> with no respondents.
    /// </summary>
    public double StandardError => NpsMath.StandardError(PromoterShare, DetractorShare, Total);

    /// <summary>The sources' reading of the score with the default thresholds (High ≥ 50, Average ≥ 30, else Low).</summary>
    public NpsBand Band => NpsBandThresholds.Default.Classify(Score);

    /// <summary>Whether there are fewer than <see cref="DefaultMinimumSampleSize"/> (30) respondents, too few to read the score with confidence.</summary>
    public bool IsSmallSample => IsSmallerThan(DefaultMinimumSampleSize);

    /// <summary>Adds the counts of two results: the NPS of the union of both samples.</summary>
    /// <param name="left">One partial result.</param>
    /// <param name="right">Another partial result.</param>
    /// <returns>The result whose counts are the sums of both.</returns>
    /// <exception cref="OverflowException">The respondents would number more than <see cref="long.MaxValue"/>.</exception>
    public static NpsResult operator +(NpsResult left, NpsResult right)
    {
        // Each count is at most its result's total, so when the totals add up, so does each count.
        CountSums.Add(left.Total, right.Total, "respondents");
        return new(left.Promoters + right.Promoters, left.Passives + right.Passives, left.Detractors + right.Detractors);
    }

    /// <summary>The friendly twin of <see cref="op_Addition"/>: combines this result with another.</summary>
    /// <param name="other">Another partial result.</param>
    /// <returns>The result whose counts are the sums of both.</returns>
    /// <exception cref="OverflowException">The respondents would number more than <see cref="long.MaxValue"/>.</exception>
    public NpsResult Add(NpsResult other) => this + other;

    /// <summary>The band of the score under custom thresholds.</summary>
    /// <param name="thresholds">Where the Average and High bands begin.</param>
    /// <returns>The band; <see cref="NpsBand.Undefined"/> with no respondents.</returns>
    public NpsBand GetBand(NpsBandThresholds thresholds) => thresholds.Classify(Score);

    /// <summary>Whether the sample has fewer respondents than <paramref name="minimumSampleSize"/>.</summary>
    /// <param name="minimumSampleSize">The smallest sample the caller trusts; non-negative.</param>
    /// <returns><c>true</c> when <see cref="Total"/> &lt; <paramref name="minimumSampleSize"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumSampleSize"/> is negative.</exception>
    public bool IsSmallerThan(long minimumSampleSize)
    {
        Preconditions.CheckNonNegative(nameof(minimumSampleSize), minimumSampleSize);
        return Total < minimumSampleSize;
    }

    /// <summary>A confidence interval for the score, clamped to [−100, 100].</summary>
    /// <param name="level">Confidence level in (0, 1); 0.95 by default.</param>
    /// <param name="method">The interval formula; <see cref="NpsIntervalMethod.AdjustedWald"/> by default.</param>
    /// <returns>The interval; its bounds are <see cref="double.NaN"/> with no respondents.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not in (0, 1), or
    /// <paramref name="method"/> is not a defined <see cref="NpsIntervalMethod"/>.</exception>
    public ConfidenceInterval ConfidenceInterval(double level = 0.95, NpsIntervalMethod method = NpsIntervalMethod.AdjustedWald)
    {
        Preconditions.CheckConfidenceLevel(nameof(level), level);
        return method switch
        {
            NpsIntervalMethod.Wald => NpsMath.Wald(Promoters, Passives, Detractors, level),
            NpsIntervalMethod.AdjustedWald => NpsMath.AdjustedWald(Promoters, Passives, Detractors, level),
            NpsIntervalMethod.Score => NpsMath.Score(Promoters, Passives, Detractors, level),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method."),
        };
    }

    /// <summary>Formats the result as <c>NPS 40 (P 50, Passives 40, D 10, N 100)</c> with the invariant culture.</summary>
    /// <returns>The formatted result.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"NPS {Score:0.##} (P {Promoters}, Passives {Passives}, D {Detractors}, N {Total})");

    private double Share(long count) => Total == 0 ? double.NaN : (double)count / Total;
}
