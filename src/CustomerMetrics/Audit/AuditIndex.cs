using System;
using System.Collections.Generic;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// The audit index of hidden audits (mystery shopping): items fulfilled divided by all items, with
/// weights, not-applicable items, knock-out items and sections, and its aggregation over many audits.
/// </summary>
/// <remarks>
/// <para>The sources: "На ключевых точках взаимодействия с клиентами используйте «тайных
/// покупателей», чтобы оценить сотрудников по заранее сформированному чек-листу… По завершению
/// проверки определите индекс аудита: число выполненных пунктов поделите на их общее количество. С
/// помощью этого индекса вы сможете оценить KPI отдела по клиентоориентированности." — at the key
/// touchpoints, use mystery shoppers to rate employees against a prepared checklist; after the check,
/// divide the items fulfilled by all items; the index gives the department's customer-orientation KPI.</para>
/// <para>Index = Σ weights of passed items / Σ weights of applicable items (not-applicable items are
/// left out), in [0, 1]; undefined (NaN) when no item applies. All methods are pure and thread-safe.</para>
/// </remarks>
public static class AuditIndex
{
    /// <summary>The sources' formula: items fulfilled divided by all items.</summary>
    /// <param name="passed">Items fulfilled; from 0 to <paramref name="total"/>.</param>
    /// <param name="total">All items; non-negative.</param>
    /// <returns><paramref name="passed"/> / <paramref name="total"/> in [0, 1]; NaN when <paramref name="total"/> is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="passed"/> exceeds <paramref name="total"/>.</exception>
    public static double Calculate(int passed, int total)
    {
        Preconditions.CheckNonNegative(nameof(passed), passed);
        Preconditions.CheckNonNegative(nameof(total), total);
        if (passed > total)
        {
            Preconditions.ThrowOutOfRange(nameof(passed), passed, Preconditions.Format($"Passed items ({passed}) should not exceed all items ({total})."));
        }

        // Stryker disable once Conditional : equivalent, 0 / 0 is NaN anyway (passed is at most total)
        return total == 0 ? double.NaN : (double)passed / total;
    }

    /// <summary>
    /// Scores one audit: the weighted index, the counts, the failed critical items and one result per section.
    /// </summary>
    /// <param name="checks">The audit's answered items. They are pooled as given: an item id that appears twice
    /// counts twice, which is how the checks of several visits are scored as one. To score one visit against a
    /// checklist, rejecting repeated, unknown and missing items, use <see cref="AuditChecklist.Score"/>.</param>
    /// <param name="criticalFailureZeroesIndex">When <c>true</c>, a failed critical item sets the index (and its
    /// section's index) to 0: a knock-out. When <c>false</c> (the default) critical failures are only reported.</param>
    /// <returns>The audit's result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="checks"/> or one of its elements is <c>null</c> (its position is named).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weights add up to more than <see cref="double.MaxValue"/>.</exception>
    public static AuditResult Score(IEnumerable<AuditCheck> checks, bool criticalFailureZeroesIndex = false)
    {
        Preconditions.CheckNotNull(nameof(checks), checks);
        var whole = new AuditTally();
        var sections = new SectionTallies<AuditTally>(() => new AuditTally());
        switch (checks)
        {
            case AuditCheck[] array:
                AddAll(array, whole, sections);
                break;
            case List<AuditCheck> list:
                for (int i = 0; i < list.Count; i++)
                {
                    Add(list[i], i, whole, sections);
                }

                break;
            default:
                long position = 0;
                foreach (AuditCheck check in checks)
                {
                    Add(check, position++, whole, sections);
                }

                break;
        }

        List<string> sectionOrder = sections.Order;
        var sectionResults = new Dictionary<string, AuditResult>(sectionOrder.Count);
        foreach (string name in sectionOrder)
        {
            sectionResults.Add(name, sections.For(name).ToResult(criticalFailureZeroesIndex, sections: null));
        }

        return whole.ToResult(criticalFailureZeroesIndex, sectionResults);
    }

    /// <summary>Combines many audits: pooled and mean index, counts, and per-section pooled summaries.</summary>
    /// <param name="audits">The audits' results.</param>
    /// <returns>The summary; with no audits, counts 0 and both indices NaN.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audits"/> or one of its elements is <c>null</c>.</exception>
    public static AuditSummary Summarize(IEnumerable<AuditResult> audits)
    {
        Preconditions.CheckNotNull(nameof(audits), audits);
        var tally = new AuditSummaryTally();
        long position = 0;
        foreach (AuditResult audit in audits)
        {
            CheckAudit(audit, position++);
            tally.Add(audit);
        }

        return tally.ToSummary();
    }

    /// <summary>A summary per key (department, touchpoint, employee…) from (key, audit) pairs.</summary>
    /// <typeparam name="TKey">The key; compared with its default equality (ordinal for strings); not null.</typeparam>
    /// <param name="audits">Each audit with its key.</param>
    /// <returns>One summary per key, in the order the keys first appear.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audits"/> or an audit is <c>null</c>.</exception>
    public static IReadOnlyList<KeyValuePair<TKey, AuditSummary>> SummarizeBy<TKey>(IEnumerable<(TKey Key, AuditResult Audit)> audits)
        where TKey : notnull
    {
        Preconditions.CheckNotNull(nameof(audits), audits);
        var tallies = new Dictionary<TKey, AuditSummaryTally>();
        var order = new List<TKey>();
        long position = 0;
        foreach ((TKey key, AuditResult audit) in audits)
        {
            Preconditions.CheckKey(nameof(audits), key, position);
            CheckAudit(audit, position++);
            if (!tallies.TryGetValue(key, out AuditSummaryTally? tally))
            {
                tally = new AuditSummaryTally();
                tallies.Add(key, tally);
                order.Add(key);
            }

            tally.Add(audit);
        }

        return order.ConvertAll(key => new KeyValuePair<TKey, AuditSummary>(key, tallies[key].ToSummary()));
    }

    /// <summary>A summary per period, earliest first, with the change of the pooled index from the previous period.</summary>
    /// <typeparam name="TPeriod">The period (month, quarter…), ordered ordinally if it is a string (culture-independent), otherwise by its default comparer.</typeparam>
    /// <param name="audits">Each audit with its period.</param>
    /// <returns>One point per period that has audits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audits"/> or an audit is <c>null</c>.</exception>
    public static IReadOnlyList<AuditTrendPoint<TPeriod>> Trend<TPeriod>(IEnumerable<(TPeriod Period, AuditResult Audit)> audits)
        where TPeriod : notnull
    {
        List<KeyValuePair<TPeriod, AuditSummary>> periods = new(SummarizeBy(audits));
        IComparer<TPeriod> comparer = KeyOrder.For<TPeriod>();
        periods.Sort((a, b) => comparer.Compare(a.Key, b.Key));
        var points = new AuditTrendPoint<TPeriod>[periods.Count];
        for (int i = 0; i < periods.Count; i++)
        {
            double change = i == 0 ? double.NaN : periods[i].Value.PooledIndex - periods[i - 1].Value.PooledIndex;
            points[i] = new AuditTrendPoint<TPeriod>(periods[i].Key, periods[i].Value, change);
        }

        return points;
    }

    /// <summary>An array without an enumerator: most audits arrive as one.</summary>
    private static void AddAll(ReadOnlySpan<AuditCheck> checks, AuditTally whole, SectionTallies<AuditTally> sections)
    {
        for (int i = 0; i < checks.Length; i++)
        {
            Add(checks[i], i, whole, sections);
        }
    }

    /// <summary>Checks one check and counts it, in the whole audit and in its section.</summary>
    private static void Add(AuditCheck check, long position, AuditTally whole, SectionTallies<AuditTally> sections)
    {
        CheckCheck(check, position);
        whole.Add(check);
        if (whole.ApplicableWeight > double.MaxValue)
        {
            Preconditions.ThrowOutOfRange(
                "checks",
                check.Weight,
                Preconditions.Format($"The weights add up to more than the largest double (about 1.8e308) at position {position}; only their ratios matter, so use smaller weights."));
        }

        if (check.Section is { } name)
        {
            sections.For(name).Add(check);
        }
    }

    private static void CheckAudit(AuditResult? audit, long position)
    {
        if (audit is null)
        {
            Preconditions.ThrowNull("audits", Preconditions.Format($"The audit at position {position} is null."));
        }
    }

    /// <summary>A check is valid once it exists (its properties check themselves); only a null one is left to find.</summary>
    private static void CheckCheck(AuditCheck? check, long position)
    {
        if (check is null)
        {
            Preconditions.ThrowNull("checks", Preconditions.Format($"The check at position {position} is null."));
        }
    }
}
