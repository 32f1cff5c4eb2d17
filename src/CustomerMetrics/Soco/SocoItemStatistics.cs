using System.Globalization;

namespace CustomerMetrics;

/// <summary>Reliability statistics of one item over a group of respondents (complete cases).</summary>
/// <param name="Number">The item's number.</param>
/// <param name="Polarity">The item's polarity.</param>
/// <param name="Mean">The mean raw answer (over every respondent who answered the item).</param>
/// <param name="StandardDeviation">The sample standard deviation of the raw answers (complete cases).</param>
/// <param name="CorrectedItemTotalCorrelation">Pearson correlation of the keyed item with the keyed total of the other items; NaN when either does not vary.</param>
/// <param name="AlphaIfDeleted">Cronbach's alpha of the instrument without this item; NaN when fewer than two items would remain.</param>
/// <remarks>Immutable and thread-safe.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SocoItemStatisticsJsonConverter))]
#endif
public readonly record struct SocoItemStatistics(
    int Number,
    ItemPolarity Polarity,
    double Mean,
    double StandardDeviation,
    double CorrectedItemTotalCorrelation,
    double AlphaIfDeleted)
{
    /// <summary>Formats the statistics with the invariant culture.</summary>
    /// <returns>For example <c>Item 1 (CO): mean 7.5, SD 1.2, item-rest r 0.61, alpha if deleted 0.87</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Item {Number} ({(Polarity == ItemPolarity.CustomerOriented ? "CO" : "SO")}): mean {Mean:0.##}, SD {StandardDeviation:0.##}, item-rest r {CorrectedItemTotalCorrelation:0.##}, alpha if deleted {AlphaIfDeleted:0.###}");
}

