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
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.AuditSummaryJsonConverter))]
#endif
public sealed class AuditSummary : IEquatable<AuditSummary>
{
    private static readonly Dictionary<string, AuditSummary> NoSections = new(StringComparer.Ordinal);

    /// <summary>Creates a summary from aggregates computed elsewhere (a SQL engine, a stored shard), checking that they are consistent.</summary>
    /// <param name="audits">Number of audits.</param>
    /// <param name="undefinedAudits">Audits with no applicable item, at most <paramref name="audits"/>.</param>
    /// <param name="knockedOut">Audits knocked out by a critical failure, at most <paramref name="audits"/>.</param>
    /// <param name="passedWeight">Σ passed weight over the audits (0 for a knocked-out audit); finite, at most <paramref name="applicableWeight"/>.</param>
    /// <param name="applicableWeight">Σ applicable weight over the audits; finite and non-negative.</param>
    /// <param name="indexSum">Σ of the defined audit indices, in [0, audits − undefined].</param>
    /// <param name="sections">The pooled summary of each section, or <c>null</c> for none; section summaries have no sections of their own.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or a sum is outside what the others allow.</exception>
    /// <exception cref="ArgumentException">A section name is empty, or a section summary has sections.</exception>
    public AuditSummary(int audits, int undefinedAudits, int knockedOut, double passedWeight, double applicableWeight, double indexSum, IReadOnlyDictionary<string, AuditSummary>? sections = null)
        : this(audits, undefinedAudits, knockedOut, passedWeight, applicableWeight, indexSum, CopySections(sections), trusted: false)
    {
        Preconditions.CheckNonNegative(nameof(audits), audits);
        CheckAtMost(nameof(undefinedAudits), undefinedAudits, audits);
        CheckAtMost(nameof(knockedOut), knockedOut, audits);
        if (!(applicableWeight >= 0) || double.IsInfinity(applicableWeight))
        {
            Preconditions.ThrowOutOfRange(nameof(applicableWeight), applicableWeight, "The applicable weight should be finite and non-negative.");
        }

        if (!(passedWeight >= 0 && passedWeight <= applicableWeight))
        {
            Preconditions.ThrowOutOfRange(nameof(passedWeight), passedWeight, Preconditions.Format($"The passed weight should be in [0, {applicableWeight}] (the applicable weight)."));
        }

        if (!(indexSum >= 0 && indexSum <= audits - undefinedAudits))
        {
            Preconditions.ThrowOutOfRange(nameof(indexSum), indexSum, Preconditions.Format($"The sum of {audits - undefinedAudits} defined indices should be in [0, {audits - undefinedAudits}]."));
        }
    }

    /// <summary>Assigns the figures; <paramref name="trusted"/> only tells this constructor from the checking one.</summary>
    private AuditSummary(int audits, int undefinedAudits, int knockedOut, double passedWeight, double applicableWeight, double indexSum, Dictionary<string, AuditSummary> sections, bool trusted)
    {
        Audits = audits;
        UndefinedAudits = undefinedAudits;
        KnockedOut = knockedOut;
        PassedWeight = passedWeight;
        ApplicableWeight = applicableWeight;
        IndexSum = indexSum;
        SectionMap = sections;
        Sections = new ReadOnlyDictionary<string, AuditSummary>(sections);
    }

    /// <summary>No audits: the identity of <c>+</c>.</summary>
    public static AuditSummary Empty { get; } = Create(0, 0, 0, 0, 0, 0, NoSections);

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
    // Stryker disable once Conditional,Equality : equivalent, with no applicable weight the passed weight is 0 too, and 0 / 0 is NaN anyway
    public double PooledIndex => ApplicableWeight > 0 ? PassedWeight / ApplicableWeight : double.NaN;

    /// <summary>The mean of the defined audit indices: every audit counts the same. NaN when there is none.</summary>
    // Stryker disable once Conditional,Equality : equivalent, with no defined index the sum is 0 too, and 0 / 0 is NaN anyway
    public double MeanIndex => Audits - UndefinedAudits > 0 ? IndexSum / (Audits - UndefinedAudits) : double.NaN;

    /// <summary>The pooled summary of each section (touchpoint) across the audits, in the order sections first appear.</summary>
    public IReadOnlyDictionary<string, AuditSummary> Sections { get; }

    /// <summary>Σ of the defined audit indices: with <see cref="UndefinedAudits"/>, what <see cref="MeanIndex"/> needs to merge.</summary>
    public double IndexSum { get; }

    /// <summary>The sections in the order they first appeared, for merging.</summary>
    internal Dictionary<string, AuditSummary> SectionMap { get; }

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

    /// <summary>Merges two summaries: the summary of both sets of audits, sections merged by name.</summary>
    /// <param name="left">One summary.</param>
    /// <param name="right">Another summary.</param>
    /// <returns>The summary of both.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="OverflowException">The audits would number more than <see cref="int.MaxValue"/>, or the weights add up to more than <see cref="double.MaxValue"/>.</exception>
    public static AuditSummary operator +(AuditSummary left, AuditSummary right)
    {
        Preconditions.CheckNotNull(nameof(left), left);
        Preconditions.CheckNotNull(nameof(right), right);
        Dictionary<string, AuditSummary> sections;
        if (right.SectionMap.Count == 0)
        {
            sections = left.SectionMap;
        }
        else
        {
            sections = new Dictionary<string, AuditSummary>(left.SectionMap, StringComparer.Ordinal);
            foreach (KeyValuePair<string, AuditSummary> section in right.SectionMap)
            {
                sections[section.Key] = sections.TryGetValue(section.Key, out AuditSummary? mine) ? mine + section.Value : section.Value;
            }
        }

        double applicable = left.ApplicableWeight + right.ApplicableWeight;
        if (double.IsInfinity(applicable))
        {
            throw new OverflowException("Adding these summaries gives applicable weights beyond the largest double (about 1.8e308); only their ratios matter, so use smaller weights.");
        }

        return Create(
            AddCounts(left.Audits, right.Audits),
            left.UndefinedAudits + right.UndefinedAudits,
            left.KnockedOut + right.KnockedOut,
            left.PassedWeight + right.PassedWeight,
            applicable,
            left.IndexSum + right.IndexSum,
            sections);
    }

    /// <summary>The friendly twin of <c>+</c>.</summary>
    /// <param name="other">Another summary.</param>
    /// <returns>The summary of both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <c>null</c>.</exception>
    /// <exception cref="OverflowException">The audits would number more than <see cref="int.MaxValue"/>, or the weights add up to more than <see cref="double.MaxValue"/>.</exception>
    public AuditSummary Add(AuditSummary other) => this + other;

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

    /// <summary>Wraps sums that a tally or a merge computed and checked, sections included (no copy).</summary>
    internal static AuditSummary Create(int audits, int undefinedAudits, int knockedOut, double passedWeight, double applicableWeight, double indexSum, Dictionary<string, AuditSummary> sections) =>
        new(audits, undefinedAudits, knockedOut, passedWeight, applicableWeight, indexSum, sections, trusted: true);

    private static int AddCounts(int left, int right) =>
        left <= int.MaxValue - right
            ? left + right
            : throw new OverflowException(Preconditions.Format($"Adding these summaries gives more than Int32.MaxValue ({int.MaxValue}) audits."));

    private static void CheckAtMost(string paramName, int value, int max)
    {
        if (value < 0 || value > max)
        {
            Preconditions.ThrowOutOfRange(paramName, value, Preconditions.Format($"Value should be in [0, {max}]."));
        }
    }

    private static Dictionary<string, AuditSummary> CopySections(IReadOnlyDictionary<string, AuditSummary>? sections)
    {
        var copy = new Dictionary<string, AuditSummary>(StringComparer.Ordinal);
        if (sections is null)
        {
            return copy;
        }

        foreach (KeyValuePair<string, AuditSummary> section in sections)
        {
            if (string.IsNullOrWhiteSpace(section.Key))
            {
                Preconditions.ThrowArgument(nameof(sections), "A section name should not be empty.");
            }

            if (section.Value is null || section.Value.Sections.Count > 0)
            {
                Preconditions.ThrowArgument(nameof(sections), Preconditions.Format($"The summary of section '{TextInput.ForMessage(section.Key)}' should be a summary without sections of its own."));
            }

            copy.Add(section.Key, section.Value);
        }

        return copy;
    }

    /// <summary>Formats the summary with the invariant culture.</summary>
    /// <returns>For example <c>12 audits: pooled 0.875, mean 0.861</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Audits} audits: pooled {PooledIndex:0.###}, mean {MeanIndex:0.###}");
}
