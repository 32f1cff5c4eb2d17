using System;
using System.Collections.Generic;
using System.IO;
using CustomerMetrics.Internal;

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
        try
        {
            return CsvLine.Split(line, lineNumber);
        }
        catch (InputFormatException error)
        {
            throw CliException.AtInput(fileName, lineNumber, error.Column ?? 1, error.Reason);
        }
    }
}
