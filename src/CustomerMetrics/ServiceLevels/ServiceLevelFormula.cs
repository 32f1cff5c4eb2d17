namespace CustomerMetrics;

/// <summary>
/// How a contact centre's service level treats abandoned contacts. With A answered, Aₜ answered
/// within the target time T, B abandoned and Bₜ abandoned within T (short abandons removed first):
/// </summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ServiceLevelFormula>))]
#endif
public enum ServiceLevelFormula
{
    /// <summary>(Aₜ + Bₜ) / (A + B): a contact abandoned within T counts as met (the caller left before the target was missed).</summary>
    AbandonsWithinTargetMet,

    /// <summary>Aₜ / A: abandoned contacts are ignored; only answered contacts count.</summary>
    AbandonsIgnored,

    /// <summary>Aₜ / (A + B): every abandoned contact counts against the service level (the strictest).</summary>
    AbandonsFailed,

    /// <summary>Aₜ / (A + B − Bₜ): contacts abandoned within T are neutral; those abandoned after T count against.</summary>
    AbandonsWithinTargetNeutral,
}
