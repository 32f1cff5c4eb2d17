using System;
using System.Collections.Generic;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Input;

/// <summary>One row of an input table: the line it starts on (CSV) or its position (JSON), and its fields.</summary>
internal sealed record TableRow(long Number, string[] Fields);

/// <summary>
/// The rows of an input file, CSV or JSON, read the same way for every command: columns found by name
/// (trimmed, case-insensitive), numbers read strictly (<see cref="InputSettings"/>), and every bad cell
/// reported as one line that names the file, the line (or JSON record), the field and the column.
/// </summary>
internal sealed class Table
{
    internal Table(string name, string[]? header, List<TableRow> rows, int blankLines, bool rowsAreRecords, InputSettings settings)
    {
        Name = name;
        Header = header;
        Rows = rows;
        BlankLines = blankLines;
        RowsAreRecords = rowsAreRecords;
        Settings = settings;
    }

    /// <summary>The file as the user named it (<c>&lt;stdin&gt;</c> for standard input).</summary>
    internal string Name { get; }

    /// <summary>The column names, trimmed; <c>null</c> for a file without a header (one value per line).</summary>
    internal string[]? Header { get; }

    internal List<TableRow> Rows { get; }

    /// <summary>Lines that were empty or held only white space: ignored, and said so.</summary>
    internal int BlankLines { get; }

    /// <summary>Whether <see cref="TableRow.Number"/> counts JSON records rather than lines.</summary>
    internal bool RowsAreRecords { get; }

    internal InputSettings Settings { get; }

    /// <summary>The index of a column that must be there; otherwise an error that lists the columns.</summary>
    internal int Column(string name) =>
        OptionalColumn(name) ?? throw new CliException(
            $"{Name}: no column '{TextInput.ForMessage(name)}' in the header (columns: {string.Join(", ", RequireHeader().Select(TextInput.ForMessage))}){DelimiterHint()}");

    /// <summary>The index of a column, or <c>null</c> when the header has none of that name.</summary>
    internal int? OptionalColumn(string name)
    {
        string[] header = RequireHeader();
        int[] matches = Enumerable.Range(0, header.Length).Where(i => string.Equals(header[i], name.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
        return matches.Length switch
        {
            0 => null,
            1 => matches[0],
            _ => throw new CliException($"{Name}: the header has {matches.Length} columns named '{TextInput.ForMessage(name)}' (fields {string.Join(", ", matches.Select(i => i + 1))}); rename all but one"),
        };
    }

    /// <summary>The cell's text without surrounding white space.</summary>
    internal string Text(TableRow row, int column) => row.Fields[column].Trim();

    /// <summary>An error about one cell: <c>file:line:field (column): message</c>, or <c>file: record N, "column": message</c> for JSON.</summary>
    internal CliException Error(TableRow row, int column, string message)
    {
        string columnName = Header is null ? string.Empty : TextInput.ForMessage(Header[column]);
        if (RowsAreRecords)
        {
            return new CliException(Header is null ? $"{Name}: value {row.Number}: {message}" : $"{Name}: record {row.Number}, \"{columnName}\": {message}");
        }

        return new CliException(Header is null ? $"{Name}:{row.Number}:{column + 1}: {message}" : $"{Name}:{row.Number}:{column + 1} ({columnName}): {message}");
    }

    /// <summary>An error about a whole row.</summary>
    internal CliException Error(TableRow row, string message) =>
        new(RowsAreRecords ? $"{Name}: record {row.Number}: {message}" : $"{Name}:{row.Number}: {message}");

    /// <summary>A number in a cell; an empty cell, or no such column, gives <paramref name="defaultValue"/>.</summary>
    internal decimal Decimal(TableRow row, int? column, decimal defaultValue) =>
        Read(row, column, defaultValue, (string text, out decimal value, out string problem) => Settings.TryDecimal(text, out value, out problem));

    /// <inheritdoc cref="Decimal"/>
    internal double Double(TableRow row, int? column, double defaultValue) =>
        Read(row, column, defaultValue, (string text, out double value, out string problem) => Settings.TryDouble(text, out value, out problem));

    /// <inheritdoc cref="Decimal"/>
    internal int Int32(TableRow row, int? column, int defaultValue) =>
        Read(row, column, defaultValue, (string text, out int value, out string problem) => Settings.TryInt32(text, out value, out problem));

    private T Read<T>(TableRow row, int? column, T defaultValue, Reader<T> reader)
    {
        if (column is not { } index || Text(row, index).Length == 0)
        {
            return defaultValue;
        }

        return reader(Text(row, index), out T value, out string problem) ? value : throw Error(row, index, problem);
    }

    private string[] RequireHeader() => Header ?? throw new InvalidOperationException("The table was read without a header.");

    /// <summary>A header read as one column that holds another delimiter: the file is probably separated by it.</summary>
    private string DelimiterHint()
    {
        if (Header is not [string only])
        {
            return string.Empty;
        }

        char? other = only.Contains(';') ? ';' : only.Contains('\t') ? '\t' : only.Contains(',') ? ',' : null;
        return other is { } c ? $"; the header was read as one column: if the file is separated by {CsvInput.DelimiterName(c)}, pass --delimiter {CsvInput.DelimiterOption(c)}" : string.Empty;
    }

    private delegate bool Reader<T>(string text, out T value, out string problem);
}
