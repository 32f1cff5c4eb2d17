using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Input;

/// <summary>One respondent read from a SOCO file.</summary>
internal sealed record SocoRespondent(string Id, string? Team, int[] Answers);

/// <summary>
/// Reads SOCO answers: one respondent per row. The optional id and team columns are named by the
/// caller; every other column is an item, in the instrument's order. An empty cell is an unanswered
/// item; any other value must be a whole number on the instrument's scale.
/// </summary>
internal static class SocoAnswers
{
    internal static IReadOnlyList<SocoRespondent> Read(Table table, SocoInstrument instrument, string? idColumn, string? teamColumn)
    {
        int? id = idColumn is null ? null : table.Column(idColumn);
        int? team = teamColumn is null ? null : table.Column(teamColumn);
        int[] itemColumns = Enumerable.Range(0, table.Header!.Length).Where(c => c != id && c != team).ToArray();
        if (itemColumns.Length != instrument.Items.Count)
        {
            throw new CliException($"{table.Name}: expected {Plural.Of(instrument.Items.Count, "item column")} for this form besides the id and team columns, found {itemColumns.Length}");
        }

        var respondents = new List<SocoRespondent>(table.Rows.Count);
        foreach (TableRow row in table.Rows)
        {
            int[] answers = new int[itemColumns.Length];
            for (int i = 0; i < itemColumns.Length; i++)
            {
                string text = table.Text(row, itemColumns[i]);
                if (text.Length == 0)
                {
                    answers[i] = SocoInstrument.Missing;
                    continue;
                }

                if (NumberText.TryParseInt32(text, out int answer) != NumberProblem.None || answer < instrument.ScaleMin || answer > instrument.ScaleMax)
                {
                    throw table.Error(row, itemColumns[i], $"'{TextInput.ForMessage(text)}' is not an answer to item {instrument.Items[i].Number} (a whole number from {instrument.ScaleMin} to {instrument.ScaleMax}, or empty)");
                }

                answers[i] = answer;
            }

            string respondentId = id is { } idIndex ? table.Text(row, idIndex) : (respondents.Count + 1).ToString(CultureInfo.InvariantCulture);
            respondents.Add(new SocoRespondent(respondentId, team is { } teamIndex ? table.Text(row, teamIndex) : null, answers));
        }

        return respondents;
    }
}
