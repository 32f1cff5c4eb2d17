using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CustomerMetrics.Cli.Input;

/// <summary>NPS answers read from CSV, with the extra columns a report groups by.</summary>
internal sealed class NpsAnswers
{
    internal List<byte> Scores { get; } = new();

    /// <summary>Values of the extra columns asked for, one array per answer (same order as <see cref="Scores"/>).</summary>
    internal List<string[]> Keys { get; } = new();

    /// <summary>Empty cells or blank lines: no answer given. Counted and reported, never scored.</summary>
    internal long Blank { get; set; }

    /// <summary>Values outside 0..10 or not integers, when the user asked to skip them.</summary>
    internal long Skipped { get; set; }

    /// <summary>
    /// Reads answers. Without <paramref name="column"/> every line holds one answer and there is no
    /// header; with it, the first line is a header and <paramref name="column"/> names the answer column.
    /// </summary>
    internal static NpsAnswers Read(TextReader reader, string fileName, string? column, IReadOnlyList<string> keyColumns, bool skipInvalid)
    {
        var answers = new NpsAnswers();
        int scoreIndex = 0;
        int[] keyIndexes = [];
        int expectedFields = 1;
        bool headerPending = column is not null;
        foreach (CsvRecord record in CsvReader.Read(reader, fileName))
        {
            if (headerPending)
            {
                headerPending = false;
                scoreIndex = HeaderedCsv.RequiredColumn(record.Fields, column!, fileName, record.Line);
                keyIndexes = keyColumns.Select(key => HeaderedCsv.RequiredColumn(record.Fields, key, fileName, record.Line)).ToArray();
                expectedFields = record.Fields.Count;
                continue;
            }

            if (record.Fields.Count == 1 && record.Fields[0].Trim().Length == 0)
            {
                answers.Blank++;
                continue;
            }

            if (record.Fields.Count != expectedFields)
            {
                string hint = column is null ? "; name the answer column with --column" : string.Empty;
                throw CliException.AtInput(
                    fileName,
                    record.Line,
                    Math.Min(record.Fields.Count, expectedFields) + 1,
                    $"expected {expectedFields} field(s), found {record.Fields.Count}{hint}");
            }

            string text = record.Fields[scoreIndex].Trim();
            if (text.Length == 0)
            {
                answers.Blank++;
                continue;
            }

            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int score) || score is < Nps.MinScore or > Nps.MaxScore)
            {
                if (skipInvalid)
                {
                    answers.Skipped++;
                    continue;
                }

                string hint = record.Line == 1 && column is null ? " (if this is a header, name the answer column with --column)" : string.Empty;
                throw CliException.AtInput(fileName, record.Line, scoreIndex + 1, $"'{text}' is not an NPS answer (an integer from 0 to 10){hint}");
            }

            answers.Scores.Add((byte)score);
            answers.Keys.Add(keyIndexes.Select(index => record.Fields[index].Trim()).ToArray());
        }

        if (headerPending)
        {
            throw new CliException($"{fileName}: the file is empty; expected a header with a column '{column}'");
        }

        return answers;
    }
}
