using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// The result of one audit: the audit index (Σ weights of passed items / Σ weights of applicable
/// items), the counts, the critical failures, and the same per section (touchpoint).
/// </summary>
/// <remarks>
/// <para>The sources: "По завершению проверки определите индекс аудита: число выполненных пунктов
/// поделите на их общее количество" — after the check, compute the audit index: items fulfilled
/// divided by all items. With equal weights and no item marked not applicable that is exactly
/// <see cref="Index"/>.</para>
/// <para>Not-applicable items are left out. With no applicable item the index is undefined
/// (<see cref="double.NaN"/>), not 0 or 1. When knock-out is on and a critical item failed,
/// <see cref="Index"/> is 0 and <see cref="IndexBeforeKnockOut"/> keeps the weighted index.</para>
/// <para>Immutable and thread-safe; equality compares every figure and every section.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.AuditResultJsonConverter))]
#endif
public sealed class AuditResult : IEquatable<AuditResult>
{
    private static readonly Dictionary<string, AuditResult> NoSections = new();
    private static readonly IReadOnlyDictionary<string, AuditResult> EmptySections = new ReadOnlyDictionary<string, AuditResult>(NoSections);

    internal AuditResult(
        double passedWeight,
        double applicableWeight,
        int passed,
        int failed,
        int notApplicable,
        IReadOnlyList<string> criticalFailures,
        bool isKnockedOut,
        Dictionary<string, AuditResult>? sections)
    {
        PassedWeight = passedWeight;
        ApplicableWeight = applicableWeight;
        Passed = passed;
        Failed = failed;
        NotApplicable = notApplicable;
        CriticalFailures = criticalFailures;
        IsKnockedOut = isKnockedOut;
        SectionMap = sections ?? NoSections;
        // Stryker disable once Conditional : equivalent, an empty map's read-only view is as empty as the shared one
        Sections = SectionMap.Count == 0 ? EmptySections : new ReadOnlyDictionary<string, AuditResult>(SectionMap);
    }

    /// <summary>
    /// A result from figures stored elsewhere, checked for consistency: counts non-negative, weights finite
    /// with the passed at most the applicable, a weight exactly when something applies, a knock-out only with
    /// a critical failure, at most one failed critical item per failed item, and sections without sections.
    /// </summary>
    internal static AuditResult FromFigures(double passedWeight, double applicableWeight, int passed, int failed, int notApplicable, IReadOnlyList<string> criticalFailures, bool isKnockedOut, IReadOnlyDictionary<string, AuditResult>? sections)
    {
        Preconditions.CheckNonNegative(nameof(passed), passed);
        Preconditions.CheckNonNegative(nameof(failed), failed);
        Preconditions.CheckNonNegative(nameof(notApplicable), notApplicable);
        bool weightsFit = applicableWeight >= 0 && double.IsFinite(applicableWeight) && passedWeight >= 0 && passedWeight <= applicableWeight
            && (passed + failed == 0) == (applicableWeight == 0) && (passed == 0) == (passedWeight == 0);
        if (!weightsFit)
        {
            Preconditions.ThrowArgument(nameof(passedWeight), Preconditions.Format($"The weights {passedWeight} passed of {applicableWeight} applicable do not fit {passed} passed and {failed} failed items."));
        }

        if (criticalFailures.Count > failed || (isKnockedOut && criticalFailures.Count == 0) || criticalFailures.Any(string.IsNullOrWhiteSpace))
        {
            Preconditions.ThrowArgument(nameof(criticalFailures), "Critical failures are ids of failed items (at most one per failed item), and a knock-out needs one.");
        }

        var map = new Dictionary<string, AuditResult>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, AuditResult> section in sections ?? EmptySections)
        {
            if (string.IsNullOrWhiteSpace(section.Key) || section.Value is null || section.Value.Sections.Count > 0)
            {
                Preconditions.ThrowArgument(nameof(sections), "Each section has a name and a result without sections of its own.");
            }

            map.Add(section.Key, section.Value);
        }

        return new AuditResult(passedWeight, applicableWeight, passed, failed, notApplicable, Array.AsReadOnly(criticalFailures.ToArray()), isKnockedOut, map);
    }

    /// <summary>The audit index in [0, 1]: PassedWeight / ApplicableWeight, or 0 when knocked out; NaN with no applicable item.</summary>
    public double Index => IsKnockedOut ? 0 : IndexBeforeKnockOut;

    /// <summary>The weighted index ignoring any knock-out.</summary>
    // Stryker disable once Conditional,Equality : equivalent, with no applicable weight the passed weight is 0 too, and 0 / 0 is NaN anyway
    public double IndexBeforeKnockOut => ApplicableWeight > 0 ? PassedWeight / ApplicableWeight : double.NaN;

    /// <summary><see cref="Index"/> × 100.</summary>
    public double Percent => Index * 100;

    /// <summary>Items passed.</summary>
    public int Passed { get; }

    /// <summary>Items failed.</summary>
    public int Failed { get; }

    /// <summary>Items marked not applicable (left out of the index).</summary>
    public int NotApplicable { get; }

    /// <summary>Items that count: <see cref="Passed"/> + <see cref="Failed"/>.</summary>
    public int Applicable => Passed + Failed;

    /// <summary>All items: applicable and not applicable.</summary>
    public int Total => Passed + Failed + NotApplicable;

    /// <summary>Σ weights of the passed items.</summary>
    public double PassedWeight { get; }

    /// <summary>Σ weights of the applicable (passed or failed) items.</summary>
    public double ApplicableWeight { get; }

    /// <summary>Whether a critical item failed (whether or not knock-out was asked for).</summary>
    public bool HasCriticalFailure => CriticalFailures.Count > 0;

    /// <summary>Whether a critical failure set <see cref="Index"/> to 0 (knock-out was asked for).</summary>
    public bool IsKnockedOut { get; }

    /// <summary>The ids of the failed critical items, in the order they were checked.</summary>
    public IReadOnlyList<string> CriticalFailures { get; }

    /// <summary>
    /// The result of each section (touchpoint), in the order sections first appear; checks without a
    /// section belong to none. A section with a failed critical item is knocked out on its own; the
    /// sections of a section result are empty.
    /// </summary>
    public IReadOnlyDictionary<string, AuditResult> Sections { get; }

    /// <summary>The sections as the concrete dictionary, so that summaries enumerate them without allocating.</summary>
    internal Dictionary<string, AuditResult> SectionMap { get; }

    /// <inheritdoc/>
    public bool Equals(AuditResult? other) =>
        other is not null
        && PassedWeight.Equals(other.PassedWeight)
        && ApplicableWeight.Equals(other.ApplicableWeight)
        && Passed == other.Passed
        && Failed == other.Failed
        && NotApplicable == other.NotApplicable
        && IsKnockedOut == other.IsKnockedOut
        && CriticalFailures.SequenceEqual(other.CriticalFailures)
        && Sections.Count == other.Sections.Count
        && Sections.All(section => other.Sections.TryGetValue(section.Key, out AuditResult? match) && section.Value.Equals(match));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AuditResult);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(PassedWeight, ApplicableWeight, Passed, Failed, NotApplicable, IsKnockedOut, Sections.Count);

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>Audit index 0.833 (passed 10, failed 2, n/a 1)</c>.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Audit index {Index:0.###} (passed {Passed}, failed {Failed}, n/a {NotApplicable}{(IsKnockedOut ? ", knocked out by " + string.Join(", ", CriticalFailures) : string.Empty)})");
}
