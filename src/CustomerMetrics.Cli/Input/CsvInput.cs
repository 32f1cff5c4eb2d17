using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Input;

/// <summary>
/// Reads CSV with CsvHelper (RFC 4180: quoted fields that span lines, <c>""</c> escapes, CRLF, a UTF-8
/// byte-order mark), the delimiter given or detected from the header, blank lines skipped and counted.
/// Malformed quoting is located by the library's own reader, which names the exact line and column.
/// </summary>
internal static class CsvInput
{
    private static readonly char[] Candidates = [',', ';', '\t'];

    /// <summary>Reads a table; with <paramref name="hasHeader"/> the first non-blank record names the columns, else every row holds one value.</summary>
    internal static Table Read(string name, byte[] bytes, InputSettings settings, bool hasHeader)
    {
        char delimiter = settings.Delimiter ?? (hasHeader ? Detect(name, bytes) : ',');
        List<TableRow> records = Records(name, bytes, delimiter, out int blank);
        string[]? header = null;
        if (hasHeader)
        {
            if (records.Count == 0)
            {
                throw new CliException($"{name}: the file is empty; expected a header line naming the columns");
            }

            header = records[0].Fields.Select(field => field.Trim()).ToArray();
            records.RemoveAt(0);
        }

        int expected = header?.Length ?? 1;
        foreach (TableRow row in records)
        {
            if (row.Fields.Length != expected)
            {
                string what = header is null
                    ? $"expected one value per line, found {Plural.Of(row.Fields.Length, "field")}; name the column to read with --column"
                    : $"expected {Plural.Of(expected, "field")} as in the header, found {row.Fields.Length}";
                throw new CliException($"{name}:{row.Number}: {what}");
            }
        }

        return new Table(name, header, records, blank, rowsAreRecords: false, settings);
    }

    /// <summary>
    /// Every record of the input with the line it starts on, as CsvHelper reads it; blank lines (one field of
    /// white space) are counted, not returned.
    /// </summary>
    internal static List<TableRow> Records(string name, byte[] bytes, char delimiter, out int blankLines)
    {
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            MalformedData = CsvMalformedDataHandling.Throw,
            TrackLineNumbers = true,
            SkipEmptyLines = false,
        };

        var rows = new List<TableRow>();
        blankLines = 0;
        try
        {
            using CsvReader reader = CsvReader.Create(bytes, options);
            while (reader.Read())
            {
                string[] fields = new string[reader.FieldCount];
                for (int i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i);
                }

                if (fields.Length == 1 && fields[0].Trim().Length == 0)
                {
                    blankLines++;
                    continue;
                }

                rows.Add(new TableRow(reader.LineNumber, fields));
            }
        }
        catch (CsvFormatException error)
        {
            throw Locate(name, bytes, delimiter, error);
        }

        return rows;
    }

    /// <summary>How a delimiter is named in messages.</summary>
    internal static string DelimiterName(char delimiter) => delimiter == '\t' ? "tabs" : $"'{delimiter}'";

    /// <summary>The delimiter's name as a noun: comma, semicolon, tab.</summary>
    private static string Noun(char delimiter) => delimiter switch
    {
        ',' => "comma",
        ';' => "semicolon",
        _ => "tab",
    };

    private static IEnumerable<char> Ordered(IEnumerable<char> delimiters) => delimiters.OrderBy(c => Array.IndexOf(Candidates, c));

    /// <summary>How a delimiter is written as the value of <c>--delimiter</c>.</summary>
    internal static string DelimiterOption(char delimiter) => delimiter switch
    {
        '\t' => "tab",
        ';' => "';'",
        _ => delimiter.ToString(),
    };

    /// <summary>
    /// The delimiter of the header line: the one of <c>,</c> <c>;</c> and tab that occurs outside quotes.
    /// None means one column; more than one is ambiguous and names the choices.
    /// </summary>
    internal static char Detect(string name, byte[] bytes)
    {
        string text = Decode(bytes, maxBytes: 1 << 16);
        int start = 0;
        long line = 1;

        // Skip blank lines before the header.
        while (true)
        {
            int end = text.IndexOfAny(['\r', '\n'], start);
            string candidate = end < 0 ? text[start..] : text[start..end];
            if (candidate.Trim().Length > 0 || end < 0)
            {
                break;
            }

            start = end + (end + 1 < text.Length && text[end] == '\r' && text[end + 1] == '\n' ? 2 : 1);
            line++;
        }

        var counts = new Dictionary<char, int>();
        bool quoted = false;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && Array.IndexOf(Candidates, c) >= 0)
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }

        return counts.Count switch
        {
            0 => ',',
            1 => counts.Keys.Single(),
            _ => throw new CliException(
                $"{name}:{line}: the header has {string.Join(" and ", Ordered(counts.Keys).Select(c => Plural.Of(counts[c], Noun(c))))}, so the delimiter is ambiguous: pass {string.Join(" or ", Ordered(counts.Keys).Select(c => "--delimiter " + DelimiterOption(c)))}"),
        };
    }

    /// <summary>The exact place of malformed quoting, as the library's reader finds it; CsvHelper's own message otherwise.</summary>
    private static CliException Locate(string name, byte[] bytes, char delimiter, CsvFormatException error)
    {
        try
        {
            foreach (CsvRecord _ in CsvLine.Read(new StringReader(Decode(bytes, bytes.Length)), delimiter))
            {
            }
        }
        catch (InputFormatException located)
        {
            return new CliException($"{name}:{located.Line}:{located.Column}: {located.Reason}");
        }

        return new CliException($"{name}:{error.LineNumber}: malformed CSV: {error.Message}");
    }

    /// <summary>UTF-8 text of (the start of) the input, without a byte-order mark.</summary>
    private static string Decode(byte[] bytes, int maxBytes)
    {
        int offset = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        return Encoding.UTF8.GetString(bytes, offset, Math.Min(bytes.Length, maxBytes) - offset);
    }
}
