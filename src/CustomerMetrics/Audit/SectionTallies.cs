using System;
using System.Collections.Generic;

namespace CustomerMetrics;

/// <summary>
/// The tally of each section, found without hashing the name every time: the checks of an audit, and the
/// audits of a checklist, share a handful of section strings (the checklist's), so the last few string
/// instances seen are compared by reference first, and only another instance is looked up by its text
/// (ordinally). Used for the sections of one audit (<see cref="AuditTally"/>) and of many (<see cref="AuditSummaryTally"/>).
/// </summary>
/// <typeparam name="TTally">The tally kept per section.</typeparam>
internal sealed class SectionTallies<TTally>
    where TTally : class
{
    private const int Recent = 8;
    private readonly string?[] recentNames = new string?[Recent];
    private readonly TTally?[] recentTallies = new TTally?[Recent];
    private readonly Dictionary<string, TTally> byName = new(StringComparer.Ordinal);
    private readonly Func<TTally> create;
    private int next;

    /// <param name="create">Makes the tally of a section seen for the first time.</param>
    internal SectionTallies(Func<TTally> create)
    {
        this.create = create;
    }

    /// <summary>The section names in the order they first appeared.</summary>
    internal List<string> Order { get; } = new();

    /// <summary>The tally of the section <paramref name="name"/>, made on its first appearance.</summary>
    internal TTally For(string name)
    {
        // Stryker disable once Equality,Block : equivalent, which path finds the tally (the recent strings or the dictionary)
        for (int i = 0; i < Recent; i++)
        {
            if (ReferenceEquals(recentNames[i], name))
            {
                return recentTallies[i]!;
            }
        }

        if (!byName.TryGetValue(name, out TTally? tally))
        {
            tally = create();
            byName.Add(name, tally);
            Order.Add(name);
        }

        recentNames[next] = name;
        recentTallies[next] = tally;
        next = (next + 1) % Recent;
        return tally;
    }
}
