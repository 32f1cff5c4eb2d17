using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// Merging the tallies of 1 000 shards and computing every figure of the whole: what the coordinator of a
/// sharded CRM does after each shard (or SQL engine) has computed its own.
/// </summary>
[Config(typeof(LibraryConfig))]
public class MergeBenchmarks
{
    private const int Shards = 1_000;
    private NpsDistribution[] nps = [];
    private SocoTally[] soco = [];
    private AuditSummary[] audits = [];
    private ResponseTimeSketch[] sketches = [];
    private ClientPortfolioResult[] portfolios = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        nps = Enumerable.Range(0, Shards).Select(_ => NpsDistribution.FromCounts(Enumerable.Range(0, 11).Select(_ => (long)random.Next(0, 1_000)).ToArray())).ToArray();
        SocoInstrument instrument = SocoInstrument.Full24;
        soco = Enumerable.Range(0, Shards).Select(_ =>
        {
            byte[] answers = new byte[50 * 24];
            for (int i = 0; i < answers.Length; i++)
            {
                answers[i] = (byte)random.Next(1, 10);
            }

            return instrument.TallyBatch(answers);
        }).ToArray();
        string[] sections = ["Store", "Contact", "Delivery"];
        audits = Enumerable.Range(0, Shards).Select(_ => AuditIndex.Summarize(Enumerable.Range(0, 5).Select(_ =>
            AuditIndex.Score(Enumerable.Range(0, 9).Select(i => new AuditCheck($"i{i}", (AuditOutcome)random.Next(0, 3), 1, false, sections[i % 3])))))).ToArray();
        sketches = Enumerable.Range(0, Shards).Select(_ => ResponseTimeSketch.Create(Enumerable.Range(0, 200).Select(_ => random.NextDouble() * 600).ToArray())).ToArray();
        var scenario = new ClientLossScenario { AnnualPurchases = 10_000m, Years = 5, NetMargin = 0.2m, DiscountRate = 0.1 };
        portfolios = Enumerable.Range(0, Shards).Select(shard => ClientLoss.Portfolio(Enumerable.Range(0, 20).Select(i => new PortfolioClient($"C{shard}-{i}", scenario with { AnnualPurchases = random.Next(1_000, 50_000) }, random.NextDouble())), top: 10, firstPosition: shard * 20L)).ToArray();
    }

    [Benchmark]
    public double Nps() => nps.Aggregate((a, b) => a + b).ToResult().ConfidenceInterval().Upper;

    [Benchmark]
    public double Soco() => soco.Aggregate((a, b) => a + b).ToSummary().CronbachAlpha;

    [Benchmark]
    public double Audit() => audits.Aggregate((a, b) => a + b).PooledIndex;

    [Benchmark]
    public double Sketch() => sketches.Aggregate((a, b) => a + b).Percentile(95);

    [Benchmark]
    public decimal Portfolio() => portfolios.Aggregate((a, b) => a + b).ExpectedLoss;
}
