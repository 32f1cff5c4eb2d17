using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CustomerMetrics.Cli.Input;

/// <summary>One CSV record with its 1-based line number.</summary>
internal readonly record struct CsvRecord(long Line, IReadOnlyList<string> Fields);

/// <summary>
/// A small RFC 4180 reader: comma-separated fields, double-quoted fields with "" as an escaped quote.
/// Quoted fields may not span lines (survey exports do not need it), and a malformed quote is an error
/// that names the line and column. Blank lines are returned as records with one empty field so that
/// the caller decides what they mean.
/// </summary>
internal static class CsvReader
{
    internal static IEnumerable<CsvRecord> Read(TextReader reader, string fileName)
    {
        long lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            yield return new CsvRecord(lineNumber, SplitLine(line, fileName, lineNumber));
        }
    }

    internal static List<string> SplitLine(string line, string fileName, long lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                int opening = i;
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw CliException.AtInput(fileName, lineNumber, opening + 1, "unterminated quoted field");
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    throw CliException.AtInput(fileName, lineNumber, i + 1, "unexpected character after a closing quote");
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    field.Append(line[i++]);
                }
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return fields;
            }

            i++; // the comma
        }
    }
}
