using System.Collections.Generic;
using System.CommandLine;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics nps FILE</c>: the NPS of a file of answers.</summary>
internal static class NpsCommand
{
    internal static Command Build(CliConsole console)
    {
        var command = CommandHelp.Create(
            "nps",
            "Net Promoter Score of a file of 0..10 answers, by segment and period.",
            "Net Promoter Score of the answers in FILE. Without --column, FILE holds one answer (0..10) per line and no header; with --column, FILE has a header (CSV, or a JSON array of objects) and NAME is the answer column. An empty answer is counted as blank and never scored; a blank line is ignored.");
        var file = new Argument<string>("FILE") { Description = "The answers (- for standard input)." };
        var column = new Option<string?>("--column") { Description = "The answer column of a file with a header.", HelpName = "NAME" };
        var segment = new Option<string?>("--segment") { Description = "Also report the NPS per value of this column (e.g. channel).", HelpName = "NAME" };
        var period = new Option<string?>("--period") { Description = "Also report the trend per value of this column (e.g. month), with the significance of each change.", HelpName = "NAME" };
        var level = new Option<string?>("--level") { Description = "The confidence level of the intervals, in (0, 1). Default: 0.95.", HelpName = "L" };
        Option<string?> method = OptionValues.Choice("--method", "The interval: adjusted-wald (default), wald or score.", "adjusted-wald", "wald", "score");
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Skip values that are not answers 0..10 and report how many (default: stop at the first, with its line)." };
        command.Arguments.Add(file);
        command.Options.Add(column);
        command.Options.Add(segment);
        command.Options.Add(period);
        command.Options.Add(level);
        command.Options.Add(method);
        command.Options.Add(skipInvalid);
        var input = new InputOptions(command, readsFiles: true);
        var output = new OutputOptions(command, hasMoney: false);

        command.SetAction(result =>
        {
            InputSettings settings = input.Read(result);
            OutputSettings outputSettings = output.Read(result);
            double confidence = OptionValues.Share(result, level, settings, "0.95", lowIncluded: false, highIncluded: false) ?? 0.95;
            NpsIntervalMethod interval = NpsSections.MethodNames[result.GetValue(method) ?? "adjusted-wald"];
            string? answerColumn = result.GetValue(column);
            string? segmentColumn = result.GetValue(segment);
            string? periodColumn = result.GetValue(period);
            if (answerColumn is null && (segmentColumn is not null || periodColumn is not null))
            {
                throw new CliException("nps: --segment and --period need --column (a file with a header)");
            }

            var keys = new List<string>();
            if (segmentColumn is not null)
            {
                keys.Add(segmentColumn);
            }

            if (periodColumn is not null)
            {
                keys.Add(periodColumn);
            }

            string path = result.GetRequiredValue(file);
            Table table = InputFile.ReadTable(path, console, settings, hasHeader: answerColumn is not null);
            NpsAnswers answers = NpsAnswers.Read(table, answerColumn, keys, result.GetValue(skipInvalid));
            ReportSection section = NpsSections.Build($"Net Promoter Score: {table.Name}", answers, segmentColumn, periodColumn, confidence, interval);
            ReportOutput.Write([section], outputSettings, console, $"Net Promoter Score: {table.Name}");
            return 0;
        });
        return command;
    }
}
