using System.CommandLine;
using System.Linq;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics csat FILE</c>: the satisfaction level of ratings.</summary>
internal static class CsatCommand
{
    internal static Command Build(CliConsole console)
    {
        var command = CommandHelp.Create(
            "csat",
            "Customer satisfaction (CSAT) of a file of ratings.",
            "Customer satisfaction (CSAT) of the ratings in FILE: the share in the top two boxes (4 and 5 on a 1-5 scale), the mean rating and the distribution. Without --column, FILE holds one rating per line; with it, FILE has a header and NAME is the rating column. An empty rating is counted as blank.");
        var file = new Argument<string>("FILE") { Description = "The ratings (- for standard input)." };
        var column = new Option<string?>("--column") { Description = "The rating column of a file with a header.", HelpName = "NAME" };
        var scaleMax = new Option<string?>("--scale-max") { Description = "The top of the rating scale, 2 to 254. Default: 5.", HelpName = "N" };
        command.Arguments.Add(file);
        command.Options.Add(column);
        command.Options.Add(scaleMax);
        var input = new InputOptions(command, readsFiles: true);
        var output = new OutputOptions(command, hasMoney: false);

        command.SetAction(result =>
        {
            InputSettings settings = input.Read(result);
            OutputSettings outputSettings = output.Read(result);
            int top = OptionValues.Int32(result, scaleMax, settings) ?? 5;
            if (top is < 2 or > 254)
            {
                throw new CliException($"csat: --scale-max should be from 2 to 254; got {top}");
            }

            string? name = result.GetValue(column);
            Table table = InputFile.ReadTable(result.GetRequiredValue(file), console, settings, hasHeader: name is not null);
            int index = name is null ? 0 : table.Column(name);
            var ratings = new System.Collections.Generic.List<byte>(table.Rows.Count);
            int blank = 0;
            foreach (TableRow row in table.Rows)
            {
                string text = table.Text(row, index);
                if (text.Length == 0)
                {
                    blank++;
                    continue;
                }

                if (NumberText.TryParseInt32(text, out int rating) != NumberProblem.None || rating < 1 || rating > top)
                {
                    throw table.Error(row, index, $"'{TextInput.ForMessage(text)}' is not a rating (a whole number from 1 to {top})");
                }

                ratings.Add((byte)rating);
            }

            ReportSection section = ServiceSections.Csat($"Customer satisfaction: {table.Name}", Satisfaction.Calculate(ratings.ToArray(), top), blank, table.BlankLines);
            ReportOutput.Write([section], outputSettings, console, section.Title);
            return 0;
        });
        return command;
    }
}
