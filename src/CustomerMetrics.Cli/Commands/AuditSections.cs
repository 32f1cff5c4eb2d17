using System.Collections.Generic;
using System.Linq;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary>Builds the audit-index report section shared by <c>audit</c> and <c>report</c>.</summary>
internal static class AuditSections
{
    internal static ReportSection Summary(string title, AuditChecklist checklist, IReadOnlyList<AuditRecord> records, bool knockOut, double? target)
    {
        var scored = records.Select(record => (Record: record, Result: checklist.Score(record.Answers, knockOut))).ToList();
        AuditSummary summary = AuditIndex.Summarize(scored.Select(s => s.Result));
        long passedItems = scored.Sum(s => (long)s.Result.Passed);
        long applicableItems = scored.Sum(s => (long)s.Result.Applicable);

        var section = new ReportSection("audit", title);
        section.Figures.Add(new Figure("audits", "Audits", summary.Audits, Format.Count(summary.Audits)));
        section.Figures.Add(new Figure(
            "pooledIndex",
            "Index (weighted, pooled)",
            summary.PooledIndex,
            $"{Format.Percent(summary.PooledIndex)} of the applicable weight passed ({Format.CountOf(passedItems, applicableItems)} applicable items passed; items weigh 1 to {Format.Number(checklist.Items.Max(i => i.Weight), "0.##")})"));
        section.Figures.Add(new Figure("meanIndex", "Mean of the audits' indices", summary.MeanIndex, $"{Format.Percent(summary.MeanIndex)} (every audit counts the same)"));
        if (target is { } goal)
        {
            bool meets = summary.Meets(goal);
            section.Figures.Add(Figure.Data("target", goal));
            section.Figures.Add(new Figure("meetsTarget", "KPI target", meets, $"{Format.Percent(goal)}: {(meets ? "met" : "not met")} (by the weighted, pooled index)"));
        }

        section.Figures.Add(new Figure("knockOut", "Knock-out", knockOut, knockOut ? "on: a failed critical item sets the audit's index to 0" : "off: critical failures are reported, not zeroed"));
        section.Figures.Add(new Figure("knockedOut", "Knocked out", summary.KnockedOut, $"{Format.CountOf(summary.KnockedOut, summary.Audits)} audits"));

        var audits = new ReportTable(
            "auditResults",
            "Audits (index weighted by item weight)",
            [
                new Column("audit", "Audit", RightAligned: false),
                new Column("period", "Period", RightAligned: false),
                new Column("department", "Department", RightAligned: false),
                new Column("index", "Index", CsvFormat: "0.####"),
                new Column("passedWeight", "Weight passed", CsvFormat: "0.###"),
                new Column("applicableWeight", "Weight applicable", CsvFormat: "0.###"),
                new Column("passed", "Items passed"),
                new Column("failed", "Failed"),
                new Column("notApplicable", "N/A"),
                new Column("criticalFailures", "Critical failures", RightAligned: false),
            ]);
        foreach ((AuditRecord record, AuditResult result) in scored)
        {
            string critical = string.Join(" ", result.CriticalFailures);
            audits.Rows.Add(
            [
                (record.Id, record.Id),
                (record.Period, record.Period ?? "-"),
                (record.Department, record.Department ?? "-"),
                (result.Index, Format.Percent(result.Index)),
                (result.PassedWeight, Format.Number(result.PassedWeight, "0.##")),
                (result.ApplicableWeight, Format.Number(result.ApplicableWeight, "0.##")),
                (result.Passed, Format.CountOf(result.Passed, result.Applicable)),
                (result.Failed, Format.Count(result.Failed)),
                (result.NotApplicable, Format.Count(result.NotApplicable)),
                (critical, critical.Length == 0 ? "-" : critical),
            ]);
        }

        section.Tables.Add(audits);
        section.CsvTable = audits;
        section.Tables.Add(Summaries("sections", "By touchpoint (weighted, pooled)", "touchpoint", summary.Sections));
        section.Charts.Add(IndexChart("touchpoints", "Audit index by touchpoint (weighted, pooled), against the KPI target", summary.Sections, target));

        if (records.Any(r => r.Period is not null))
        {
            var trend = AuditIndex.Trend(scored.Select(s => (s.Record.Period ?? string.Empty, s.Result)));
            var table = new ReportTable(
                "trend",
                "Trend by period (weighted, pooled; change in percentage points)",
                [new Column("period", "Period", RightAligned: false), new Column("audits", "Audits"), new Column("pooledIndex", "Index", CsvFormat: "0.####"), new Column("change", "Change", CsvFormat: "0.####")]);
            foreach (AuditTrendPoint<string> point in trend)
            {
                table.Rows.Add(
                [
                    (point.Period, point.Period),
                    (point.Summary.Audits, Format.Count(point.Summary.Audits)),
                    (point.Summary.PooledIndex, Format.Percent(point.Summary.PooledIndex)),
                    (point.PooledChange, double.IsNaN(point.PooledChange) ? "-" : Format.PercentagePoints(point.PooledChange)),
                ]);
            }

            section.Tables.Add(table);
            section.Charts.Add(IndexChart("periods", "Audit index by period (weighted, pooled), against the KPI target", trend.Select(p => new KeyValuePair<string, AuditSummary>(p.Period, p.Summary)), target));
        }

        if (records.Any(r => r.Department is not null))
        {
            var byDepartment = AuditIndex.SummarizeBy(scored.Select(s => (s.Record.Department ?? string.Empty, s.Result)));
            section.Tables.Add(Summaries("departments", "By department (weighted, pooled)", "department", byDepartment));
        }

        if (summary.UndefinedAudits > 0)
        {
            section.Notes.Add($"{Plural.Of(summary.UndefinedAudits, "audit has", "audits have")} no applicable item: no index, left out of the mean (and adding nothing to the pooled index).");
        }

        section.Formulas.Add("Audit index = weight of the items passed / weight of the items that apply (not-applicable items are left out): \"items fulfilled divided by all items\", weighted. Pooled: all the audits' checks together; mean: the average of the audits' indices.");
        section.Formulas.Add("With knock-out, a failed critical item sets the audit's index to 0. The checklist is the sources' mystery-shopping checklist unless another is given.");
        return section;
    }

    private static Chart IndexChart(string key, string title, IEnumerable<KeyValuePair<string, AuditSummary>> groups, double? target) => new(
        key,
        title,
        ChartKind.Bars,
        groups.Select(pair => new ChartPoint(
            pair.Key,
            pair.Value.PooledIndex * 100,
            Format.Percent(pair.Value.PooledIndex),
            target is { } goal && !double.IsNaN(pair.Value.PooledIndex) ? (pair.Value.PooledIndex >= goal ? "met" : "missed") : null)).ToList(),
        "%",
        Target: target * 100,
        TargetLabel: target is { } t ? $"target {Format.Percent(t)}" : null,
        Minimum: 0,
        Maximum: 100);

    private static ReportTable Summaries(string key, string title, string keyLabel, IEnumerable<KeyValuePair<string, AuditSummary>> summaries)
    {
        var table = new ReportTable(
            key,
            title,
            [new Column(keyLabel, char.ToUpperInvariant(keyLabel[0]) + keyLabel[1..], RightAligned: false), new Column("audits", "Audits"), new Column("pooledIndex", "Index"), new Column("meanIndex", "Mean of audits")]);
        foreach ((string name, AuditSummary summary) in summaries)
        {
            table.Rows.Add(
            [
                (name, name),
                (summary.Audits, Format.Count(summary.Audits)),
                (summary.PooledIndex, Format.Percent(summary.PooledIndex)),
                (summary.MeanIndex, Format.Percent(summary.MeanIndex)),
            ]);
        }

        return table;
    }
}
