using System;
using System.Globalization;

namespace CustomerMetrics;

/// <summary>
/// Two independent NPS samples compared (period against period, segment against segment): the signed
/// difference current − baseline, its standard error, the z statistic, the two-sided p-value and a
/// confidence interval of the difference.
/// </summary>
/// <remarks>
/// <para>SE = √(SE₁² + SE₂²) with each SE the trinomial standard error of its sample; z = Difference / SE;
/// p = 2·(1 − Φ(|z|)); interval Difference ± z₁₋α/₂·SE, clamped to [−200, 200]. This is the two-sample
/// Wald test of the R package <c>NPS</c> (Rocks 2016) and of MeasuringU's guidance.</para>
/// <para>When either sample is empty every figure is <see cref="double.NaN"/>. When both standard errors
/// are 0 (each sample entirely in one category) an equal score gives z = 0 and p = 1, a different one
/// z = ±∞ and p = 0: the Wald test has no uncertainty to offer there, so read such samples with care.</para>
/// <para>Immutable and thread-safe. Create one with <see cref="Nps.Compare(NpsResult, NpsResult, double)"/>.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.NpsComparisonJsonConverter))]
#endif
public readonly record struct NpsComparison
{
    internal NpsComparison(NpsResult baseline, NpsResult current, double difference, double standardError, double z, double pValue, ConfidenceInterval interval)
    {
        Baseline = baseline;
        Current = current;
        Difference = difference;
        StandardError = standardError;
        Z = z;
        PValue = pValue;
        Interval = interval;
    }

    /// <summary>The sample compared against (earlier period, reference segment).</summary>
    public NpsResult Baseline { get; }

    /// <summary>The sample being compared (later period, segment of interest).</summary>
    public NpsResult Current { get; }

    /// <summary>Current.Score − Baseline.Score in NPS points, in [−200, 200]; positive means improvement.</summary>
    public double Difference { get; }

    /// <summary>Standard error of the difference in NPS points: √(SE₁² + SE₂²).</summary>
    public double StandardError { get; }

    /// <summary>The test statistic Difference / StandardError.</summary>
    public double Z { get; }

    /// <summary>Two-sided p-value of "the two scores are equal": 2·(1 − Φ(|z|)), in [0, 1].</summary>
    public double PValue { get; }

    /// <summary>Confidence interval of the difference at the level asked for, clamped to [−200, 200].</summary>
    public ConfidenceInterval Interval { get; }

    /// <summary>Whether the difference is significant at the interval's level: <see cref="PValue"/> &lt; 1 − level.</summary>
    public bool IsSignificant => PValue < 1 - Interval.Level;

    /// <summary>Formats the comparison with the invariant culture.</summary>
    /// <returns>For example <c>Δ +12.5 (SE 5.1, z 2.45, p 0.0143)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Δ {Difference:+0.##;-0.##;0} (SE {StandardError:0.##}, z {Z:0.##}, p {PValue:0.####})");
}
