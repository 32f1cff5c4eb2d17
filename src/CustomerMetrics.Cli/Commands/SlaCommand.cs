using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics sla FILE --threshold 1d</c>: the SLA report to a client.</summary>
internal static class SlaCommand
{
    internal static Command Build(CliConsole console)
    {
        var command = CommandHelp.Create(
            "sla",
            "The SLA report to a client: operations done on time, percentiles, months.",
            "The SLA report to a client, in the sources' words (\"of N operations, M were done on time\"), with the late operations, the target and its error budget, percentiles (p50, p90, p95, p99; Excel PERCENTILE.INC), the mean and the longest. An operation that takes exactly the agreed time is on time. FILE has a header and either a duration column (--duration, in --unit) or start and finish timestamps (--start and --finish, ISO 8601 such as 2026-03-12T15:56+03:00; without an offset, UTC).");
        var file = new Argument<string>("FILE") { Description = "The operations, one per row (- for standard input)." };
        var threshold = new Option<string?>("--threshold") { Description = "The agreed time, with a unit: 500ms, 20s, 30m, 4h, 1d (required).", HelpName = "T" };
        var duration = new Option<string?>("--duration") { Description = "The duration column. Default: duration.", HelpName = "NAME" };
        Option<string?> unit = OptionValues.Choice("--unit", "The unit of durations written without one: ms, s (default), m, h or d.", "ms", "s", "m", "h", "d");
        var start = new Option<string?>("--start") { Description = "The start column (with --finish).", HelpName = "NAME" };
        var finish = new Option<string?>("--finish") { Description = "The finish column (with --start).", HelpName = "NAME" };
        var period = new Option<string?>("--period") { Description = "Report per value of this column (e.g. month).", HelpName = "NAME" };
        var byMonth = new Option<bool>("--by-month") { Description = "With --start and --finish: one line per calendar month of the start." };
        var target = new Option<string?>("--target") { Description = "The agreed share on time, e.g. 0.99: met or missed, and the error budget used.", HelpName = "R" };
        command.Arguments.Add(file);
        foreach (Option option in new Option[] { threshold, duration, unit, start, finish, period, byMonth, target })
        {
            command.Options.Add(option);
        }

        var input = new InputOptions(command, readsFiles: true);
        var output = new OutputOptions(command, hasMoney: false);

        command.SetAction(result =>
        {
            InputSettings settings = input.Read(result);
            OutputSettings outputSettings = output.Read(result);
            TimeSpan defaultUnit = Durations.UnitNames[result.GetValue(unit) ?? "s"];
            TimeSpan agreed = OptionValues.Duration(result, threshold, settings, defaultUnit)
                ?? throw new CliException("sla: give the agreed time with --threshold, e.g. --threshold 1d");
            if (agreed <= TimeSpan.Zero)
            {
                throw new CliException($"sla: --threshold should be a time greater than zero (e.g. 20s, 30m, 4h, 1d); got {TextInput.ForMessage(result.GetValue(threshold))}");
            }

            double? goal = OptionValues.Share(result, target, settings, "0.99");
            string? startColumn = result.GetValue(start);
            string? finishColumn = result.GetValue(finish);
            string? periodColumn = result.GetValue(period);
            bool months = result.GetValue(byMonth);
            bool timestamps = startColumn is not null || finishColumn is not null;
            if (timestamps && (startColumn is null || finishColumn is null))
            {
                throw new CliException("sla: give both --start and --finish");
            }

            if (timestamps && result.GetValue(duration) is not null)
            {
                throw new CliException("sla: give either --duration or --start and --finish, not both");
            }

            if (months && !timestamps)
            {
                throw new CliException("sla: --by-month needs --start and --finish; with durations, use --period");
            }

            if (months && periodColumn is not null)
            {
                throw new CliException("sla: give either --by-month or --period, not both");
            }

            Table table = InputFile.ReadTable(result.GetRequiredValue(file), console, settings, hasHeader: true);
            string title = $"SLA report: {table.Name}";
            ReportSection section = timestamps
                ? FromTimestamps(table, startColumn!, finishColumn!, periodColumn, months, agreed, goal, title)
                : FromDurations(table, result.GetValue(duration) ?? "duration", defaultUnit, periodColumn, agreed, goal, title);
            ReportOutput.Write([section], outputSettings, console, title);
            return 0;
        });
        return command;
    }

    internal static ReportSection FromTimestamps(Table table, string startColumn, string finishColumn, string? periodColumn, bool byMonth, TimeSpan threshold, double? target, string title)
    {
        int start = table.Column(startColumn);
        int finish = table.Column(finishColumn);
        int? period = periodColumn is null ? null : table.Column(periodColumn);
        double[] seconds = new double[table.Rows.Count];
        var operations = new List<(DateTimeOffset Start, DateTimeOffset Finish)>(table.Rows.Count);
        var keys = new List<string>();
        for (int i = 0; i < table.Rows.Count; i++)
        {
            TableRow row = table.Rows[i];
            DateTimeOffset begun = Timestamp(table, row, start);
            DateTimeOffset ended = Timestamp(table, row, finish);
            if (ended < begun)
            {
                throw table.Error(row, finish, $"the operation finishes ({TextInput.ForMessage(table.Text(row, finish))}) before it starts ({TextInput.ForMessage(table.Text(row, start))})");
            }

            operations.Add((begun, ended));
            seconds[i] = (ended - begun).TotalSeconds;
            if (period is { } p)
            {
                keys.Add(table.Text(row, p));
            }
        }

        IReadOnlyList<SlaPeriod<string>>? periods = null;
        if (byMonth)
        {
            periods = Sla.MeasureByMonth(operations, threshold)
                .Select(m => new SlaPeriod<string>(m.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Result))
                .ToList();
        }
        else if (period is not null)
        {
            periods = Sla.MeasureByPeriod(keys.Zip(seconds), threshold.TotalSeconds);
        }

        return ServiceSections.SlaReport(title, threshold, seconds, target, periods, table.BlankLines);
    }

    private static ReportSection FromDurations(Table table, string durationColumn, TimeSpan unit, string? periodColumn, TimeSpan threshold, double? target, string title)
    {
        int duration = table.Column(durationColumn);
        int? period = periodColumn is null ? null : table.Column(periodColumn);
        double[] seconds = new double[table.Rows.Count];
        for (int i = 0; i < table.Rows.Count; i++)
        {
            TableRow row = table.Rows[i];
            if (!Durations.TryParse(table.Text(row, duration), unit, table.Settings, out TimeSpan value, out string problem))
            {
                throw table.Error(row, duration, problem);
            }

            if (value < TimeSpan.Zero)
            {
                throw table.Error(row, duration, $"'{TextInput.ForMessage(table.Text(row, duration))}' is negative; a duration is 0 or more");
            }

            seconds[i] = value.TotalSeconds;
        }

        IReadOnlyList<SlaPeriod<string>>? periods = period is { } p
            ? Sla.MeasureByPeriod(table.Rows.Select(row => table.Text(row, p)).Zip(seconds), threshold.TotalSeconds)
            : null;
        return ServiceSections.SlaReport(title, threshold, seconds, target, periods, table.BlankLines);
    }

    private static DateTimeOffset Timestamp(Table table, TableRow row, int column)
    {
        string text = table.Text(row, column);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset value)
            ? value
            : throw table.Error(row, column, $"'{TextInput.ForMessage(text)}' is not a timestamp (ISO 8601, e.g. 2026-03-12T15:56+03:00)");
    }
}
