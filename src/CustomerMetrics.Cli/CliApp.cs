using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CustomerMetrics.Cli.Commands;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli;

/// <summary>
/// The command-line tool: System.CommandLine parses (help, <c>--version</c>, response files <c>@file</c>,
/// completions through <c>dotnet-suggest</c>), the commands compute and report. Every problem is one
/// line on standard error, with control characters escaped. Exit codes: 0 success, 2 bad usage or
/// input, 1 an unexpected failure (a bug: please report it).
/// </summary>
internal static class CliApp
{
    internal const string Name = "customer-metrics";

    internal static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        RootCommand root = Build(console);
        try
        {
            ParseResult result = root.Parse(args);
            if (args.Count == 0)
            {
                // No command: the overview, and the exit code of a usage error.
                root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
                return CliException.ExitCode;
            }

            if (result.Errors.Count > 0 && result.Action is ParseErrorAction)
            {
                return Fail(console, UsageError(result));
            }

            return result.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException problem)
        {
            return Fail(console, problem.Message);
        }
        catch (IOException problem)
        {
            return Fail(console, $"cannot read or write: {problem.Message}");
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            // Anything else is a bug in the tool, not in the user's input: say so on one line.
            console.Error.WriteLine(TextInput.Escaped($"{Name}: internal error ({problem.GetType().Name}): {problem.Message.Split('\n')[0]} Please report it."));
            return 1;
        }
    }

    /// <summary>The commands, each with its options and action.</summary>
    internal static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("customer-metrics: customer-orientation metrics from CSV and JSON files (NPS, client loss, audits, SOCO, SLA, Erlang C, CSAT).");
        root.Subcommands.Add(ReportCommand.Build(console));
        root.Subcommands.Add(NpsCommand.Build(console));
        root.Subcommands.Add(LossCommand.Build(console));
        root.Subcommands.Add(AuditCommand.Build(console));
        root.Subcommands.Add(SocoCommand.Build(console));
        root.Subcommands.Add(SlaCommand.Build(console));
        root.Subcommands.Add(ErlangCommand.Build(console));
        root.Subcommands.Add(CsatCommand.Build(console));
        root.Subcommands.Add(IndicatorCommands.Repeat(console));
        root.Subcommands.Add(IndicatorCommands.Complaints(console));
        root.Subcommands.Add(IndicatorCommands.Ideas(console));
        root.Subcommands.Add(IndicatorCommands.Pce(console));
        root.Subcommands.Add(IndicatorCommands.Indicators(console));
        root.Subcommands.Add(ScorecardCommand.Build(console));
        CommandHelp.Install(root, Output.ReportOutput.Version);
        return root;
    }

    private static int Fail(CliConsole console, string message)
    {
        console.Error.WriteLine(TextInput.Escaped($"{Name}: error: {message}"));
        return CliException.ExitCode;
    }

    /// <summary>
    /// The parse errors as one line: each error's own words (lists folded onto the line), System.CommandLine's
    /// typo suggestions, and where to read more.
    /// </summary>
    internal static string UsageError(ParseResult result)
    {
        // One unmatched token is enough to name (the value after a misspelt option is unmatched too), and it
        // says more than "Required command was not provided".
        string[] unmatched = result.UnmatchedTokens.Select(token => $"'{token}'").ToArray();
        List<string> all = result.Errors.Select(error => Fold(error.Message)).Distinct(StringComparer.Ordinal).ToList();
        List<string> aboutTokens = all.Where(error => unmatched.Any(token => error.Contains(token, StringComparison.Ordinal))).ToList();
        IEnumerable<string> errors = aboutTokens.Count > 0 ? aboutTokens.Take(1) : all;
        string message = string.Join("; ", errors);
        string suggestion = TypoSuggestion(result);
        string command = string.Join(" ", CommandPath(result));
        return $"{command}{(command.Length > 0 ? ": " : string.Empty)}{message}{suggestion} (see '{Name}{(command.Length > 0 ? " " + command : string.Empty)} --help')";
    }

    /// <summary>The subcommands from the root to the one parsed: <c>nps</c>, or nothing for the root.</summary>
    private static IEnumerable<string> CommandPath(ParseResult result)
    {
        var names = new List<string>();
        for (System.CommandLine.Parsing.SymbolResult? symbol = result.CommandResult; symbol is System.CommandLine.Parsing.CommandResult command && command.Command is not RootCommand; symbol = symbol.Parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return names;
    }

    /// <summary>"Argument 'xml' not recognized. Must be one of:\n\t'table'\n\t'json'" → "Argument 'xml' not recognized. Must be one of: 'table', 'json'".</summary>
    private static string Fold(string message)
    {
        string[] lines = message.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();
        string folded = lines.Length <= 1 ? string.Join(string.Empty, lines) : lines[0] + " " + string.Join(", ", lines.Skip(1));
        return folded.TrimEnd('.');
    }

    /// <summary>
    /// System.CommandLine's typo corrections ("'nsp' was not matched. Did you mean one of the following? nps"),
    /// as a clause of the one line: "; did you mean 'nps'?".
    /// </summary>
    private static string TypoSuggestion(ParseResult result)
    {
        if (result.Action is not ParseErrorAction action)
        {
            return string.Empty;
        }

        action.ShowHelp = false;
        action.ShowTypoCorrections = true;
        var output = new StringWriter();
        result.Invoke(new InvocationConfiguration { Output = output, Error = TextWriter.Null });
        var suggestions = new List<string>();
        bool collecting = false;
        foreach (string line in output.ToString().Split('\n').Select(l => l.Trim()))
        {
            if (Regex.IsMatch(line, "^'.*' was not matched\\. Did you mean one of the following\\?$"))
            {
                collecting = true;
            }
            else if (collecting && line.Length > 0)
            {
                // Short aliases (-o) are never what a misspelt long name meant.
                if (line.Length > 2)
                {
                    suggestions.Add($"'{line}'");
                }
            }
            else
            {
                collecting = false;
            }
        }

        return suggestions.Count == 0 ? string.Empty : $"; did you mean {string.Join(" or ", suggestions.Distinct(StringComparer.Ordinal))}?";
    }
}
