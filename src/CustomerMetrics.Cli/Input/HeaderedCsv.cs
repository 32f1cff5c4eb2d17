using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CustomerMetrics.Cli.Input;

/// <summary>
/// A CSV file whose first line names the columns. Columns are found by name (case-insensitive);
/// values are parsed with the invariant culture, and a bad value is reported with its file, line,
/// column and text.
/// </summary>
internal sealed class HeaderedCsv
{
    private readonly IReadOnlyList<string> header;

    private HeaderedCsv(string fileName, IReadOnlyList<string> header, List<CsvRecord> rows)
    {
        FileName = fileName;
        this.header = header;
        Rows = rows;
    }

    internal string FileName { get; }

    internal List<CsvRecord> Rows { get; }

    internal int ColumnCount => header.Count;

    internal static HeaderedCsv Read(TextReader reader, string fileName)
    {
        IReadOnlyList<string>? header = null;
        var rows = new List<CsvRecord>();
        foreach (CsvRecord record in CsvReader.Read(reader, fileName))
        {
            if (header is null)
            {
                header = record.Fields.Select(field => field.Trim()).ToList();
                continue;
            }

            if (record.Fields.Count == 1 && record.Fields[0].Trim().Length == 0)
            {
                continue; // a blank line holds no row
            }

            if (record.Fields.Count != header.Count)
            {
                throw CliException.AtInput(fileName, record.Line, Math.Min(record.Fields.Count, header.Count) + 1, $"expected {header.Count} fields as in the header, found {record.Fields.Count}");
            }

            rows.Add(record);
        }

        return header is null
            ? throw new CliException($"{fileName}: the file is empty; expected a header line")
            : new HeaderedCsv(fileName, header, rows);
    }

    internal int Required(string column) => RequiredColumn(header, column, FileName, line: 1);

    internal int? Optional(string column) => FindColumn(header, column);

    /// <summary>The index of a column in a header (trimmed, case-insensitive), or <c>null</c>.</summary>
    internal static int? FindColumn(IReadOnlyList<string> header, string column)
    {
        for (int i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The index of a column that must be there; otherwise an error that lists the columns.</summary>
    internal static int RequiredColumn(IReadOnlyList<string> header, string column, string fileName, long line) =>
        FindColumn(header, column)
        ?? throw CliException.AtInput(fileName, line, 1, $"no column '{column}' in the header (columns: {string.Join(", ", header.Select(h => h.Trim()))})");

    internal string Text(CsvRecord row, int column) => row.Fields[column].Trim();

    internal decimal Decimal(CsvRecord row, int? column, decimal defaultValue) =>
        Parse(row, column, defaultValue, "a number", (string text, out decimal value) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value));

    internal double Double(CsvRecord row, int? column, double defaultValue) =>
        Parse(row, column, defaultValue, "a number", (string text, out double value) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value));

    internal int Int(CsvRecord row, int? column, int defaultValue) =>
        Parse(row, column, defaultValue, "a whole number", (string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value));

    /// <summary>An error about one cell, in the usual <c>file:line:column: message</c> form.</summary>
    internal CliException Error(CsvRecord row, int column, string message) => CliException.AtInput(FileName, row.Line, column + 1, message);

    private T Parse<T>(CsvRecord row, int? column, T defaultValue, string what, TryParser<T> parser)
    {
        if (column is not { } index)
        {
            return defaultValue;
        }

        string text = Text(row, index);
        if (text.Length == 0)
        {
            return defaultValue;
        }

        return parser(text, out T value)
            ? value
            : throw Error(row, index, $"'{text}' in column '{header[index]}' is not {what} (use a dot as the decimal separator)");
    }

    private delegate bool TryParser<T>(string text, out T value);
}
