using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// The cost of losing one client, and the expected loss of a portfolio of 1 M clients with its top 10.
/// Baseline: calculating every client's full result and sorting; floor: a walk over the same client
/// objects reading the bits of every field a scenario has.
/// </summary>
[Config(typeof(LibraryConfig))]
public class ClientLossBenchmarks
{
    private static readonly ClientLossScenario SourcesExample = new() { AnnualPurchases = 10_000m, AnnualIncrease = 2_000m, Years = 5, NetMargin = 0.2m };

    private static readonly ClientLossScenario EveryConvention = new()
    {
        AnnualPurchases = 10_000m,
        AnnualGrowthRate = 0.05,
        Years = 10,
        NetMargin = 0.2m,
        DiscountRate = 0.1,
        RetentionProbability = 0.9,
        AcquisitionCost = 5_000m,
    };

    private PortfolioClient[] clients = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        clients = new PortfolioClient[Sizes.Of(1_000_000)];
        for (int i = 0; i < clients.Length; i++)
        {
            var scenario = new ClientLossScenario
            {
                AnnualPurchases = random.Next(1_000, 100_000),
                AnnualIncrease = random.Next(-2_000, 5_000),
                Years = random.Next(1, 11),
                NetMargin = random.Next(5, 40) / 100m,
                DiscountRate = 0.08,
                RetentionProbability = 0.85,
            };
            clients[i] = new PortfolioClient($"C{i}", scenario, random.NextDouble());
        }

        PortfolioClient[] small = clients.AsSpan(0, 1_000).ToArray();
        Sizes.WarmUp(() => ClientLoss.Portfolio(small, top: 10));
    }

    [Benchmark, BenchmarkCategory("One client")]
    public ClientLossResult SourcesExampleScenario() => ClientLoss.Calculate(SourcesExample);

    [Benchmark, BenchmarkCategory("One client")]
    public ClientLossResult EveryConventionScenario() => ClientLoss.Calculate(EveryConvention);

    [Benchmark(Baseline = true), BenchmarkCategory("Portfolio 1M")]
    public decimal PortfolioNaive()
    {
        decimal expected = 0;
        var losses = new (decimal Loss, int Index)[clients.Length];
        for (int i = 0; i < clients.Length; i++)
        {
            decimal loss = (decimal)clients[i].ChurnProbability * ClientLoss.Calculate(clients[i].Scenario).TotalCost;
            expected += loss;
            losses[i] = (loss, i);
        }

        return expected + losses.OrderByDescending(l => l.Loss).Take(10).Sum(l => l.Loss);
    }

    [Benchmark, BenchmarkCategory("Portfolio 1M")]
    public ClientPortfolioResult PortfolioLibrary() => ClientLoss.Portfolio(clients, top: 10);

    [Benchmark, BenchmarkCategory("Portfolio 1M")]
    public ulong PortfolioFloorWalk()
    {
        // Every field's bits, combined without arithmetic on them: the cost of reaching the objects, not of
        // decimal additions (an earlier floor added the decimals and measured 34 ms, most of it arithmetic).
        ulong sum = 0;
        foreach (PortfolioClient client in clients)
        {
            ClientLossScenario s = client.Scenario;
            sum ^= Bits(s.AnnualPurchases) ^ Bits(s.AnnualIncrease) ^ Bits(s.NetMargin) ^ Bits(s.AcquisitionCost)
                ^ (ulong)BitConverter.DoubleToInt64Bits(s.AnnualGrowthRate) ^ (ulong)BitConverter.DoubleToInt64Bits(s.DiscountRate)
                ^ (ulong)BitConverter.DoubleToInt64Bits(s.RetentionProbability) ^ (ulong)BitConverter.DoubleToInt64Bits(client.ChurnProbability)
                ^ (ulong)s.Years ^ (ulong)s.Timing ^ (ulong)client.Id.Length;
        }

        return sum;
    }

    private static ulong Bits(decimal value)
    {
        ref ulong halves = ref System.Runtime.CompilerServices.Unsafe.As<decimal, ulong>(ref value);
        return halves ^ System.Runtime.CompilerServices.Unsafe.Add(ref halves, 1);
    }
}
