using System;
using BenchmarkDotNet.Attributes;
using CustomerMetrics.Data;
using DuckDB.NET.Data;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// The NPS distribution of 10⁸ answers stored in DuckDB (in process): pulling every row into .NET and
/// counting there (baseline) against the engine computing the counts (SqlTallies, 11 rows back).
/// </summary>
[Config(typeof(LibraryConfig))]
public class PushdownBenchmarks
{
    private DuckDBConnection connection = null!;

    [GlobalSetup]
    public void Setup()
    {
        connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE survey AS SELECT CAST(hash(i) % 11 AS INTEGER) AS score FROM range({Sizes.Of(100_000_000)}) t(i)";
        command.ExecuteNonQuery();
    }

    [GlobalCleanup]
    public void Cleanup() => connection.Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("NPS of 10^8 rows in DuckDB")]
    public NpsDistribution PullRows()
    {
        long[] counts = new long[11];
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT score FROM survey";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[reader.GetInt32(0)]++;
        }

        return NpsDistribution.FromCounts(counts);
    }

    [Benchmark, BenchmarkCategory("NPS of 10^8 rows in DuckDB")]
    public NpsDistribution Pushdown() =>
        new SqlTallies(connection, SqlDialect.DuckDb).NpsDistributionAsync(SqlSource.Table("survey"), "score").GetAwaiter().GetResult();
}
