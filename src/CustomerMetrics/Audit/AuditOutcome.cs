namespace CustomerMetrics;

/// <summary>The outcome of one checklist item in a hidden audit (mystery shopping).</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AuditOutcome>))]
#endif
public enum AuditOutcome
{
    /// <summary>The employee did what the item asks.</summary>
    Passed,

    /// <summary>The employee did not do what the item asks.</summary>
    Failed,

    /// <summary>The item did not apply to this visit (no return was made, say); left out of the index.</summary>
    NotApplicable,
}
