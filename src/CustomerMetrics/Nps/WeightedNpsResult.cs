using System;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// A Net Promoter Score with survey weights: the shares are weighted, and the precision comes from
/// Kish's effective sample size n_eff = (Σw)² / Σw², so unequal weights widen the interval.
/// </summary>
/// <remarks>
/// <para>Score = 100 × (W_P − W_D) / W with W_P, W_D the total weights of promoters and detractors
/// and W all weight; SE = 100 × √((pP + pD − (pP − pD)²) / n_eff) (Kish 1965, Survey Sampling, §11.7).
/// With equal weights everything equals the unweighted result.</para>
/// <para>Mergeable: <c>a + b</c> adds the weight totals and Σw², so weighted results per shard combine
/// exactly. The <c>default</c> value is empty: figures are <see cref="double.NaN"/>. Zero weights are
/// allowed (the response counts in <see cref="Count"/> but not in the score); when all weight is zero
/// the score is undefined. Immutable and thread-safe.</para>
/// </remarks>
public readonly record struct WeightedNpsResult
{
    internal WeightedNpsResult(long count, double promoterWeight, double passiveWeight, double detractorWeight, double sumOfSquaredWeights)
    {
        Count = count;
        PromoterWeight = promoterWeight;
        PassiveWeight = passiveWeight;
        DetractorWeight = detractorWeight;
        SumOfSquaredWeights = sumOfSquaredWeights;
    }

    /// <summary>Number of responses, including those with weight 0.</summary>
    public long Count { get; }

    /// <summary>Total weight of promoters (answers 9–10).</summary>
    public double PromoterWeight { get; }

    /// <summary>Total weight of passives (answers 7–8).</summary>
    public double PassiveWeight { get; }

    /// <summary>Total weight of detractors (answers 0–6).</summary>
    public double DetractorWeight { get; }

    /// <summary>Σw² over all responses, kept so that results merge exactly.</summary>
    public double SumOfSquaredWeights { get; }

    /// <summary>Σw over all responses.</summary>
    public double TotalWeight => PromoterWeight + PassiveWeight + DetractorWeight;

    /// <summary>Weighted NPS in [−100, 100]; <see cref="double.NaN"/> when the total weight is 0.</summary>
    public double Score => 100 * (PromoterShare - DetractorShare);

    /// <summary>Weighted promoter share in [0, 1].</summary>
    public double PromoterShare => Share(PromoterWeight);

    /// <summary>Weighted passive share in [0, 1].</summary>
    public double PassiveShare => Share(PassiveWeight);

    /// <summary>Weighted detractor share in [0, 1].</summary>
    public double DetractorShare => Share(DetractorWeight);

    /// <summary>Kish's effective sample size (Σw)² / Σw²; equals the count of positive weights when they are all equal.</summary>
    public double EffectiveSampleSize => SumOfSquaredWeights > 0 ? TotalWeight * TotalWeight / SumOfSquaredWeights : double.NaN;

    /// <summary>Standard error in NPS points, from the weighted shares and <see cref="EffectiveSampleSize"/>.</summary>
    public double StandardError => NpsMath.StandardError(PromoterShare, DetractorShare, EffectiveSampleSize);

    /// <summary>The sources' band of the weighted score (default thresholds).</summary>
    public NpsBand Band => NpsBandThresholds.Default.Classify(Score);

    /// <summary>Adds two partial weighted results.</summary>
    /// <param name="left">One partial result.</param>
    /// <param name="right">Another partial result.</param>
    /// <returns>The weighted result of both samples together.</returns>
    public static WeightedNpsResult operator +(WeightedNpsResult left, WeightedNpsResult right) =>
        new(
            left.Count + right.Count,
            left.PromoterWeight + right.PromoterWeight,
            left.PassiveWeight + right.PassiveWeight,
            left.DetractorWeight + right.DetractorWeight,
            left.SumOfSquaredWeights + right.SumOfSquaredWeights);

    /// <summary>The friendly twin of the <c>+</c> operator.</summary>
    /// <param name="other">Another partial result.</param>
    /// <returns>The weighted result of both samples together.</returns>
    public WeightedNpsResult Add(WeightedNpsResult other) => this + other;

    /// <summary>Wald interval Score ± z·SE with SE from the effective sample size, clamped to [−100, 100].</summary>
    /// <param name="level">Confidence level in (0, 1); 0.95 by default.</param>
    /// <returns>The interval; bounds are <see cref="double.NaN"/> when the total weight is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not in (0, 1).</exception>
    public ConfidenceInterval ConfidenceInterval(double level = 0.95)
    {
        Preconditions.CheckConfidenceLevel(nameof(level), level);
        return double.IsNaN(Score)
            ? CustomerMetrics.ConfidenceInterval.Undefined(level)
            : NpsMath.Wald(Score, StandardError, level);
    }

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>Weighted NPS 38.2 (n 250, n_eff 201.4)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Weighted NPS {Score:0.##} (n {Count}, n_eff {EffectiveSampleSize:0.#})");

    private double Share(double weight) => TotalWeight > 0 ? weight / TotalWeight : double.NaN;
}
