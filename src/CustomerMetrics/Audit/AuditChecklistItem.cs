using System.Globalization;

namespace CustomerMetrics;

/// <summary>One item of an <see cref="AuditChecklist"/>: what the mystery shopper checks.</summary>
/// <param name="Id">A short, unique id (used in audit answers and reports); not empty.</param>
/// <param name="Text">The question or standard in words, for the shopper and the report.</param>
/// <param name="Section">The touchpoint or section (store, phone, delivery…), or <c>null</c>.</param>
/// <param name="Weight">How much the item counts; finite and greater than 0; 1 by default.</param>
/// <param name="Critical">Whether failing it can knock the audit out (a must-have standard).</param>
/// <remarks>Checked when an <see cref="AuditChecklist"/> is built. Immutable and thread-safe.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.AuditChecklistItemJsonConverter))]
#endif
public sealed record AuditChecklistItem(string Id, string Text, string? Section = null, double Weight = 1, bool Critical = false)
{
    /// <summary>Formats the item with the invariant culture.</summary>
    /// <returns>For example <c>greeting (weight 1, section Store): The staff member greeted the client</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id} (weight {Weight}{(Critical ? ", critical" : string.Empty)}{(Section is null ? string.Empty : ", section " + Section)}): {Text}");
}

