using System.Collections.Generic;
using System.IO;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics nps FILE.csv</c>: the NPS of a file of answers.</summary>
internal static class NpsCommand
{
    internal const string Help = """
        Usage: customer-metrics nps FILE [options]

        Computes the Net Promoter Score of the answers in FILE (use - for standard input).
        Without --column, FILE holds one answer (0..10) per line and no header. With --column,
        FILE is CSV with a header row and NAME is the answer column. Empty cells are counted as
        blank (no answer) and reported, never scored.

        Options:
          --column NAME         the answer column of a CSV file with a header
          --segment NAME        also report the NPS per value of this column (e.g. channel)
          --period NAME         also report the trend per value of this column (e.g. month),
                                with the significance of each change
          --level L             confidence level of the interval, in (0, 1) (default 0.95)
          --method M            adjusted-wald (default), wald or score
          --skip-invalid        skip values outside 0..10 and report how many (default: error)
          --format F            table (default), json or csv
        """;

    private static readonly IReadOnlySet<string> Flags = new HashSet<string> { "skip-invalid" };

    internal static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output)
    {
        Arguments arguments = Arguments.Parse("nps", args, Flags);
        string? column = arguments.Option("column");
        string? segment = arguments.Option("segment");
        string? period = arguments.Option("period");
        double level = arguments.DoubleOption("level", 0.95);
        NpsIntervalMethod method = arguments.EnumOption("method", NpsIntervalMethod.AdjustedWald, NpsSections.MethodNames);
        bool skipInvalid = arguments.Flag("skip-invalid");
        OutputFormat format = arguments.Format();
        arguments.EnsureAllUsed(maxPositional: 1);
        if (arguments.Positional.Count == 0)
        {
            throw new CliException("nps: missing FILE (see 'customer-metrics nps --help')");
        }

        if (!(level > 0 && level < 1))
        {
            throw new CliException($"nps: --level should be in (0, 1), for example 0.95; got {arguments.Option("level")}");
        }

        if (column is null && (segment is not null || period is not null))
        {
            throw new CliException("nps: --segment and --period need --column (a CSV file with a header)");
        }

        string path = arguments.Positional[0];
        string name = InputSource.DisplayName(path);
        var keyColumns = new List<string>();
        if (segment is not null)
        {
            keyColumns.Add(segment);
        }

        if (period is not null)
        {
            keyColumns.Add(period);
        }

        NpsAnswers answers;
        using (TextReader reader = InputSource.Open(path, input))
        {
            answers = NpsAnswers.Read(reader, name, column, keyColumns, skipInvalid);
        }

        ReportSection section = NpsSections.Summary($"Net Promoter Score: {name}", answers, level, method);
        AddBreakdowns(section, answers, segment, period, level, method);
        ReportWriter.Write(output, [section], format);
        return 0;
    }

    /// <summary>Adds the per-segment and per-period tables; key column i of each answer holds segment, then period.</summary>
    internal static void AddBreakdowns(ReportSection section, NpsAnswers answers, string? segment, string? period, double level, NpsIntervalMethod method)
    {
        int keyIndex = 0;
        if (segment is not null)
        {
            int index = keyIndex++;
            var bySegment = Nps.CalculateBySegment(Pairs(answers, index));
            section.Tables.Add(NpsSections.Segments("segments", $"By {segment}", segment, bySegment, level, method));
        }

        if (period is not null)
        {
            int index = keyIndex;
            var trend = Nps.Trend(Pairs(answers, index), level);
            section.Tables.Add(NpsSections.Trend("trend", $"Trend by {period} (change from the previous {period})", trend));
        }
    }

    private static IEnumerable<(string Key, int Score)> Pairs(NpsAnswers answers, int keyIndex)
    {
        for (int i = 0; i < answers.Scores.Count; i++)
        {
            yield return (answers.Keys[i][keyIndex], answers.Scores[i]);
        }
    }
}
