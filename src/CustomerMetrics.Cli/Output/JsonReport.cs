using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CustomerMetrics.Cli.Output;

/// <summary>
/// The report as one JSON object per section: every figure at full precision, every table as an array of
/// row objects, each distribution as an object of counts, and the notes. Undefined figures are null.
/// </summary>
internal static class JsonReport
{
    internal static void Write(TextWriter output, IReadOnlyList<ReportSection> sections)
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
                    WriteValue(json, figure.Value);
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
                            WriteValue(json, row[i].Value);
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                foreach (Chart chart in section.Charts.Where(c => c.IsDistribution))
                {
                    json.WriteStartObject(chart.Key);
                    foreach (ChartPoint point in chart.Points)
                    {
                        json.WritePropertyName(point.Label);
                        WriteValue(json, point.Value);
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

    /// <summary>A section's figures, tables and distributions share one JSON object, so their keys must differ.</summary>
    private static void EnsureUniqueKeys(ReportSection section)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { "title", "notes" };
        IEnumerable<string> all = section.Figures.Select(f => f.Key).OfType<string>()
            .Concat(section.Tables.Select(t => t.Key))
            .Concat(section.Charts.Where(c => c.IsDistribution).Select(c => c.Key));
        foreach (string key in all)
        {
            if (!keys.Add(key))
            {
                throw new InvalidOperationException($"Report section '{section.Key}' uses the key '{key}' twice.");
            }
        }
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
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
}
