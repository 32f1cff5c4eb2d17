using System.Globalization;

namespace CustomerMetrics;

/// <summary>One answered checklist item of an audit.</summary>
/// <param name="Item">The item's id; not empty.</param>
/// <param name="Outcome">Passed, failed or not applicable.</param>
/// <param name="Weight">How much the item counts, finite and greater than 0; 1 by default.</param>
/// <param name="Critical">Whether failing the item can knock the whole audit out (see
/// <see cref="AuditIndex.Score(System.Collections.Generic.IEnumerable{AuditCheck}, bool)"/>).</param>
/// <param name="Section">The touchpoint or section the item belongs to (store, phone, delivery…), or <c>null</c>.</param>
/// <remarks>Checked when scored. Immutable and thread-safe.</remarks>
public sealed record AuditCheck(string Item, AuditOutcome Outcome, double Weight = 1, bool Critical = false, string? Section = null)
{
    /// <summary>Formats the check with the invariant culture.</summary>
    /// <returns>For example <c>greeting: Passed (weight 1.5, critical, section Store)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Item}: {Outcome} (weight {Weight}{(Critical ? ", critical" : string.Empty)}{(Section is null ? string.Empty : ", section " + Section)})");
}

