namespace CustomerMetrics;

/// <summary>Which way an item of a SOCO instrument points.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ItemPolarity>))]
#endif
public enum ItemPolarity
{
    /// <summary>A customer-oriented statement (CO): a high answer means more customer orientation; scored as answered.</summary>
    CustomerOriented,

    /// <summary>A selling-oriented statement (SO): a high answer means less customer orientation; reverse-keyed (min + max − answer).</summary>
    SellingOriented,
}
