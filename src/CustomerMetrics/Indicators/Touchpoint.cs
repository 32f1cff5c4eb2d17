namespace CustomerMetrics;

/// <summary>The points where a customer meets the company, as source 000 assesses them.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<Touchpoint>))]
#endif
public enum Touchpoint
{
    /// <summary>The product itself.</summary>
    Product = 1,

    /// <summary>Advertising.</summary>
    Advertising = 2,

    /// <summary>The website.</summary>
    Website = 3,

    /// <summary>Communication and support.</summary>
    CommunicationAndSupport = 4,

    /// <summary>Logistics: delivery, tracking, delays.</summary>
    Logistics = 5,
}
