namespace CustomerMetrics;

/// <summary>How <see cref="NpsResult.ConfidenceInterval(double, NpsIntervalMethod)"/> computes the interval.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<NpsIntervalMethod>))]
#endif
public enum NpsIntervalMethod
{
    /// <summary>
    /// Wald interval NPS ± z·SE with the trinomial standard error. Simple and widely quoted, but too
    /// narrow for small samples and degenerate (zero width) when every answer is in one category.
    /// </summary>
    Wald,

    /// <summary>
    /// Adjusted Wald (Rocks 2016; MeasuringU): add 0.75 detractors, 1.5 passives and 0.75 promoters
    /// (n + 3), then NPS′ ± z·SE′ from the adjusted counts. Good coverage at every sample size; the
    /// recommended default.
    /// </summary>
    AdjustedWald,

    /// <summary>
    /// Iterative score interval (Tango-style, as the R package <c>NPS</c>'s
    /// <c>nps_test(test = "iterative")</c>): the values of Δ whose score statistic is within ±z.
    /// Best for small samples; never degenerate.
    /// </summary>
    Score,
}
