namespace CustomerMetrics;

/// <summary>
/// How the sources read a Net Promoter Score: 50 and above is high, 30 to 50 average, below 30 low
/// ("Как читать индекс NPS"). The thresholds can be changed with <see cref="NpsBandThresholds"/>.
/// </summary>
/// <remarks>The values are ordered, so <c>band &gt;= NpsBand.Average</c> reads as expected.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<NpsBand>))]
#endif
public enum NpsBand
{
    /// <summary>No respondents: the score, and so its band, is undefined.</summary>
    Undefined = -1,

    /// <summary>Below the average threshold (default 30): "low loyalty, rethink the approach to customers".</summary>
    Low = 0,

    /// <summary>From the average threshold (default 30) up to the high one: "average, develop the customer service".</summary>
    Average = 1,

    /// <summary>At or above the high threshold (default 50): "service at a high level, loyalty grows by itself".</summary>
    High = 2,
}
