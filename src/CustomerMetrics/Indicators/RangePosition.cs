namespace CustomerMetrics;

/// <summary>Where a share lies relative to a benchmark range such as "15–20 % typical for the market".</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<RangePosition>))]
#endif
public enum RangePosition
{
    /// <summary>Below the range's lower end.</summary>
    Below = -1,

    /// <summary>Within the range, ends included.</summary>
    Within = 0,

    /// <summary>Above the range's upper end.</summary>
    Above = 1,
}
