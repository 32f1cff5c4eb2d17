using System.Collections.Generic;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Input;

/// <summary>NPS answers read from a table, with the values of the columns a report groups by.</summary>
internal sealed class NpsAnswers
{
    internal List<byte> Scores { get; } = new();

    /// <summary>The values of the grouping columns, one array per answer (same order as <see cref="Scores"/>).</summary>
    internal List<string[]> Keys { get; } = new();

    /// <summary>Rows whose answer cell is empty: no answer given. Counted and reported, never scored.</summary>
    internal long Blank { get; private set; }

    /// <summary>Values outside 0..10 or not integers, when the user asked to skip them.</summary>
    internal long Skipped { get; private set; }

    /// <summary>Empty lines of the file: not rows at all, ignored and reported.</summary>
    internal int BlankLines { get; private set; }

    /// <summary>
    /// Reads answers. Without a column name every row holds one answer (the table has no header);
    /// with one, the header names the answer column and the grouping columns.
    /// </summary>
    internal static NpsAnswers Read(Table table, string? column, IReadOnlyList<string> keyColumns, bool skipInvalid)
    {
        var answers = new NpsAnswers { BlankLines = table.BlankLines };
        int scoreIndex = column is null ? 0 : table.Column(column);
        int[] keyIndexes = keyColumns.Select(table.Column).ToArray();
        foreach (TableRow row in table.Rows)
        {
            string text = table.Text(row, scoreIndex);
            if (text.Length == 0)
            {
                answers.Blank++;
                continue;
            }

            if (NumberText.TryParseInt32(text, out int score) != NumberProblem.None || score is < Nps.MinScore or > Nps.MaxScore)
            {
                if (skipInvalid)
                {
                    answers.Skipped++;
                    continue;
                }

                bool firstLine = row.Number == table.Rows[0].Number && !table.RowsAreRecords;
                string hint = firstLine && column is null ? " (if this is a header, name the answer column with --column)" : string.Empty;
                throw table.Error(row, scoreIndex, $"'{TextInput.ForMessage(text)}' is not an NPS answer (a whole number from 0 to 10){hint}");
            }

            answers.Scores.Add((byte)score);
            answers.Keys.Add(keyIndexes.Select(index => table.Text(row, index)).ToArray());
        }

        return answers;
    }
}
