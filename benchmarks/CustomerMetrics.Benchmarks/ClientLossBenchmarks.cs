using System;
using BenchmarkDotNet.Attributes;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// The cost of losing one client (the sources' example, and every convention at once), and the
/// expected loss of a portfolio of 1 M clients in one pass (target: linear, no allocation per client).
/// </summary>
[MemoryDiagnoser]
public class ClientLossBenchmarks
{
    private static readonly ClientLossScenario SourcesExample = new()
    {
        AnnualPurchases = 10_000m,
        AnnualIncrease = 2_000m,
        Years = 5,
        NetMargin = 0.2m,
    };

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
        clients = new PortfolioClient[1_000_000];
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
    }

    [Benchmark]
    public ClientLossResult SourcesExampleScenario() => ClientLoss.Calculate(SourcesExample);

    [Benchmark]
    public ClientLossResult EveryConventionScenario() => ClientLoss.Calculate(EveryConvention);

    [Benchmark]
    public ClientPortfolioResult PortfolioOfOneMillion() => ClientLoss.Portfolio(clients, top: 10);
}
