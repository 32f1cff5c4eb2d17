using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics sla FILE.csv --threshold 1d</c>: the monthly SLA report to a client.</summary>
internal static class SlaCommand
{
    internal const string Help = """
        Usage: customer-metrics sla FILE --threshold T [options]

        The SLA report to a client, in the sources' words: "of N operations, M were done on
        time", with breaches, the target and its error budget, percentiles (p50, p90, p95,
        p99; Excel PERCENTILE.INC), the mean and the longest. A duration equal to the
        threshold is on time.

        FILE is CSV with a header. Either a duration column (--duration, default "duration",
        in --unit) or start and finish timestamps (--start and --finish, ISO 8601 such as
        2026-03-12T15:56+03:00; without an offset, UTC is assumed).

        Options:
          --threshold T         the agreed time with a unit: 500ms, 20s, 30m, 4h, 1d (required)
          --duration NAME       the duration column (default: duration)
          --unit U              the unit of the duration column: ms, s (default), m, h or d
          --start NAME          the start column (with --finish)
          --finish NAME         the finish column (with --start)
          --period NAME         report per value of this column (e.g. month); with timestamps,
                                --by-month groups by the calendar month of the start instead
          --by-month            with --start and --finish: one line per calendar month
          --target R            the agreed rate, e.g. 0.99: met or missed, and the error budget used
          --format F            table (default), json or csv
        """;

    internal static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output)
    {
        Arguments arguments = Arguments.Parse("sla", args, new HashSet<string> { "by-month" });
        string? thresholdText = arguments.Option("threshold");
        string? durationColumn = arguments.Option("duration");
        TimeSpan unit = arguments.EnumOption("unit", TimeSpan.FromSeconds(1), Durations.UnitNames);
        string? startColumn = arguments.Option("start");
        string? finishColumn = arguments.Option("finish");
        string? periodColumn = arguments.Option("period");
        bool byMonth = arguments.Flag("by-month");
        double? target = arguments.Option("target") is null ? null : arguments.DoubleOption("target", 0);
        OutputFormat format = arguments.Format();
        arguments.EnsureAllUsed(maxPositional: 1);

        if (arguments.Positional.Count == 0)
        {
            throw new CliException("sla: missing FILE (see 'customer-metrics sla --help')");
        }

        if (thresholdText is null)
        {
            throw new CliException("sla: give the agreed time with --threshold, e.g. --threshold 1d");
        }

        if (!Durations.TryParse(thresholdText, unit, out TimeSpan threshold) || threshold <= TimeSpan.Zero)
        {
            throw new CliException($"sla: --threshold '{thresholdText}' is not a time greater than zero (e.g. 20s, 30m, 4h, 1d)");
        }

        if (target is { } goal && !(goal >= 0 && goal <= 1))
        {
            throw new CliException($"sla: --target should be a rate in [0, 1], e.g. 0.99; got {arguments.Option("target")}");
        }

        bool timestamps = startColumn is not null || finishColumn is not null;
        if (timestamps && (startColumn is null || finishColumn is null))
        {
            throw new CliException("sla: give both --start and --finish");
        }

        if (timestamps && durationColumn is not null)
        {
            throw new CliException("sla: give either --duration or --start and --finish, not both");
        }

        if (byMonth && !timestamps)
        {
            throw new CliException("sla: --by-month needs --start and --finish; use --period with durations");
        }

        if (byMonth && periodColumn is not null)
        {
            throw new CliException("sla: give either --by-month or --period, not both");
        }

        string path = arguments.Positional[0];
        string name = InputSource.DisplayName(path);
        HeaderedCsv csv;
        using (TextReader reader = InputSource.Open(path, input))
        {
            csv = HeaderedCsv.Read(reader, name);
        }

        ReportSection section = timestamps
            ? FromTimestamps(csv, startColumn!, finishColumn!, periodColumn, byMonth, threshold, target, $"SLA report: {name}")
            : FromDurations(csv, durationColumn ?? "duration", unit, periodColumn, threshold, target, $"SLA report: {name}");
        ReportWriter.Write(output, [section], format);
        return 0;
    }

    internal static ReportSection FromTimestamps(HeaderedCsv csv, string startColumn, string finishColumn, string? periodColumn, bool byMonth, TimeSpan threshold, double? target, string title)
    {
        int start = csv.Required(startColumn);
        int finish = csv.Required(finishColumn);
        int? period = periodColumn is null ? null : csv.Required(periodColumn);
        double[] seconds = new double[csv.Rows.Count];
        var operations = new List<(DateTimeOffset Start, DateTimeOffset Finish)>(csv.Rows.Count);
        var keys = new List<string>();
        for (int i = 0; i < csv.Rows.Count; i++)
        {
            CsvRecord row = csv.Rows[i];
            DateTimeOffset begun = Timestamp(csv, row, start);
            DateTimeOffset ended = Timestamp(csv, row, finish);
            if (ended < begun)
            {
                throw csv.Error(row, finish, $"the operation finishes ({csv.Text(row, finish)}) before it starts ({csv.Text(row, start)})");
            }

            operations.Add((begun, ended));
            seconds[i] = (ended - begun).TotalSeconds;
            if (period is { } p)
            {
                keys.Add(csv.Text(row, p));
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

        return ServiceSections.SlaReport(title, threshold, seconds, target, periods);
    }

    private static ReportSection FromDurations(HeaderedCsv csv, string durationColumn, TimeSpan unit, string? periodColumn, TimeSpan threshold, double? target, string title)
    {
        int duration = csv.Required(durationColumn);
        int? period = periodColumn is null ? null : csv.Required(periodColumn);
        double[] seconds = new double[csv.Rows.Count];
        for (int i = 0; i < csv.Rows.Count; i++)
        {
            CsvRecord row = csv.Rows[i];
            string text = csv.Text(row, duration);
            if (!Durations.TryParse(text, unit, out TimeSpan value) || value < TimeSpan.Zero)
            {
                throw csv.Error(row, duration, $"'{text}' is not a duration (a non-negative number, in {UnitName(unit)} unless it has a unit)");
            }

            seconds[i] = value.TotalSeconds;
        }

        IReadOnlyList<SlaPeriod<string>>? periods = period is { } p
            ? Sla.MeasureByPeriod(csv.Rows.Select(row => csv.Text(row, p)).Zip(seconds), threshold.TotalSeconds)
            : null;
        return ServiceSections.SlaReport(title, threshold, seconds, target, periods);
    }

    private static DateTimeOffset Timestamp(HeaderedCsv csv, CsvRecord row, int column)
    {
        string text = csv.Text(row, column);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset value)
            ? value
            : throw csv.Error(row, column, $"'{text}' is not a timestamp (ISO 8601, e.g. 2026-03-12T15:56+03:00)");
    }

    private static string UnitName(TimeSpan unit) => Durations.UnitNames.First(pair => pair.Value == unit).Key;
}
