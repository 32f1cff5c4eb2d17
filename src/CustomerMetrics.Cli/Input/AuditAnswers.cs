using System;
using System.Collections.Generic;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Input;

/// <summary>One audit read from a long-format CSV: its id, optional period and department, and its answers.</summary>
internal sealed record AuditRecord(string Id, string? Period, string? Department, long FirstLine, List<KeyValuePair<string, AuditOutcome>> Answers);

/// <summary>
/// Reads audits, one row per answered item: columns <c>audit</c>, <c>item</c>, <c>outcome</c>
/// and optionally <c>period</c> and <c>department</c>. Every row is checked against the checklist
/// so that an unknown item, an item answered twice or an unanswered item is reported at its line.
/// </summary>
internal static class AuditAnswers
{
    internal static IReadOnlyList<AuditRecord> Read(Table csv, AuditChecklist checklist)
    {
        int audit = csv.Column("audit");
        int item = csv.Column("item");
        int outcome = csv.Column("outcome");
        int? period = csv.OptionalColumn("period");
        int? department = csv.OptionalColumn("department");

        var audits = new List<AuditRecord>();
        var byId = new Dictionary<string, (AuditRecord Record, HashSet<string> Answered)>(StringComparer.Ordinal);
        foreach (TableRow row in csv.Rows)
        {
            string id = csv.Text(row, audit);
            if (id.Length == 0)
            {
                throw csv.Error(row, audit, "the audit id is empty");
            }

            string? rowPeriod = period is { } p ? csv.Text(row, p) : null;
            string? rowDepartment = department is { } d ? csv.Text(row, d) : null;
            if (!byId.TryGetValue(id, out var entry))
            {
                entry = (new AuditRecord(id, rowPeriod, rowDepartment, row.Number, new()), new HashSet<string>(StringComparer.Ordinal));
                byId.Add(id, entry);
                audits.Add(entry.Record);
            }
            else if (rowPeriod != entry.Record.Period)
            {
                throw csv.Error(row, period!.Value, $"audit '{TextInput.ForMessage(id)}' has period '{TextInput.ForMessage(entry.Record.Period)}' in row {entry.Record.FirstLine} but '{TextInput.ForMessage(rowPeriod)}' here");
            }
            else if (rowDepartment != entry.Record.Department)
            {
                throw csv.Error(row, department!.Value, $"audit '{TextInput.ForMessage(id)}' has department '{TextInput.ForMessage(entry.Record.Department)}' in row {entry.Record.FirstLine} but '{TextInput.ForMessage(rowDepartment)}' here");
            }

            string itemId = csv.Text(row, item);
            if (!checklist.TryGetItem(itemId, out _))
            {
                throw csv.Error(row, item, $"'{TextInput.ForMessage(itemId)}' is not an item of the checklist");
            }

            if (!entry.Answered.Add(itemId))
            {
                throw csv.Error(row, item, $"audit '{TextInput.ForMessage(id)}' answers '{TextInput.ForMessage(itemId)}' twice");
            }

            entry.Record.Answers.Add(new(itemId, ParseOutcome(csv, row, outcome)));
        }

        foreach (AuditRecord record in audits)
        {
            if (record.Answers.Count < checklist.Count)
            {
                var answered = byId[record.Id].Answered;
                var missing = checklist.Items.Where(i => !answered.Contains(i.Id)).Select(i => i.Id);
                TableRow first = csv.Rows.First(row => row.Number == record.FirstLine);
                throw csv.Error(first, audit, $"audit '{TextInput.ForMessage(record.Id)}' does not answer: {string.Join(", ", missing)} (use na for items that do not apply)");
            }
        }

        return audits;
    }

    private static AuditOutcome ParseOutcome(Table csv, TableRow row, int column)
    {
        string text = csv.Text(row, column);
        return text.ToLowerInvariant() switch
        {
            "passed" or "pass" or "yes" or "y" or "1" => AuditOutcome.Passed,
            "failed" or "fail" or "no" or "n" or "0" => AuditOutcome.Failed,
            "na" or "n/a" or "not applicable" => AuditOutcome.NotApplicable,
            _ => throw csv.Error(row, column, $"'{TextInput.ForMessage(text)}' is not an outcome (passed, failed or na)"),
        };
    }
}
