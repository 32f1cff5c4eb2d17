using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CustomerMetrics.Internal;

/// <summary>One CSV record: the line it starts on (1-based) and its fields.</summary>
internal readonly struct CsvRecord
{
    internal CsvRecord(long line, List<string> fields)
    {
        Line = line;
        Fields = fields;
    }

    internal long Line { get; }

    internal List<string> Fields { get; }

    /// <summary>Whether the record is a blank line (one field holding nothing but white space).</summary>
    internal bool IsBlank => Fields.Count == 1 && Fields[0].Trim().Length == 0;
}

/// <summary>
/// Reads CSV records (RFC 4180): fields separated by a delimiter, double-quoted fields with <c>""</c> for a
/// quote, quoted fields that span lines, CRLF, LF or CR line ends, and a leading byte-order mark skipped.
/// A quote inside an unquoted field, text after a closing quote and a quote left open are errors that
/// name the line and column. The library's checklist reader uses it; it has no dependency.
/// </summary>
internal sealed class CsvLine
{
    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly StringBuilder field = new();
    private readonly char[] buffer = new char[4096];
    private int bufferPosition;
    private int bufferLength;
    private long line = 1;
    private int column = 1;
    private bool started;

    private CsvLine(TextReader reader, char delimiter)
    {
        this.reader = reader;
        this.delimiter = delimiter;
    }

    /// <summary>Reads every record, blank lines included (as one empty field), so the caller decides what they mean.</summary>
    internal static IEnumerable<CsvRecord> Read(TextReader reader, char delimiter = ',')
    {
        var csv = new CsvLine(reader, delimiter);
        while (csv.TryReadRecord(out CsvRecord record))
        {
            yield return record;
        }
    }

    /// <summary>Quotes a field when it holds the delimiter, a quote or a line break.</summary>
    internal static string Quote(string field, char delimiter = ',') =>
        field.IndexOf(delimiter) < 0 && field.IndexOf('"') < 0 && field.IndexOf('\n') < 0 && field.IndexOf('\r') < 0
            ? field
            : "\"" + field.Replace("\"", "\"\"") + "\"";

    private bool TryReadRecord(out CsvRecord record)
    {
        if (!started)
        {
            started = true;
            if (Peek() == '\uFEFF')
            {
                Next();
                column = 1;
            }
        }

        record = default;
        if (Peek() < 0)
        {
            return false;
        }

        long recordLine = line;
        var fields = new List<string>();
        while (true)
        {
            bool endOfRecord = ReadField();
            fields.Add(field.ToString());
            if (endOfRecord)
            {
                record = new CsvRecord(recordLine, fields);
                return true;
            }
        }
    }

    /// <summary>Reads one field into <see cref="field"/>; returns whether it ended the record.</summary>
    private bool ReadField()
    {
        field.Clear();
        if (Peek() == '"')
        {
            long openLine = line;
            int openColumn = column;
            Next();
            while (true)
            {
                int c = Next();
                if (c < 0)
                {
                    throw new InputFormatException("unterminated quoted field", openLine, openColumn);
                }

                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        Next();
                        field.Append('"');
                        continue;
                    }

                    break;
                }

                field.Append((char)c);
            }

            int after = Peek();
            if (after >= 0 && after != delimiter && after != '\n' && after != '\r')
            {
                throw new InputFormatException("unexpected character after a closing quote", line, column);
            }
        }
        else
        {
            while (true)
            {
                int c = Peek();
                if (c < 0 || c == delimiter || c == '\n' || c == '\r')
                {
                    break;
                }

                if (c == '"')
                {
                    throw new InputFormatException("a quote inside an unquoted field; put the whole field in quotes and double the quote", line, column);
                }

                field.Append((char)Next());
            }
        }

        int end = Next();
        if (end == delimiter)
        {
            return false;
        }

        if (end == '\r' && Peek() == '\n')
        {
            Next();
        }

        return true;
    }

    /// <summary>
    /// The next character without consuming it, or −1 at the end. The reader's own Peek is not used: on
    /// pipes it can report the end while more input is still on its way.
    /// </summary>
    private int Peek()
    {
        if (bufferPosition == bufferLength)
        {
            bufferLength = reader.Read(buffer, 0, buffer.Length);
            bufferPosition = 0;
            if (bufferLength <= 0)
            {
                bufferLength = 0;
                return -1;
            }
        }

        return buffer[bufferPosition];
    }

    /// <summary>Reads one character, keeping the line and column of the next one.</summary>
    private int Next()
    {
        int c = Peek();
        if (c >= 0)
        {
            bufferPosition++;
        }

        if (c == '\n' || (c == '\r' && Peek() != '\n'))
        {
            line++;
            column = 1;
        }
        else if (c >= 0)
        {
            column++;
        }

        return c;
    }
}
