using System;
using System.Collections.Generic;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// The idea contest of the 14-steps source: implemented ideas ranked by economic effect and importance,
/// the top three of each quarter, and each quarter's total effect (a KPI of the scorecard).
/// </summary>
/// <remarks>Pure and thread-safe. Effects are summed in <see cref="decimal"/>, exactly.</remarks>
public static class IdeaContest
{
    /// <summary>Ranks the ideas of each quarter.</summary>
    /// <param name="ideas">Implemented ideas, in any order.</param>
    /// <param name="top">How many ideas to show per quarter, at least 1; 3 by default, as in the source.</param>
    /// <returns>One entry per quarter, quarters in ordinal order (<c>2025-Q4</c> before <c>2026-Q1</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ideas"/> or an idea is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    /// <exception cref="OverflowException">A quarter's total effect exceeds <see cref="decimal"/>.</exception>
    public static IReadOnlyList<IdeaQuarter> Rank(IEnumerable<Idea> ideas, int top = 3)
    {
        Preconditions.CheckNotNull(nameof(ideas), ideas);
        if (top < 1)
        {
            Preconditions.ThrowOutOfRange(nameof(top), top, "Show at least one idea per quarter.");
        }

        Idea[] all = ideas.ToArray();
        for (int i = 0; i < all.Length; i++)
        {
            if (all[i] is null)
            {
                Preconditions.ThrowNull(nameof(ideas), Preconditions.Format($"The idea at position {i} is null."));
            }
        }

        return all
            .GroupBy(idea => idea.Quarter, StringComparer.Ordinal)
            .OrderBy(quarter => quarter.Key, StringComparer.Ordinal)
            .Select(quarter => RankQuarter(quarter.Key, quarter.ToArray(), top))
            .ToArray();
    }

    private static IdeaQuarter RankQuarter(string quarter, Idea[] ideas, int top)
    {
        Idea[] ranked = ideas
            .OrderByDescending(idea => idea.EconomicEffect)
            .ThenByDescending(idea => idea.Importance)
            .ThenBy(idea => idea.Title, StringComparer.Ordinal)
            .ToArray();
        Idea[] shown = ranked.Take(top).ToArray();
        Idea last = shown[shown.Length - 1];
        Idea[] tied = ranked.Skip(top).TakeWhile(idea => idea.EconomicEffect == last.EconomicEffect && idea.Importance == last.Importance).ToArray();
        decimal total = 0;
        foreach (Idea idea in ideas)
        {
            try
            {
                total += idea.EconomicEffect;
            }
            catch (OverflowException)
            {
                throw new OverflowException(Preconditions.Format($"The economic effects of quarter {TextInput.ForMessage(quarter)} add up to more than decimal can hold ({decimal.MaxValue})."));
            }
        }

        return new IdeaQuarter(quarter, ideas.Length, total, shown, tied);
    }
}
