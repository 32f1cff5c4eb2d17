using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CustomerMetrics.Cli.Input;

/// <summary>One respondent read from a SOCO file.</summary>
internal sealed record SocoRespondent(string Id, string? Team, int[] Answers);

/// <summary>
/// Reads SOCO answers: CSV with a header, one respondent per row. The optional id and team columns
/// are named by the caller; every other column is an item, in the instrument's order. An empty cell
/// is an unanswered item; any other value must be an integer on the instrument's scale.
/// </summary>
internal static class SocoAnswers
{
    internal static IReadOnlyList<SocoRespondent> Read(TextReader reader, string fileName, SocoInstrument instrument, string? idColumn, string? teamColumn)
    {
        HeaderedCsv csv = HeaderedCsv.Read(reader, fileName);
        int? id = idColumn is null ? null : csv.Required(idColumn);
        int? team = teamColumn is null ? null : csv.Required(teamColumn);
        int columns = csv.ColumnCount;
        int[] itemColumns = Enumerable.Range(0, columns).Where(c => c != id && c != team).ToArray();
        if (itemColumns.Length != instrument.Items.Count)
        {
            throw CliException.AtInput(fileName, 1, 1, $"expected {instrument.Items.Count} item columns for this instrument besides the id and team columns, found {itemColumns.Length}");
        }

        var respondents = new List<SocoRespondent>(csv.Rows.Count);
        foreach (CsvRecord row in csv.Rows)
        {
            int[] answers = new int[itemColumns.Length];
            for (int i = 0; i < itemColumns.Length; i++)
            {
                string text = csv.Text(row, itemColumns[i]);
                if (text.Length == 0)
                {
                    answers[i] = SocoInstrument.Missing;
                    continue;
                }

                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int answer) || answer < instrument.ScaleMin || answer > instrument.ScaleMax)
                {
                    throw csv.Error(row, itemColumns[i], $"'{text}' is not an answer to item {instrument.Items[i].Number} (an integer from {instrument.ScaleMin} to {instrument.ScaleMax}, or empty)");
                }

                answers[i] = answer;
            }

            string respondentId = id is { } idIndex ? csv.Text(row, idIndex) : (respondents.Count + 1).ToString(CultureInfo.InvariantCulture);
            respondents.Add(new SocoRespondent(respondentId, team is { } teamIndex ? csv.Text(row, teamIndex) : null, answers));
        }

        return respondents;
    }
}
