using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;

namespace CustomerMetrics.Cli.Output;

/// <summary>
/// The report for spreadsheets: each section as one tidy table (one row per segment, period, audit,
/// respondent…), numbers with the precision their column states, invariant culture, RFC 4180 quoting,
/// and text that a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>) escaped.
/// </summary>
internal static class CsvReport
{
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\n",
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
        TrueValue = "true",
        FalseValue = "false",
    };

    /// <summary>The table a section is written as: its tidy table, or its figures as one row.</summary>
    internal static ReportTable TableOf(ReportSection section)
    {
        if (section.CsvTable is { } table)
        {
            return table;
        }

        List<Figure> figures = section.Figures.Where(f => f.Key is not null).ToList();
        var single = new ReportTable(section.Key, section.Title, figures.Select(f => new Column(f.Key!, f.Label)).ToList());
        single.Rows.Add(figures.Select(f => (f.Value, f.Display ?? string.Empty)).ToArray());
        return single;
    }

    internal static void Write(TextWriter output, ReportTable table)
    {
        using CsvWriter csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (Column column in table.Columns)
        {
            csv.WriteField(column.Key);
        }

        csv.EndRecord();
        foreach (var row in table.Rows)
        {
            for (int i = 0; i < table.Columns.Count; i++)
            {
                WriteCell(csv, row[i].Value, table.Columns[i].CsvFormat);
            }

            csv.EndRecord();
        }
    }

    private static void WriteCell(CsvWriter csv, object? value, string? format)
    {
        switch (value)
        {
            case null:
            case double number when !double.IsFinite(number):
                csv.WriteField(string.Empty);
                break;
            case double number:
                csv.WriteField(number, format ?? "0.######");
                break;
            case decimal money:
                csv.WriteField(money, format ?? "0.00");
                break;
            case long count:
                csv.WriteField(count, default);
                break;
            case int count:
                csv.WriteField(count, default);
                break;
            case bool flag:
                csv.WriteField(flag);
                break;
            default:
                csv.WriteField(System.Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
