using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Output;

/// <summary>Writes report sections as an aligned table with bar charts, as JSON, or as CSV rows.</summary>
internal static class ReportWriter
{
    private const int ChartWidth = 40;

    internal static void Write(TextWriter output, IReadOnlyList<ReportSection> sections, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(output, sections);
                break;
            case OutputFormat.Csv:
                WriteCsv(output, sections);
                break;
            default:
                WriteTable(output, sections);
                break;
        }
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<ReportSection> sections)
    {
        bool first = true;
        foreach (ReportSection section in sections)
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            output.WriteLine(section.Title);
            output.WriteLine(new string('=', section.Title.Length));
            List<Figure> shown = section.Figures.Where(f => f.Display is not null).ToList();
            int labelWidth = shown.Count == 0 ? 0 : shown.Max(f => f.Label.Length);
            foreach (Figure figure in shown)
            {
                output.WriteLine($"{figure.Label.PadRight(labelWidth)}  {figure.Display}");
            }

            foreach (ReportTable table in section.Tables)
            {
                output.WriteLine();
                WriteAlignedTable(output, table);
            }

            if (section.Chart.Count > 0)
            {
                output.WriteLine();
                if (section.ChartTitle is not null)
                {
                    output.WriteLine(section.ChartTitle);
                }

                WriteChart(output, section.Chart);
            }

            if (section.Notes.Count > 0)
            {
                output.WriteLine();
                foreach (string note in section.Notes)
                {
                    output.WriteLine($"Note: {note}");
                }
            }
        }
    }

    private static void WriteAlignedTable(TextWriter output, ReportTable table)
    {
        output.WriteLine(table.Title);
        int[] widths = table.Columns
            .Select((column, i) => Math.Max(column.Label.Length, table.Rows.Count == 0 ? 0 : table.Rows.Max(row => row[i].Display.Length)))
            .ToArray();
        string Cell(string text, int i) => table.Columns[i].RightAligned ? text.PadLeft(widths[i]) : text.PadRight(widths[i]);
        output.WriteLine(string.Join("  ", table.Columns.Select((column, i) => Cell(column.Label, i))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(width => new string('-', width))));
        foreach (var row in table.Rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => Cell(cell.Display, i))).TrimEnd());
        }
    }

    private static void WriteChart(TextWriter output, IReadOnlyList<Bar> bars)
    {
        long max = Math.Max(1, bars.Max(bar => bar.Count));
        int labelWidth = bars.Max(bar => bar.Label.Length);
        foreach (Bar bar in bars)
        {
            // Round to the nearest character, but never hide a non-zero count entirely.
            int length = (int)Math.Round((double)bar.Count * ChartWidth / max, MidpointRounding.AwayFromZero);
            if (bar.Count > 0 && length == 0)
            {
                length = 1;
            }

            output.WriteLine($"{bar.Label.PadLeft(labelWidth)} | {new string('#', length)}{(length > 0 ? " " : string.Empty)}{bar.Count.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<ReportSection> sections)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            foreach (ReportSection section in sections)
            {
                EnsureUniqueKeys(section);
                json.WriteStartObject(section.Key);
                json.WriteString("title", section.Title);
                foreach (Figure figure in section.Figures.Where(f => f.Key is not null))
                {
                    json.WritePropertyName(figure.Key!);
                    WriteJsonValue(json, figure.Value);
                }

                foreach (ReportTable table in section.Tables)
                {
                    json.WriteStartArray(table.Key);
                    foreach (var row in table.Rows)
                    {
                        json.WriteStartObject();
                        for (int i = 0; i < table.Columns.Count; i++)
                        {
                            json.WritePropertyName(table.Columns[i].Key);
                            WriteJsonValue(json, row[i].Value);
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                if (section.Chart.Count > 0)
                {
                    json.WriteStartObject("distribution");
                    foreach (Bar bar in section.Chart)
                    {
                        json.WriteNumber(bar.Label, bar.Count);
                    }

                    json.WriteEndObject();
                }

                if (section.Notes.Count > 0)
                {
                    json.WriteStartArray("notes");
                    foreach (string note in section.Notes)
                    {
                        json.WriteStringValue(note);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>A section's figures, tables and distribution share one JSON object, so their keys must differ.</summary>
    private static void EnsureUniqueKeys(ReportSection section)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { "title", "distribution", "notes" };
        foreach (string key in section.Figures.Select(f => f.Key).OfType<string>().Concat(section.Tables.Select(t => t.Key)))
        {
            if (!keys.Add(key))
            {
                throw new InvalidOperationException($"Report section '{section.Key}' uses the key '{key}' twice.");
            }
        }
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case double number when !double.IsFinite(number):
                json.WriteNullValue(); // JSON has no NaN: an undefined figure is null.
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case long count:
                json.WriteNumberValue(count);
                break;
            case decimal money:
                json.WriteNumberValue(money);
                break;
            case int count:
                json.WriteNumberValue(count);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteCsv(TextWriter output, IReadOnlyList<ReportSection> sections)
    {
        // Long format, one value per row, so that every section fits one header.
        output.WriteLine("section,table,row,metric,value");
        foreach (ReportSection section in sections)
        {
            foreach (Figure figure in section.Figures.Where(f => f.Key is not null))
            {
                WriteCsvRow(output, section.Key, string.Empty, string.Empty, figure.Key!, figure.Value);
            }

            foreach (ReportTable table in section.Tables)
            {
                for (int r = 0; r < table.Rows.Count; r++)
                {
                    string rowKey = table.Rows[r][0].Display;
                    for (int i = 1; i < table.Columns.Count; i++)
                    {
                        WriteCsvRow(output, section.Key, table.Key, rowKey, table.Columns[i].Key, table.Rows[r][i].Value);
                    }
                }
            }

            foreach (Bar bar in section.Chart)
            {
                WriteCsvRow(output, section.Key, "distribution", bar.Label, "count", bar.Count);
            }
        }
    }

    private static void WriteCsvRow(TextWriter output, string section, string table, string row, string metric, object? value)
    {
        string text = value switch
        {
            null => string.Empty,
            double number when !double.IsFinite(number) => string.Empty,
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };
        output.WriteLine(string.Join(",", new[] { section, table, row, metric, text }.Select(field => CsvLine.Quote(field))));
    }
}
