using System;
using CustomerMetrics.Statistics;

namespace CustomerMetrics;

/// <summary>
/// The statistics of a trinomial NPS sample, shared by raw, weighted and compared results. Counts
/// are <see cref="double"/> so that pseudo-observations (adjusted Wald) and weights fit the same code.
/// </summary>
internal static class NpsMath
{
    internal const double MinScore = -100;
    internal const double MaxScore = 100;

    /// <summary>SE = 100·√((pP + pD − (pP − pD)²) / n): the trinomial standard error of NPS in points.</summary>
    internal static double StandardError(double promoterShare, double detractorShare, double sampleSize)
    {
        if (!(sampleSize > 0))
        {
            return double.NaN;
        }

        double difference = promoterShare - detractorShare;

        // The variance term is never negative in exact arithmetic; rounding can make it -1e-17.
        double variance = Math.Max(0, promoterShare + detractorShare - difference * difference);
        return 100 * Math.Sqrt(variance / sampleSize);
    }

    /// <summary>Wald interval 100·(pP − pD) ± z·SE, clamped to [−100, 100].</summary>
    internal static ConfidenceInterval Wald(double promoters, double passives, double detractors, double level)
    {
        double n = promoters + passives + detractors;
        if (!(n > 0))
        {
            return ConfidenceInterval.Undefined(level);
        }

        double promoterShare = promoters / n;
        double detractorShare = detractors / n;
        return Wald(100 * (promoterShare - detractorShare), StandardError(promoterShare, detractorShare, n), level);
    }

    internal static ConfidenceInterval Wald(double score, double standardError, double level)
    {
        double margin = Normal.TwoSidedCriticalValue(level) * standardError;
        return ConfidenceInterval.Clamped(score - margin, score + margin, level, MinScore, MaxScore);
    }

    /// <summary>
    /// Adjusted Wald (Rocks 2016): Wald on the counts plus 0.75 detractors, 1.5 passives and 0.75
    /// promoters (three pseudo-observations spread like a maximal-variance sample).
    /// </summary>
    internal static ConfidenceInterval AdjustedWald(long promoters, long passives, long detractors, double level)
    {
        if (promoters + passives + detractors == 0)
        {
            return ConfidenceInterval.Undefined(level);
        }

        return Wald(promoters + 0.75, passives + 1.5, detractors + 0.75, level);
    }

    /// <summary>
    /// Iterative score interval (Tango 1998, as in the R package NPS, <c>nps_test(test = "iterative")</c>):
    /// with n respondents, b detractors, c promoters and Δ on the −1..1 scale,
    /// A = 2n, B = −b − c + (2n − c + b)Δ, C = −bΔ(1 − Δ), q = (√(B² − 4AC) − B) / (2A),
    /// T(Δ) = (c − b − nΔ) / √(n(2q + Δ(1 − Δ))). T falls as Δ rises; the limits solve T = ±z.
    /// </summary>
    internal static ConfidenceInterval Score(long promoters, long passives, long detractors, double level)
    {
        long total = promoters + passives + detractors;
        if (total == 0)
        {
            return ConfidenceInterval.Undefined(level);
        }

        double n = total;
        double b = detractors;
        double c = promoters;
        double z = Normal.TwoSidedCriticalValue(level);
        double estimate = (c - b) / n;

        double Statistic(double delta)
        {
            double a = 2 * n;
            double bq = -b - c + (2 * n - c + b) * delta;
            double cq = -b * delta * (1 - delta);
            double q = (Math.Sqrt(Math.Max(0, bq * bq - 4 * a * cq)) - bq) / (2 * a);
            return (c - b - n * delta) / Math.Sqrt(n * (2 * q + delta * (1 - delta)));
        }

        // T(estimate) = 0, T → +∞ as Δ → −1 (unless all are detractors) and → −∞ as Δ → 1 (unless
        // all are promoters), so each limit is bracketed between the estimate and an end of the scale.
        double lower = detractors == total ? -1 : RootFinding.BisectDecreasing(Statistic, z, -1, estimate);
        double upper = promoters == total ? 1 : RootFinding.BisectDecreasing(Statistic, -z, estimate, 1);
        return ConfidenceInterval.Clamped(100 * lower, 100 * upper, level, MinScore, MaxScore);
    }
}
