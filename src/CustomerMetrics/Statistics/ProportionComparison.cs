using System;
using CustomerMetrics.Statistics;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Two independent shares compared (period against period, group against group): the difference
/// current − baseline, the two-proportion z-test and a confidence interval of the difference.
/// </summary>
/// <remarks>
/// <para>The test pools the shares under "both are equal": p = (x₁ + x₂)/(n₁ + n₂),
/// z = (p̂₂ − p̂₁)/√(p(1 − p)(1/n₁ + 1/n₂)), p-value = 2·(1 − Φ(|z|)). When the pooled share is 0 or 1
/// the shares are equal and the p-value is 1.</para>
/// <para>The interval is Newcombe's hybrid score interval (Newcombe 1998, method 10), built from the two
/// Wilson intervals (l₁, u₁), (l₂, u₂): d − √((p̂₂ − l₂)² + (u₁ − p̂₁)²) to d + √((u₂ − p̂₂)² + (p̂₁ − l₁)²).
/// It stays within [−1, 1] and holds its coverage for small samples and extreme shares, where the Wald
/// interval d ± z·SE does not. The test and the interval are different methods and can disagree at the
/// margin; <see cref="IsSignificant"/> follows the test.</para>
/// <para>When either total is 0 every figure is <see cref="double.NaN"/>. Immutable and thread-safe.
/// Create one with <see cref="Proportion.CompareWith(Proportion, double)"/>.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ProportionComparisonJsonConverter))]
#endif
public readonly record struct ProportionComparison
{
    private ProportionComparison(Proportion baseline, Proportion current, double z, double pValue, ConfidenceInterval interval)
    {
        Baseline = baseline;
        Current = current;
        Z = z;
        PValue = pValue;
        Interval = interval;
    }

    /// <summary>The share compared against (the earlier period, the reference group).</summary>
    public Proportion Baseline { get; }

    /// <summary>The share being compared (the later period, the other group).</summary>
    public Proportion Current { get; }

    /// <summary>Current.Share − Baseline.Share, in [−1, 1]; positive when the current share is larger.</summary>
    public double Difference => Current.Share - Baseline.Share;

    /// <summary>The pooled two-proportion z statistic.</summary>
    public double Z { get; }

    /// <summary>Two-sided p-value of "the two shares are equal", in [0, 1].</summary>
    public double PValue { get; }

    /// <summary>Newcombe's hybrid score interval of <see cref="Difference"/>, within [−1, 1].</summary>
    public ConfidenceInterval Interval { get; }

    /// <summary>Whether the difference is significant at the interval's level: <see cref="PValue"/> &lt; 1 − level.</summary>
    public bool IsSignificant => PValue < 1 - Interval.Level;

    internal static ProportionComparison Of(Proportion baseline, Proportion current, double level)
    {
        Preconditions.CheckConfidenceLevel(nameof(level), level);
        // Stryker disable once Logical,Block : equivalent, a fast path; an empty side's NaN share makes every figure NaN below too
        if (baseline.Total == 0 || current.Total == 0)
        {
            return new(baseline, current, double.NaN, double.NaN, ConfidenceInterval.Undefined(level));
        }

        double p1 = baseline.Share;
        double p2 = current.Share;
        double pooled = ((double)baseline.Count + current.Count) / ((double)baseline.Total + current.Total);
        double standardError = Math.Sqrt(pooled * (1 - pooled) * (1.0 / baseline.Total + 1.0 / current.Total));
        double z = standardError == 0 ? 0 : (p2 - p1) / standardError;
        double pValue = Normal.TwoSidedPValue(z);

        ConfidenceInterval first = baseline.WilsonInterval(level);
        ConfidenceInterval second = current.WilsonInterval(level);
        double d = p2 - p1;
        double lower = d - Math.Sqrt(Square(p2 - second.Lower) + Square(first.Upper - p1));
        double upper = d + Math.Sqrt(Square(second.Upper - p2) + Square(p1 - first.Lower));
        return new(baseline, current, z, pValue, new ConfidenceInterval(Math.Max(-1, Math.Min(d, lower)), Math.Min(1, Math.Max(d, upper)), level));
    }

    private static double Square(double x) => x * x;

    /// <summary>Formats the comparison with the invariant culture.</summary>
    /// <returns>For example <c>+5.2 points (p = 0.03) [+0.6, +9.8] (95 %)</c>, in percentage points.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Difference * 100:+0.#;-0.#;0} points (p = {PValue:0.###}) [{Interval.Lower * 100:+0.#;-0.#;0}, {Interval.Upper * 100:+0.#;-0.#;0}] ({Interval.Level * 100:0.##} %)");
}
