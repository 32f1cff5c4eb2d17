using System.Runtime.CompilerServices;

namespace CustomerMetrics;

/// <summary>
/// Running counts of the three categories, filled one checked answer at a time: the single place
/// where an answer is sorted into promoter, passive or detractor for the scalar paths.
/// </summary>
internal struct NpsTally
{
    private long promoters;
    private long passives;
    private long detractors;

    /// <summary>Counts one answer already known to be in [0, 10].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(int score)
    {
        if (score >= 9)
        {
            promoters++;
        }
        else if (score >= 7)
        {
            passives++;
        }
        else
        {
            detractors++;
        }
    }

    internal readonly NpsResult ToResult() => new(promoters, passives, detractors);
}
