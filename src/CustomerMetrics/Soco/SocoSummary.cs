using System;
using System.Collections.Generic;
using System.Globalization;

namespace CustomerMetrics;

/// <summary>
/// A team's or a company's SOCO results: how many were scored, the mean and spread of their totals,
/// the two dimensions, the distribution, and the scale's reliability (Cronbach's alpha with
/// item statistics and the standard error of measurement).
/// </summary>
/// <remarks>
/// <para>Cronbach's alpha on the keyed items: α = k / (k − 1) × (1 − Σ var(itemᵢ) / var(total)) with
/// sample variances (Cronbach 1951), computed over the complete cases (respondents who answered every
/// item). It is NaN with fewer than two complete cases or when the totals do not vary. The standard
/// error of measurement is SD × √(1 − α), SD being the standard deviation of the complete cases'
/// totals.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SocoSummaryJsonConverter))]
#endif
public sealed class SocoSummary : IEquatable<SocoSummary>
{
    internal SocoSummary(
        SocoTally tally,
        int count,
        int undefined,
        int completeCases,
        double meanTotal,
        double standardDeviation,
        double minimumTotal,
        double maximumTotal,
        double meanPomp,
        double meanCustomerOrientation,
        double meanSellingOrientation,
        double cronbachAlpha,
        double standardErrorOfMeasurement,
        IReadOnlyList<SocoItemStatistics> items,
        IReadOnlyList<long> meanDistribution)
    {
        Tally = tally;
        Count = count;
        Undefined = undefined;
        CompleteCases = completeCases;
        MeanTotal = meanTotal;
        StandardDeviation = standardDeviation;
        MinimumTotal = minimumTotal;
        MaximumTotal = maximumTotal;
        MeanPomp = meanPomp;
        MeanCustomerOrientation = meanCustomerOrientation;
        MeanSellingOrientation = meanSellingOrientation;
        CronbachAlpha = cronbachAlpha;
        StandardErrorOfMeasurement = standardErrorOfMeasurement;
        Items = items;
        MeanDistribution = meanDistribution;
    }

    /// <summary>The sums the summary was computed from: add the tallies of two teams for the summary of both.</summary>
    public SocoTally Tally { get; }

    /// <summary>Respondents with a defined score (complete or prorated).</summary>
    public int Count { get; }

    /// <summary>Respondents whose score is undefined (too few answers); left out of every figure.</summary>
    public int Undefined { get; }

    /// <summary>Respondents who answered every item: the basis of the reliability statistics.</summary>
    public int CompleteCases { get; }

    /// <summary>The mean total; NaN with no scored respondent.</summary>
    public double MeanTotal { get; }

    /// <summary>The sample standard deviation of the totals (n − 1); NaN with fewer than two.</summary>
    public double StandardDeviation { get; }

    /// <summary>The lowest total; NaN with no scored respondent.</summary>
    public double MinimumTotal { get; }

    /// <summary>The highest total; NaN with no scored respondent.</summary>
    public double MaximumTotal { get; }

    /// <summary>The mean POMP score (0..100).</summary>
    public double MeanPomp { get; }

    /// <summary>The mean of the respondents' customer-orientation means.</summary>
    public double MeanCustomerOrientation { get; }

    /// <summary>The mean of the respondents' selling-orientation means.</summary>
    public double MeanSellingOrientation { get; }

    /// <summary>Cronbach's alpha of the keyed items over the complete cases; NaN when it cannot be computed.</summary>
    public double CronbachAlpha { get; }

    /// <summary>SD × √(1 − α): the typical error of one respondent's total; NaN when alpha is.</summary>
    public double StandardErrorOfMeasurement { get; }

    /// <summary>Per-item statistics, in item order.</summary>
    public IReadOnlyList<SocoItemStatistics> Items { get; }

    /// <summary>How many respondents' mean scores round to each scale point, from the lowest point up; a mean halfway between two points counts at the higher one.</summary>
    public IReadOnlyList<long> MeanDistribution { get; }

    /// <summary>Formats the summary with the invariant culture.</summary>
    /// <returns>For example <c>12 respondents: mean total 151.3 (SD 18.2), alpha 0.87</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Count} respondents: mean total {MeanTotal:0.#} (SD {StandardDeviation:0.#}), alpha {CronbachAlpha:0.##}");

    /// <summary>Value equality: the same tally (every figure follows from it).</summary>
    /// <param name="other">Another value or <c>null</c>.</param>
    /// <returns>Whether both describe the same thing.</returns>
    public bool Equals(SocoSummary? other) =>
        other is not null
        && Tally.Equals(other.Tally);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SocoSummary);

    /// <inheritdoc/>
    public override int GetHashCode() => Tally.GetHashCode();
}
