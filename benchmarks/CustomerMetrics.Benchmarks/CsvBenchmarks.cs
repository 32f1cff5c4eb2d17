using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// Reading a 1 M-row survey export (score, channel, month, comment; a tenth of the comments quoted, some
/// with line breaks and doubled quotes): the library's own RFC 4180 reader (baseline), CsvHelper as the
/// command-line tool uses it, and the floor, decoding the same bytes as UTF-8 text.
/// </summary>
[Config(typeof(LibraryConfig))]
public class CsvBenchmarks
{
    private byte[] file = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var text = new StringBuilder("score,channel,month,comment\n");
        string[] channels = ["web", "store", "phone"];
        for (int i = 0; i < Sizes.Of(1_000_000); i++)
        {
            string comment = (i % 10) switch { 0 => "\"Slow, but \"\"polite\"\"\"", 1 => "\"two\nlines\"", 2 => "fine", _ => string.Empty };
            text.Append(random.Next(11)).Append(',').Append(channels[i % 3]).Append(",2026-").Append((1 + (i % 12)).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append(',').Append(comment).Append('\n');
        }

        file = Encoding.UTF8.GetBytes(text.ToString());
    }

    [Benchmark(Baseline = true), BenchmarkCategory("CSV 1M rows")]
    public long OwnReader()
    {
        long fields = 0;
        using var reader = new StreamReader(new MemoryStream(file), Encoding.UTF8);
        foreach (CsvRecord record in CsvLine.Read(reader))
        {
            fields += record.Fields.Count;
        }

        return fields;
    }

    [Benchmark, BenchmarkCategory("CSV 1M rows")]
    public long CsvHelperReader()
    {
        long fields = 0;
        foreach (TableRow row in CsvInput.Records("survey.csv", file, ',', out _))
        {
            fields += row.Fields.Length;
        }

        return fields;
    }

    [Benchmark, BenchmarkCategory("CSV 1M rows")]
    public int FloorDecode() => Encoding.UTF8.GetString(file).Length;
}
