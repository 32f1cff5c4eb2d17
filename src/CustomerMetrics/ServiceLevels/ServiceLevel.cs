namespace CustomerMetrics;

/// <summary>
/// The service level a client experienced against what they expected (the Lithuanian training
/// source's three levels of service).
/// </summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ServiceLevel>))]
#endif
public enum ServiceLevel
{
    /// <summary>Less than expected: negative emotions; the client may not come back.</summary>
    Low,

    /// <summary>Exactly what was expected: calm, indifferent; nothing to remember.</summary>
    Standard,

    /// <summary>More than expected ("WOW"): positive emotions; the client wants to come back and tells others.</summary>
    Wow,
}
