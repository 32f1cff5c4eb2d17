namespace CustomerMetrics;

/// <summary>When in each year the lost purchases would have been paid, for discounting.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<PaymentTiming>))]
#endif
public enum PaymentTiming
{
    /// <summary>Year t's amount is discounted by (1 + d)^t: paid at the end of the year. The default.</summary>
    EndOfYear,

    /// <summary>Year t's amount is discounted by (1 + d)^(t − 1): paid at the start of the year, so year 1 is not discounted.</summary>
    StartOfYear,
}
