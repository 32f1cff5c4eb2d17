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
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.WeightedNpsResultJsonConverter))]
#endif
public readonly record struct WeightedNpsResult
{
    // The weight sums are kept divided by 2^scaleExponent (see WeightScale): 0 for every weight in
    // [2^-400, 2^400], so that squares of extreme weights neither overflow nor vanish.
    private readonly int scaleExponent;
    private readonly double promoters;
    private readonly double passives;
    private readonly double detractors;
    private readonly double squares;

    private WeightedNpsResult(long count, int scaleExponent, double promoters, double passives, double detractors, double squares)
    {
        Count = count;
        this.scaleExponent = scaleExponent;
        this.promoters = promoters;
        this.passives = passives;
        this.detractors = detractors;
        this.squares = squares;
    }

    /// <summary>The result with no responses (the same as <c>default</c>).</summary>
    public static WeightedNpsResult Empty => default;

    /// <summary>
    /// A weighted result from sums made elsewhere (a SQL engine's SUM(w), SUM(w*w) per category, a stored
    /// shard). The sums must be able to come from weights: Σw² ≤ (Σw)² ≤ count × Σw², within rounding.
    /// </summary>
    /// <param name="count">Responses, those with weight 0 included; non-negative.</param>
    /// <param name="promoterWeight">Σw of the promoters; finite, non-negative.</param>
    /// <param name="passiveWeight">Σw of the passives; finite, non-negative.</param>
    /// <param name="detractorWeight">Σw of the detractors; finite, non-negative.</param>
    /// <param name="sumOfSquaredWeights">Σw² of all responses; finite, non-negative.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count or sum is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentException">The sums cannot come from <paramref name="count"/> weights.</exception>
    public static WeightedNpsResult FromSums(long count, double promoterWeight, double passiveWeight, double detractorWeight, double sumOfSquaredWeights)
    {
        Preconditions.CheckNonNegative(nameof(count), count);
        Preconditions.CheckNonNegativeFinite(nameof(promoterWeight), promoterWeight, "A sum of weights should be finite and non-negative.");
        Preconditions.CheckNonNegativeFinite(nameof(passiveWeight), passiveWeight, "A sum of weights should be finite and non-negative.");
        Preconditions.CheckNonNegativeFinite(nameof(detractorWeight), detractorWeight, "A sum of weights should be finite and non-negative.");
        Preconditions.CheckNonNegativeFinite(nameof(sumOfSquaredWeights), sumOfSquaredWeights, "A sum of squared weights should be finite and non-negative.");
        double total = promoterWeight + passiveWeight + detractorWeight;
        double squaredTotal = total * total;
        const double Rounding = 1e-9;
        bool consistent = total == 0
            ? sumOfSquaredWeights == 0
            : count > 0 && sumOfSquaredWeights > 0
              && sumOfSquaredWeights <= squaredTotal * (1 + Rounding)
              && squaredTotal <= count * sumOfSquaredWeights * (1 + Rounding);
        if (!consistent)
        {
            Preconditions.ThrowArgument(
                nameof(sumOfSquaredWeights),
                Preconditions.Format($"{count} weights summing to {total} cannot have squares summing to {sumOfSquaredWeights}: it should lie between (Σw)² / count and (Σw)²."));
        }

        // Finite plain sums need no scale (see WeightScale: it only keeps squares of extreme weights in range).
        return new WeightedNpsResult(count, scaleExponent: 0, promoterWeight, passiveWeight, detractorWeight, sumOfSquaredWeights);
    }

    /// <summary>Number of responses, including those with weight 0.</summary>
    public long Count { get; }

    /// <summary>Total weight of promoters (answers 9–10); +∞ only if the weights add up beyond <see cref="double.MaxValue"/> (the score and shares stay exact).</summary>
    public double PromoterWeight => WeightScale.ScaleB(promoters, scaleExponent);

    /// <summary>Total weight of passives (answers 7–8).</summary>
    public double PassiveWeight => WeightScale.ScaleB(passives, scaleExponent);

    /// <summary>Total weight of detractors (answers 0–6).</summary>
    public double DetractorWeight => WeightScale.ScaleB(detractors, scaleExponent);

    /// <summary>Σw² over all responses, kept so that results merge exactly; +∞ or 0 only for weights beyond about 1e154 or below 1e-154, where <see cref="EffectiveSampleSize"/> is still exact.</summary>
    public double SumOfSquaredWeights => WeightScale.ScaleB(WeightScale.ScaleB(squares, scaleExponent), scaleExponent);

    /// <summary>Σw over all responses.</summary>
    public double TotalWeight => WeightScale.ScaleB(ScaledTotal, scaleExponent);

    /// <summary>Weighted NPS in [−100, 100]; <see cref="double.NaN"/> when the total weight is 0.</summary>
    public double Score => 100 * (PromoterShare - DetractorShare);

    /// <summary>Weighted promoter share in [0, 1].</summary>
    public double PromoterShare => Share(promoters);

    /// <summary>Weighted passive share in [0, 1].</summary>
    public double PassiveShare => Share(passives);

    /// <summary>Weighted detractor share in [0, 1].</summary>
    public double DetractorShare => Share(detractors);

    /// <summary>Kish's effective sample size (Σw)² / Σw², between 1 and the number of positive weights; equal to it when the weights are all equal.</summary>
    public double EffectiveSampleSize => squares > 0 ? ScaledTotal * ScaledTotal / squares : double.NaN;

    /// <summary>Standard error in NPS points, from the weighted shares and <see cref="EffectiveSampleSize"/>.</summary>
    public double StandardError => NpsMath.StandardError(PromoterShare, DetractorShare, EffectiveSampleSize);

    private double ScaledTotal => promoters + passives + detractors;

    /// <summary>The power of two the weight sums are divided by (0 unless weights are extreme); for serialization.</summary>
    internal int ScaleExponent => scaleExponent;

    /// <summary>The sums as stored, divided by 2^<see cref="ScaleExponent"/> (squares by its square); for serialization.</summary>
    internal (double Promoters, double Passives, double Detractors, double Squares) ScaledSums => (promoters, passives, detractors, squares);

    /// <summary>A result from sums divided by 2^<paramref name="scaleExponent"/>, checked as <see cref="FromSums"/> checks plain sums.</summary>
    internal static WeightedNpsResult FromScaledSums(long count, int scaleExponent, double promoters, double passives, double detractors, double squares)
    {
        WeightedNpsResult plain = FromSums(count, promoters, passives, detractors, squares);
        return new WeightedNpsResult(count, scaleExponent, plain.promoters, plain.passives, plain.detractors, plain.squares);
    }

    /// <summary>The sources' band of the weighted score (default thresholds).</summary>
    public NpsBand Band => NpsBandThresholds.Default.Classify(Score);

    /// <summary>Adds two partial weighted results.</summary>
    /// <param name="left">One partial result.</param>
    /// <param name="right">Another partial result.</param>
    /// <returns>The weighted result of both samples together.</returns>
    /// <exception cref="OverflowException">The counts would exceed <see cref="long.MaxValue"/>.</exception>
    public static WeightedNpsResult operator +(WeightedNpsResult left, WeightedNpsResult right)
    {
        long count = CountSums.Add(left.Count, right.Count, "responses");
        int exponent = Math.Max(left.scaleExponent, right.scaleExponent);
        return new WeightedNpsResult(
            count,
            exponent,
            left.Rescaled(left.promoters, exponent) + right.Rescaled(right.promoters, exponent),
            left.Rescaled(left.passives, exponent) + right.Rescaled(right.passives, exponent),
            left.Rescaled(left.detractors, exponent) + right.Rescaled(right.detractors, exponent),
            left.RescaledSquares(exponent) + right.RescaledSquares(exponent));
    }

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

    /// <summary>Sums the weights of answers already checked (answers in [0, 10], weights finite and ≥ 0) in two passes: the largest weight first, for the scale.</summary>
    internal static WeightedNpsResult FromChecked(ReadOnlySpan<byte> scores, ReadOnlySpan<double> weights, double maxWeight)
    {
        int exponent = WeightScale.For(maxWeight);
        double promoters = 0, passives = 0, detractors = 0, squares = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            double weight = exponent == 0 ? weights[i] : WeightScale.ScaleB(weights[i], -exponent);
            if (scores[i] >= 9)
            {
                promoters += weight;
            }
            else if (scores[i] >= 7)
            {
                passives += weight;
            }
            else
            {
                detractors += weight;
            }

            squares += weight * weight;
        }

        return new WeightedNpsResult(scores.Length, exponent, promoters, passives, detractors, squares);
    }

    private double Share(double scaledWeight) => ScaledTotal > 0 ? scaledWeight / ScaledTotal : double.NaN;

    private double Rescaled(double scaled, int exponent) => WeightScale.ScaleB(scaled, scaleExponent - exponent);

    private double RescaledSquares(int exponent) => WeightScale.ScaleB(squares, 2 * (scaleExponent - exponent));
}
