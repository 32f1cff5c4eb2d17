namespace CustomerMetrics;

/// <summary>How the audits of a department or a month are combined into one index.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AuditAggregation>))]
#endif
public enum AuditAggregation
{
    /// <summary>
    /// Σ passed weight / Σ applicable weight over all audits: every check counts the same, so an audit
    /// with more applicable items counts more. The index of the department's checks as one big audit.
    /// </summary>
    Pooled,

    /// <summary>The mean of the audits' indices: every audit (every visit) counts the same.</summary>
    Mean,
}
