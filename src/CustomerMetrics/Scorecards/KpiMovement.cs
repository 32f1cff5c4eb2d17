namespace CustomerMetrics;

/// <summary>How a KPI moved since the previous period, read in the direction that is better for it.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<KpiMovement>))]
#endif
public enum KpiMovement
{
    /// <summary>No previous value, or no current one.</summary>
    Unknown = 0,

    /// <summary>Better than before.</summary>
    Improved = 1,

    /// <summary>Equal to before.</summary>
    Unchanged = 2,

    /// <summary>Worse than before.</summary>
    Worsened = 3,
}
