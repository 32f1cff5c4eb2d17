using System.Globalization;

namespace CustomerMetrics;

/// <summary>One year of a <see cref="ClientLossResult.Schedule"/>.</summary>
/// <param name="Year">The year of the horizon, from 1.</param>
/// <param name="Purchases">What the client would have bought that year (never negative).</param>
/// <param name="Profit">NetMargin × Purchases.</param>
/// <param name="RetentionWeight">r^(Year − 1): the chance the client would still have been buying.</param>
/// <param name="DiscountFactor">1 / (1 + d)^Year at the end of the year, 1 / (1 + d)^(Year − 1) at the start.</param>
/// <param name="DiscountedProfit">Profit × RetentionWeight × DiscountFactor: the year's present, expected value.</param>
/// <param name="CumulativeDiscountedProfit">The sum of <paramref name="DiscountedProfit"/> up to and including this year.</param>
/// <remarks>Immutable and thread-safe.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ClientLossYearJsonConverter))]
#endif
public readonly record struct ClientLossYear(
    int Year,
    decimal Purchases,
    decimal Profit,
    decimal RetentionWeight,
    decimal DiscountFactor,
    decimal DiscountedProfit,
    decimal CumulativeDiscountedProfit)
{
    /// <summary>Formats the year with the invariant culture.</summary>
    /// <returns>For example <c>Year 2: purchases 12000, profit 2400.0, discounted 2400.0 (cumulative 4400.0)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Year {Year}: purchases {Purchases}, profit {Profit}, discounted {DiscountedProfit} (cumulative {CumulativeDiscountedProfit})");
}

