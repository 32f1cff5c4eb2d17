using System.Collections.Generic;
using System.CommandLine;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics soco FILE</c>: SOCO scores of employees and their teams.</summary>
internal static class SocoCommand
{
    private static readonly IReadOnlyDictionary<string, (SocoInstrument Instrument, string Name)> Forms = new Dictionary<string, (SocoInstrument, string)>
    {
        ["full"] = (SocoInstrument.Full24, "SOCO 24-item form"),
        ["short"] = (SocoInstrument.Short10, "SOCO 10-item short form"),
    };

    internal static Command Build(CliConsole console)
    {
        var command = CommandHelp.Create(
            "soco",
            "SOCO customer-orientation scores of employees and teams.",
            "Scores the SOCO scale (Saxe & Weitz 1982) for every respondent in FILE and summarises them: keyed total, mean, POMP, customer and selling orientation, Cronbach's alpha with item statistics, and the same per team. FILE has a header and one respondent per row; the columns named by --id and --team are the respondent's id and team, every other column is an item in the form's order (24 for the full form, 10 for the short form). Answers are whole numbers 1..9; an empty cell is an unanswered item.");
        var file = new Argument<string>("FILE") { Description = "The answers, one respondent per row (- for standard input)." };
        Option<string?> form = OptionValues.Choice("--form", "full (24 items, the default) or short (10 items, Thomas et al. 2001).", "full", "short");
        var id = new Option<string?>("--id") { Description = "The id column (default: none; respondents are numbered).", HelpName = "NAME" };
        var team = new Option<string?>("--team") { Description = "The team column (default: none).", HelpName = "NAME" };
        var minAnswered = new Option<string?>("--min-answered") { Description = "The share of items a respondent must answer to be scored (prorated), in (0, 1]. Default: 0.8.", HelpName = "S" };
        command.Arguments.Add(file);
        command.Options.Add(form);
        command.Options.Add(id);
        command.Options.Add(team);
        command.Options.Add(minAnswered);
        var input = new InputOptions(command, readsFiles: true);
        var output = new OutputOptions(command, hasMoney: false);

        command.SetAction(result =>
        {
            InputSettings settings = input.Read(result);
            OutputSettings outputSettings = output.Read(result);
            double share = OptionValues.Share(result, minAnswered, settings, "0.8", lowIncluded: false) ?? SocoInstrument.DefaultMinimumAnsweredShare;
            (SocoInstrument instrument, string formName) = Forms[result.GetValue(form) ?? "full"];
            instrument = instrument.WithMinimumAnsweredShare(share);
            Table table = InputFile.ReadTable(result.GetRequiredValue(file), console, settings, hasHeader: true);
            IReadOnlyList<SocoRespondent> respondents = SocoAnswers.Read(table, instrument, result.GetValue(id), result.GetValue(team));
            ReportSection section = SocoSections.Summary($"SOCO customer orientation: {table.Name}", formName, instrument, respondents);
            ReportOutput.Write([section], outputSettings, console, section.Title);
            return 0;
        });
        return command;
    }
}
