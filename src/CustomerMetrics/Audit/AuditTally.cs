using System.Collections.Generic;

namespace CustomerMetrics;

/// <summary>Running sums of one audit or one section: the single place where a check is counted.</summary>
internal sealed class AuditTally
{
    internal double PassedWeight { get; private set; }

    internal double ApplicableWeight { get; private set; }

    internal int Passed { get; private set; }

    internal int Failed { get; private set; }

    internal int NotApplicable { get; private set; }

    internal List<string> CriticalFailures { get; } = new();

    internal void Add(AuditCheck check)
    {
        switch (check.Outcome)
        {
            case AuditOutcome.Passed:
                Passed++;
                PassedWeight += check.Weight;
                ApplicableWeight += check.Weight;
                break;
            case AuditOutcome.Failed:
                Failed++;
                ApplicableWeight += check.Weight;
                if (check.Critical)
                {
                    CriticalFailures.Add(check.Item);
                }

                break;
            default:
                NotApplicable++;
                break;
        }
    }

    internal AuditResult ToResult(bool criticalFailureZeroesIndex, Dictionary<string, AuditResult>? sections) =>
        new(PassedWeight, ApplicableWeight, Passed, Failed, NotApplicable, CriticalFailures.AsReadOnly(), criticalFailureZeroesIndex && CriticalFailures.Count > 0, sections);
}
