using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Many audits combined (a department, a month): the pooled index and the mean index, the counts,
/// the KPI check, and the same per section (touchpoint).
/// </summary>
/// <remarks>
/// <para>PooledIndex = Σ passed weight / Σ applicable weight over the audits, counting a knocked-out
/// audit's passed weight as 0 (so a single audit's pooled index is its index); MeanIndex = the mean
/// of the audits' indices, leaving out audits whose index is undefined. See
/// <see cref="AuditAggregation"/> for when each is right. Both are NaN when nothing applies.</para>
/// <para>Immutable and thread-safe; equality compares every figure and every section.</para>
/// </remarks>
public sealed class AuditSummary : IEquatable<AuditSummary>
{
    internal AuditSummary(int audits, int undefinedAudits, int knockedOut, double passedWeight, double applicableWeight, double indexSum, Dictionary<string, AuditSummary> sections)
    {
        Audits = audits;
        UndefinedAudits = undefinedAudits;
        KnockedOut = knockedOut;
        PassedWeight = passedWeight;
        ApplicableWeight = applicableWeight;
        IndexSum = indexSum;
        Sections = new ReadOnlyDictionary<string, AuditSummary>(sections);
    }

    /// <summary>Number of audits.</summary>
    public int Audits { get; }

    /// <summary>Audits with no applicable item (undefined index), left out of <see cref="MeanIndex"/>.</summary>
    public int UndefinedAudits { get; }

    /// <summary>Audits knocked out by a critical failure.</summary>
    public int KnockedOut { get; }

    /// <summary>Σ passed weight over the audits (0 for a knocked-out audit).</summary>
    public double PassedWeight { get; }

    /// <summary>Σ applicable weight over the audits.</summary>
    public double ApplicableWeight { get; }

    /// <summary>Σ passed weight / Σ applicable weight: every check counts the same. NaN when nothing applies.</summary>
    public double PooledIndex => ApplicableWeight > 0 ? PassedWeight / ApplicableWeight : double.NaN;

    /// <summary>The mean of the defined audit indices: every audit counts the same. NaN when there is none.</summary>
    public double MeanIndex => Audits - UndefinedAudits > 0 ? IndexSum / (Audits - UndefinedAudits) : double.NaN;

    /// <summary>The pooled summary of each section (touchpoint) across the audits, in the order sections first appear.</summary>
    public IReadOnlyDictionary<string, AuditSummary> Sections { get; }

    private double IndexSum { get; }

    /// <summary>The KPI check: whether the index reaches <paramref name="target"/> (e.g. 0.9).</summary>
    /// <param name="target">The target index in [0, 1].</param>
    /// <param name="aggregation">Which index to compare; pooled by default.</param>
    /// <returns><c>true</c> when the index is at least the target; <c>false</c> when it is below or undefined.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is outside [0, 1] or NaN, or <paramref name="aggregation"/> is unknown.</exception>
    public bool Meets(double target, AuditAggregation aggregation = AuditAggregation.Pooled)
    {
        Preconditions.CheckUnitInterval(nameof(target), target, "Target should be an index in [0, 1], for example 0.9.");

        return aggregation switch
        {
            AuditAggregation.Pooled => PooledIndex >= target,
            AuditAggregation.Mean => MeanIndex >= target,
            _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, "Unknown aggregation."),
        };
    }

    /// <inheritdoc/>
    public bool Equals(AuditSummary? other) =>
        other is not null
        && Audits == other.Audits
        && UndefinedAudits == other.UndefinedAudits
        && KnockedOut == other.KnockedOut
        && PassedWeight.Equals(other.PassedWeight)
        && ApplicableWeight.Equals(other.ApplicableWeight)
        && IndexSum.Equals(other.IndexSum)
        && Sections.Count == other.Sections.Count
        && Sections.All(section => other.Sections.TryGetValue(section.Key, out AuditSummary? match) && section.Value.Equals(match));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AuditSummary);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Audits, UndefinedAudits, KnockedOut, PassedWeight, ApplicableWeight, Sections.Count);

    /// <summary>Formats the summary with the invariant culture.</summary>
    /// <returns>For example <c>12 audits: pooled 0.875, mean 0.861</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Audits} audits: pooled {PooledIndex:0.###}, mean {MeanIndex:0.###}");
}
