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

        var section = new ReportSection("audit", title);
        section.Figures.Add(new Figure("audits", "Audits", summary.Audits, Format.Count(summary.Audits)));
        section.Figures.Add(new Figure("pooledIndex", "Pooled index", summary.PooledIndex, Format.Percent(summary.PooledIndex)));
        section.Figures.Add(new Figure("meanIndex", "Mean index", summary.MeanIndex, Format.Percent(summary.MeanIndex)));
        if (target is { } goal)
        {
            bool meets = summary.Meets(goal);
            section.Figures.Add(Figure.Data("target", goal));
            section.Figures.Add(new Figure("meetsTarget", "KPI target", meets, $"{Format.Percent(goal)}: {(meets ? "met" : "not met")} (pooled)"));
        }

        section.Figures.Add(new Figure("knockOut", "Knock-out", knockOut, knockOut ? "on: a failed critical item sets the audit to 0" : "off: critical failures are reported only"));
        section.Figures.Add(new Figure("knockedOut", "Knocked out", summary.KnockedOut, Format.Count(summary.KnockedOut)));

        var audits = new ReportTable(
            "auditResults",
            "Audits",
            [
                new Column("audit", "Audit", RightAligned: false),
                new Column("period", "Period", RightAligned: false),
                new Column("department", "Department", RightAligned: false),
                new Column("index", "Index"),
                new Column("passed", "Passed"),
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
                (result.Passed, Format.Count(result.Passed)),
                (result.Failed, Format.Count(result.Failed)),
                (result.NotApplicable, Format.Count(result.NotApplicable)),
                (critical, critical.Length == 0 ? "-" : critical),
            ]);
        }

        section.Tables.Add(audits);
        section.Tables.Add(Summaries("sections", "By touchpoint (pooled)", "section", summary.Sections));

        if (records.Any(r => r.Period is not null))
        {
            var trend = AuditIndex.Trend(scored.Select(s => (s.Record.Period ?? string.Empty, s.Result)));
            var table = new ReportTable(
                "trend",
                "Trend by period (pooled)",
                [new Column("period", "Period", RightAligned: false), new Column("audits", "Audits"), new Column("pooledIndex", "Pooled"), new Column("change", "Change")]);
            foreach (AuditTrendPoint<string> point in trend)
            {
                table.Rows.Add(
                [
                    (point.Period, point.Period),
                    (point.Summary.Audits, Format.Count(point.Summary.Audits)),
                    (point.Summary.PooledIndex, Format.Percent(point.Summary.PooledIndex)),
                    (point.PooledChange, double.IsNaN(point.PooledChange) ? "-" : Format.Signed(point.PooledChange * 100) + " pp"),
                ]);
            }

            section.Tables.Add(table);
        }

        if (records.Any(r => r.Department is not null))
        {
            var byDepartment = AuditIndex.SummarizeBy(scored.Select(s => (s.Record.Department ?? string.Empty, s.Result)));
            section.Tables.Add(Summaries("departments", "By department (pooled)", "department", byDepartment));
        }

        return section;
    }

    private static ReportTable Summaries(string key, string title, string keyLabel, IEnumerable<KeyValuePair<string, AuditSummary>> summaries)
    {
        var table = new ReportTable(
            key,
            title,
            [new Column(keyLabel, char.ToUpperInvariant(keyLabel[0]) + keyLabel[1..], RightAligned: false), new Column("audits", "Audits"), new Column("pooledIndex", "Pooled"), new Column("meanIndex", "Mean")]);
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
