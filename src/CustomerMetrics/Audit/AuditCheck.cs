using System;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>One answered checklist item of an audit.</summary>
/// <param name="Item">The item's id; not empty.</param>
/// <param name="Outcome">Passed, failed or not applicable.</param>
/// <param name="Weight">How much the item counts, finite and greater than 0; 1 by default.</param>
/// <param name="Critical">Whether failing the item can knock the whole audit out (see
/// <see cref="AuditIndex.Score(System.Collections.Generic.IEnumerable{AuditCheck}, bool)"/>).</param>
/// <param name="Section">The touchpoint or section the item belongs to (store, phone, delivery…), or <c>null</c>.</param>
/// <remarks>
/// Checked when created, and again by <c>with</c>: a check that exists is valid, so scoring a million of
/// them only counts. Immutable and thread-safe.
/// </remarks>
/// <exception cref="ArgumentException"><paramref name="Item"/> is empty or white space, or <paramref name="Section"/> is empty or white space (use <c>null</c> for none).</exception>
/// <exception cref="ArgumentNullException"><paramref name="Item"/> is <c>null</c>.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Outcome"/> is not a defined value, or <paramref name="Weight"/> is not finite and positive.</exception>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.AuditCheckJsonConverter))]
#endif
public sealed record AuditCheck(string Item, AuditOutcome Outcome, double Weight = 1, bool Critical = false, string? Section = null)
{
    /// <summary>The item's id; not empty.</summary>
    public string Item { get; init => field = CheckItem(value); } = CheckItem(Item);

    /// <summary>Passed, failed or not applicable.</summary>
    public AuditOutcome Outcome { get; init => field = CheckOutcome(value); } = CheckOutcome(Outcome);

    /// <summary>How much the item counts, finite and greater than 0.</summary>
    public double Weight { get; init => field = CheckWeight(value); } = CheckWeight(Weight);

    /// <summary>The touchpoint or section the item belongs to, or <c>null</c>.</summary>
    public string? Section { get; init => field = CheckSection(value); } = CheckSection(Section);

    /// <summary>Formats the check with the invariant culture.</summary>
    /// <returns>For example <c>greeting: Passed (weight 1.5, critical, section Store)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Item}: {Outcome} (weight {Weight}{(Critical ? ", critical" : string.Empty)}{(Section is null ? string.Empty : ", section " + Section)})");

    private static string CheckItem(string item)
    {
        Preconditions.CheckNotNull(nameof(Item), item);
        if (string.IsNullOrWhiteSpace(item))
        {
            Preconditions.ThrowArgument(nameof(Item), "The item id should not be empty.");
        }

        return item;
    }

    private static AuditOutcome CheckOutcome(AuditOutcome outcome)
    {
        if (outcome is not (AuditOutcome.Passed or AuditOutcome.Failed or AuditOutcome.NotApplicable))
        {
            Preconditions.ThrowOutOfRange(nameof(Outcome), outcome, Preconditions.Format($"Unknown outcome {(int)outcome}."));
        }

        return outcome;
    }

    private static double CheckWeight(double weight)
    {
        if (!(weight > 0) || !double.IsFinite(weight))
        {
            Preconditions.ThrowOutOfRange(nameof(Weight), weight, Preconditions.Format($"Weight is {weight}; weights should be finite and greater than 0."));
        }

        return weight;
    }

    private static string? CheckSection(string? section)
    {
        if (section is not null && string.IsNullOrWhiteSpace(section))
        {
            Preconditions.ThrowArgument(nameof(Section), "The section should not be empty; use null for a check without a section.");
        }

        return section;
    }
}
