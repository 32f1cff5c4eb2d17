namespace CustomerMetrics;

/// <summary>
/// The three groups of Net Promoter Score respondents, by their answer to "How likely are you to
/// recommend us?" on the 0..10 scale (Reichheld 2003; the sources: "сторонники бренда, 9–10 баллов;
/// нейтральные клиенты, 7–8 баллов; критики, 0–6 баллов").
/// </summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<NpsCategory>))]
#endif
public enum NpsCategory
{
    /// <summary>Answered 0 to 6: unhappy customers who may damage the brand by word of mouth.</summary>
    Detractor,

    /// <summary>Answered 7 or 8: satisfied but unenthusiastic; not counted in the score.</summary>
    Passive,

    /// <summary>Answered 9 or 10: loyal enthusiasts who recommend the company.</summary>
    Promoter,
}
