using System.Collections.Generic;
using System.IO;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics soco FILE.csv</c>: SOCO scores of employees and their teams.</summary>
internal static class SocoCommand
{
    internal const string Help = """
        Usage: customer-metrics soco FILE [options]

        Scores the SOCO scale (Saxe & Weitz 1982) for every respondent in FILE and summarises
        them: keyed total, mean, POMP, customer and selling orientation, Cronbach's alpha with
        item statistics, and the same per team.

        FILE is CSV with a header and one respondent per row. The columns named by --id and
        --team are the respondent's id and team; every other column is an item, in the form's
        order (24 for the full form, 10 for the short form). Answers are integers 1..9; an empty
        cell is an unanswered item (prorated when at least --min-answered of the items are
        answered).

        Options:
          --form F              full (24 items, default) or short (10 items, Thomas et al. 2001)
          --id NAME             the id column (default: none; respondents are numbered)
          --team NAME           the team column (default: none)
          --min-answered S      share of items needed for a prorated score, in (0, 1] (default 0.8)
          --format F            table (default), json or csv
        """;

    private static readonly IReadOnlyDictionary<string, string> Forms = new Dictionary<string, string>
    {
        ["full"] = "SOCO 24-item form",
        ["short"] = "SOCO 10-item short form",
    };

    internal static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output)
    {
        Arguments arguments = Arguments.Parse("soco", args, new HashSet<string>());
        string form = arguments.EnumOption("form", "full", new Dictionary<string, string> { ["full"] = "full", ["short"] = "short" });
        string? id = arguments.Option("id");
        string? team = arguments.Option("team");
        double share = arguments.DoubleOption("min-answered", SocoInstrument.DefaultMinimumAnsweredShare);
        OutputFormat format = arguments.Format();
        arguments.EnsureAllUsed(maxPositional: 1);
        if (arguments.Positional.Count == 0)
        {
            throw new CliException("soco: missing FILE (see 'customer-metrics soco --help')");
        }

        if (!(share > 0 && share <= 1))
        {
            throw new CliException($"soco: --min-answered should be a share in (0, 1], e.g. 0.8; got {arguments.Option("min-answered")}");
        }

        SocoInstrument instrument = (form == "short" ? SocoInstrument.Short10 : SocoInstrument.Full24).WithMinimumAnsweredShare(share);
        string path = arguments.Positional[0];
        string name = InputSource.DisplayName(path);
        IReadOnlyList<SocoRespondent> respondents;
        using (TextReader reader = InputSource.Open(path, input))
        {
            respondents = SocoAnswers.Read(reader, name, instrument, id, team);
        }

        ReportWriter.Write(output, [SocoSections.Summary($"SOCO customer orientation: {name}", Forms[form], instrument, respondents)], format);
        return 0;
    }
}
