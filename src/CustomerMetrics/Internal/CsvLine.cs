using System.Collections.Generic;
using System.Text;

namespace CustomerMetrics.Internal;

/// <summary>
/// Splits one CSV line (RFC 4180: comma-separated, double-quoted fields with "" for a quote). Quoted
/// fields may not span lines. Shared by the library's checklist reader and the command-line tool.
/// </summary>
internal static class CsvLine
{
    internal static List<string> Split(string line, long lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                int opening = i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new InputFormatException("unterminated quoted field", lineNumber, opening + 1);
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
                    throw new InputFormatException("unexpected character after a closing quote", lineNumber, i + 1);
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

    /// <summary>Quotes a field when it holds a comma, a quote or a line break.</summary>
    internal static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";
}
