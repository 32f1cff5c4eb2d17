using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// SLA compliance and one percentile over 10 M durations (the percentile by selection, with a full
/// sort as the baseline), and Erlang C staffing for about 500 agents.
/// </summary>
[MemoryDiagnoser]
public class ServiceLevelBenchmarks
{
    private double[] durations = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(13);
        durations = new double[10_000_000];
        for (int i = 0; i < durations.Length; i++)
        {
            durations[i] = -Math.Log(1 - random.NextDouble()) * 30; // exponential, mean 30 s
        }
    }

    [Benchmark]
    public SlaResult MeasureTenMillion() => Sla.Measure(durations, threshold: 60);

    [Benchmark]
    public double P95BySelection() => Sla.Percentile(durations, 95);

    [Benchmark]
    public double P95BySorting() => Sla.PercentilesOf(durations, [95])[0];

    [Benchmark]
    public StaffingResult ErlangCFiveHundredAgents() =>
        ErlangC.AgentsFor(5_000, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(20), targetServiceLevel: 0.8, shrinkage: 0.3);
}
