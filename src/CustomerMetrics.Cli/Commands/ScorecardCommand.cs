using System;
using System.Collections.Generic;
using System.CommandLine;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics scorecard FILE</c>: KPIs against their targets.</summary>
internal static class ScorecardCommand
{
    internal static Command Build(CliConsole console)
    {
        var command = CommandHelp.Create(
            "scorecard",
            "KPIs side by side with their targets: met or missed, and how each moved.",
            "The customer-orientation scorecard of the 14-steps source (loyalty index, positive comments, economic effect of ideas, quality of service, audit index, or any KPIs of yours). FILE (CSV or JSON) has the columns kpi and value, and optionally unit, target, better (higher or lower; higher by default) and previous. An empty value means not measured; an empty target or previous means none.");
        var file = new Argument<string>("FILE") { Description = "The KPIs (- for standard input)." };
        command.Arguments.Add(file);
        var input = new InputOptions(command, readsFiles: true);
        var output = new OutputOptions(command, hasMoney: false);
        command.SetAction(result =>
        {
            InputSettings settings = input.Read(result);
            OutputSettings outputSettings = output.Read(result);
            Table table = InputFile.ReadTable(result.GetRequiredValue(file), console, settings, hasHeader: true);
            ReportSection section = IndicatorSections.Scorecard($"Scorecard: {table.Name}", Read(table));
            ReportOutput.Write([section], outputSettings, console, section.Title);
            return 0;
        });
        return command;
    }

    internal static Scorecard Read(Table table)
    {
        int name = table.Column("kpi");
        int value = table.Column("value");
        int? unit = table.OptionalColumn("unit");
        int? target = table.OptionalColumn("target");
        int? better = table.OptionalColumn("better");
        int? previous = table.OptionalColumn("previous");
        var kpis = new List<Kpi>(table.Rows.Count);
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (TableRow row in table.Rows)
        {
            string kpiName = table.Text(row, name);
            if (kpiName.Length == 0)
            {
                throw table.Error(row, name, "the KPI has no name");
            }

            if (seen.TryGetValue(kpiName, out long line))
            {
                throw table.Error(row, name, $"KPI '{TextInput.ForMessage(kpiName)}' appears twice (first on line {line}); a scorecard holds each KPI once");
            }

            seen.Add(kpiName, row.Number);
            bool higherIsBetter = better is not { } b || table.Text(row, b).ToLowerInvariant() switch
            {
                "" or "higher" => true,
                "lower" => false,
                string other => throw table.Error(row, b, $"'{TextInput.ForMessage(other)}' should be higher or lower"),
            };
            kpis.Add(new Kpi(
                kpiName,
                table.Double(row, value, double.NaN),
                unit is { } u ? table.Text(row, u) : string.Empty,
                Optional(table, row, target),
                higherIsBetter,
                Optional(table, row, previous)));
        }

        return new Scorecard(kpis);
    }

    private static double? Optional(Table table, TableRow row, int? column) =>
        column is { } index && table.Text(row, index).Length > 0 ? table.Double(row, index, double.NaN) : null;
}
