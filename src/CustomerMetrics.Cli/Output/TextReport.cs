using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CustomerMetrics.Cli.Output;

/// <summary>
/// The report for a terminal: aligned figures and tables, distributions as bar charts, notes. Colours
/// (ANSI) only when asked for: the caller decides from the terminal and <c>NO_COLOR</c>.
/// </summary>
internal static class TextReport
{
    private const int ChartWidth = 40;

    internal static void Write(TextWriter output, IReadOnlyList<ReportSection> sections, bool colors)
    {
        var paint = new Paint(colors);
        bool first = true;
        foreach (ReportSection section in sections)
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            output.WriteLine(paint.Bold(section.Title));
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
                WriteTable(output, table, paint);
            }

            foreach (Chart chart in section.Charts.Where(c => c.IsDistribution))
            {
                output.WriteLine();
                output.WriteLine(paint.Bold(chart.Title));
                WriteBars(output, chart, paint);
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

    private static void WriteTable(TextWriter output, ReportTable table, Paint paint)
    {
        output.WriteLine(paint.Bold(table.Title));
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

        if (table.Rows.Count == 0)
        {
            output.WriteLine("(none)");
        }
    }

    /// <summary>Horizontal bars scaled to the largest value; a non-zero count always shows at least one mark.</summary>
    private static void WriteBars(TextWriter output, Chart chart, Paint paint)
    {
        double max = Math.Max(1, chart.Points.Max(point => double.IsNaN(point.Value) ? 0 : point.Value));
        int labelWidth = chart.Points.Max(point => point.Label.Length);
        foreach (ChartPoint point in chart.Points)
        {
            double value = double.IsNaN(point.Value) ? 0 : point.Value;
            int length = (int)Math.Round(value * ChartWidth / max, MidpointRounding.AwayFromZero);
            if (value > 0 && length == 0)
            {
                length = 1;
            }

            string bar = paint.Category(new string('#', length), point.Category);
            output.WriteLine($"{point.Label.PadLeft(labelWidth)} | {bar}{(length > 0 ? " " : string.Empty)}{point.Display}");
        }
    }

    /// <summary>ANSI colours, or plain text.</summary>
    private readonly struct Paint(bool enabled)
    {
        internal string Bold(string text) => enabled ? $"\u001b[1m{text}\u001b[0m" : text;

        internal string Category(string text, string? category)
        {
            if (!enabled || text.Length == 0)
            {
                return text;
            }

            string? code = category switch
            {
                "promoter" or "met" => "32",
                "passive" => "33",
                "detractor" or "missed" => "31",
                _ => null,
            };
            return code is null ? text : $"\u001b[{code}m{text}\u001b[0m";
        }
    }
}
