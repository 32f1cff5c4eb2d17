using System.Globalization;

namespace CustomerMetrics;

/// <summary>One statement of a SOCO instrument.</summary>
/// <param name="Number">The item's number in the original 24-item form (Saxe &amp; Weitz 1982); for a custom instrument, any unique number.</param>
/// <param name="Polarity">Customer-oriented (scored as answered) or selling-oriented (reverse-keyed).</param>
/// <param name="Text">The statement. The built-in instruments carry short paraphrases, not the published wording; supply your own licensed wording with <see cref="SocoInstrument.WithTexts"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SocoItemJsonConverter))]
#endif
public sealed record SocoItem(int Number, ItemPolarity Polarity, string Text)
{
    /// <summary>Formats the item with the invariant culture.</summary>
    /// <returns>For example <c>Item 1 (CO): Helps customers reach their goals</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Item {Number} ({(Polarity == ItemPolarity.CustomerOriented ? "CO" : "SO")}): {Text}");
}

