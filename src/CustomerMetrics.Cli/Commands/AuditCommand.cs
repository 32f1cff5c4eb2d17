using System;
using System.Collections.Generic;
using System.IO;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics audit CHECKLIST AUDITS.csv</c>: the audit index of mystery-shopping audits.</summary>
internal static class AuditCommand
{
    internal const string Help = """
        Usage: customer-metrics audit CHECKLIST AUDITS [options]

        The audit index of hidden audits (mystery shopping): items fulfilled divided by all items,
        weighted, with not-applicable items left out, per audit, per touchpoint, per period and
        per department.

        CHECKLIST is a .json file ({"items": [{"id", "text", "section", "weight", "critical"}]})
        or a CSV file with the header id,text[,section][,weight][,critical].
        AUDITS is a CSV file with one row per answered item: audit,item,outcome and optionally
        period and department. Outcomes: passed, failed or na (also yes, no, n/a). Every audit
        must answer every item of the checklist exactly once.

        Options:
          --knock-out           a failed critical item sets the audit's index to 0
          --target T            the KPI target index, e.g. 0.9, checked against the pooled index
          --format F            table (default), json or csv
        """;

    internal static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output)
    {
        Arguments arguments = Arguments.Parse("audit", args, new HashSet<string> { "knock-out" });
        bool knockOut = arguments.Flag("knock-out");
        double? target = arguments.Option("target") is null ? null : arguments.DoubleOption("target", 0);
        OutputFormat format = arguments.Format();
        arguments.EnsureAllUsed(maxPositional: 2);
        if (arguments.Positional.Count < 2)
        {
            throw new CliException("audit: give CHECKLIST and AUDITS (see 'customer-metrics audit --help')");
        }

        if (target is { } goal && !(goal >= 0 && goal <= 1))
        {
            throw new CliException($"audit: --target should be an index in [0, 1], e.g. 0.9; got {arguments.Option("target")}");
        }

        AuditChecklist checklist = ReadChecklist(arguments.Positional[0], input);
        string auditsPath = arguments.Positional[1];
        string name = InputSource.DisplayName(auditsPath);
        IReadOnlyList<AuditRecord> audits;
        using (TextReader reader = InputSource.Open(auditsPath, input))
        {
            audits = AuditAnswers.Read(reader, name, checklist);
        }

        ReportWriter.Write(output, [AuditSections.Summary($"Audit index: {name}", checklist, audits, knockOut, target)], format);
        return 0;
    }

    internal static AuditChecklist ReadChecklist(string path, TextReader input)
    {
        string name = InputSource.DisplayName(path);
        using TextReader reader = InputSource.Open(path, input);
        try
        {
            return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? AuditChecklist.FromJson(reader.ReadToEnd())
                : AuditChecklist.FromCsv(reader);
        }
        catch (InputFormatException error)
        {
            string place = (error.Line, error.Column) switch
            {
                ({ } line, { } column) => $":{line}:{column}",
                ({ } line, null) => $":{line}",
                _ => string.Empty,
            };
            throw new CliException($"{name}{place}: {error.Reason}");
        }
    }
}
