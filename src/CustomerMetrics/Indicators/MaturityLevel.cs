namespace CustomerMetrics;

/// <summary>The three levels of customer orientation of source 000's self-check.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<MaturityLevel>))]
#endif
public enum MaturityLevel
{
    /// <summary>Level 1, "quality service": the company starts to build customer orientation.</summary>
    QualityService = 1,

    /// <summary>Level 2, "professional service": the touchpoint is built on research into customers' needs.</summary>
    ProfessionalService = 2,

    /// <summary>Level 3, "customer service centre": the touchpoint anticipates customers' expectations.</summary>
    CustomerServiceCentre = 3,
}
