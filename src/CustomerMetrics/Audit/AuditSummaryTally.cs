using System.Collections.Generic;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>Running sums of many audits, with one nested tally per section.</summary>
internal sealed class AuditSummaryTally
{
    /// <summary>The nested tally of each section; <c>null</c> in a section's own tally.</summary>
    private readonly SectionTallies<AuditSummaryTally>? sections;
    private int audits;
    private int undefined;
    private int knockedOut;
    private double passedWeight;
    private double applicableWeight;
    private double indexSum;

    internal AuditSummaryTally(bool withSections = true)
    {
        // Stryker disable once Conditional : equivalent, a section's own results have no sections to walk
        sections = withSections ? new SectionTallies<AuditSummaryTally>(() => new AuditSummaryTally(withSections: false)) : null;
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

        // Stryker disable once Statement,Block,Equality : equivalent, a section's own results have no sections to walk
        if (sections is null)
        {
            return;
        }

        foreach ((string name, AuditResult section) in audit.SectionMap)
        {
            sections.For(name).Add(section);
        }
    }

    internal AuditSummary ToSummary()
    {
        List<string> order = sections?.Order ?? [];
        var summaries = new Dictionary<string, AuditSummary>(order.Count, System.StringComparer.Ordinal);
        foreach (string name in order)
        {
            summaries.Add(name, sections!.For(name).ToSummary());
        }

        return AuditSummary.Create(audits, undefined, knockedOut, passedWeight, applicableWeight, indexSum, summaries);
    }
}
