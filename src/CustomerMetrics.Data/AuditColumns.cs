using System;

namespace CustomerMetrics.Data;

/// <summary>
/// Where an audit's checks are, one check per row (long format): the audit's id, the outcome, and
/// optionally the item's weight, whether it is critical, and its section (touchpoint).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AuditColumns
{
    /// <summary>Names the columns; the outcome labels are <c>passed</c>, <c>failed</c> and <c>na</c> unless given.</summary>
    /// <param name="audit">The audit's id (any type).</param>
    /// <param name="outcome">The outcome: one of the three labels, as text.</param>
    /// <param name="weight">The item's weight (finite, greater than 0), or <c>null</c> for weight 1.</param>
    /// <param name="critical">Whether the item is critical (a boolean column), or <c>null</c> for none critical.</param>
    /// <param name="section">The item's section, or <c>null</c> for no sections.</param>
    /// <param name="passedLabel">The outcome text of a passed item.</param>
    /// <param name="failedLabel">The outcome text of a failed item.</param>
    /// <param name="notApplicableLabel">The outcome text of an item that does not apply.</param>
    /// <exception cref="ArgumentException">A column name or a label is empty, or two labels are the same.</exception>
    public AuditColumns(string audit, string outcome, string? weight = null, string? critical = null, string? section = null, string passedLabel = "passed", string failedLabel = "failed", string notApplicableLabel = "na")
    {
        Audit = Required(audit, nameof(audit));
        Outcome = Required(outcome, nameof(outcome));
        Weight = Optional(weight, nameof(weight));
        Critical = Optional(critical, nameof(critical));
        Section = Optional(section, nameof(section));
        PassedLabel = Required(passedLabel, nameof(passedLabel));
        FailedLabel = Required(failedLabel, nameof(failedLabel));
        NotApplicableLabel = Required(notApplicableLabel, nameof(notApplicableLabel));
        if (passedLabel == failedLabel || passedLabel == notApplicableLabel || failedLabel == notApplicableLabel)
        {
            throw new ArgumentException("The three outcome labels should differ.", nameof(notApplicableLabel));
        }
    }

    /// <summary>The audit's id column.</summary>
    public string Audit { get; }

    /// <summary>The outcome column.</summary>
    public string Outcome { get; }

    /// <summary>The weight column, or <c>null</c> (every item weighs 1).</summary>
    public string? Weight { get; }

    /// <summary>The critical-flag column, or <c>null</c> (no item is critical).</summary>
    public string? Critical { get; }

    /// <summary>The section column, or <c>null</c> (no sections).</summary>
    public string? Section { get; }

    /// <summary>The outcome text of a passed item.</summary>
    public string PassedLabel { get; }

    /// <summary>The outcome text of a failed item.</summary>
    public string FailedLabel { get; }

    /// <summary>The outcome text of an item that does not apply.</summary>
    public string NotApplicableLabel { get; }

    private static string Required(string value, string paramName) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException("The name should be non-empty.", paramName) : value;

    private static string? Optional(string? value, string paramName) =>
        value is not null && value.Length == 0 ? throw new ArgumentException("The name should be non-empty, or null.", paramName) : value;
}
