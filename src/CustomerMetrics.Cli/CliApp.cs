using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using CustomerMetrics.Cli.Commands;

namespace CustomerMetrics.Cli;

/// <summary>
/// The command-line tool, written against plain readers and writers so that tests run it in-process.
/// Exit codes: 0 success, 1 an unexpected failure (a bug: please report it), 2 bad usage or input.
/// </summary>
internal static class CliApp
{
    internal const string Help = """
        customer-metrics: customer-orientation metrics from CSV files.

        Usage: customer-metrics COMMAND [options]

        Commands:
          report    every metric on the embedded sample data (start here)
          nps       Net Promoter Score of a file of 0..10 answers
          loss      what losing a client costs; the expected loss of a client base
          audit     the audit index of mystery-shopping audits against a checklist
          soco      SOCO customer-orientation scores of employees and teams
          sla       the SLA report to a client: operations done on time, percentiles, months

        Run 'customer-metrics COMMAND --help' for a command's options.
        Options: --help, --version
        """;

    internal static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        try
        {
            if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
            {
                output.Write(Help);
                return args.Count == 0 ? CliException.ExitCode : 0;
            }

            if (args[0] == "--version")
            {
                output.WriteLine(typeof(Nps).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
                return 0;
            }

            string command = args[0];
            List<string> rest = args.Skip(1).ToList();
            bool wantsHelp = rest.Contains("--help") || rest.Contains("-h");
            return command switch
            {
                "nps" when wantsHelp => Print(output, NpsCommand.Help),
                "nps" => NpsCommand.Run(rest, input, output),
                "loss" when wantsHelp => Print(output, LossCommand.Help),
                "loss" => LossCommand.Run(rest, input, output),
                "audit" when wantsHelp => Print(output, AuditCommand.Help),
                "audit" => AuditCommand.Run(rest, input, output),
                "soco" when wantsHelp => Print(output, SocoCommand.Help),
                "soco" => SocoCommand.Run(rest, input, output),
                "sla" when wantsHelp => Print(output, SlaCommand.Help),
                "sla" => SlaCommand.Run(rest, input, output),
                "report" when wantsHelp => Print(output, ReportCommand.Help),
                "report" => ReportCommand.Run(rest, output),
                _ => throw new CliException($"unknown command '{command}' (see 'customer-metrics --help')"),
            };
        }
        catch (CliException problem)
        {
            error.WriteLine($"customer-metrics: error: {problem.Message}");
            return CliException.ExitCode;
        }
        catch (IOException problem)
        {
            error.WriteLine($"customer-metrics: error: cannot read the input: {problem.Message}");
            return CliException.ExitCode;
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            // Anything else is a bug in the tool, not in the user's input: say so on one line.
            error.WriteLine($"customer-metrics: internal error ({problem.GetType().Name}): {problem.Message.Split('\n')[0]} Please report it.");
            return 1;
        }
    }

    private static int Print(TextWriter output, string text)
    {
        output.Write(text);
        return 0;
    }
}
