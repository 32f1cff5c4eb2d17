using System;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// SLA compliance, one percentile and the response-time sketch over 10 M durations, and Erlang C staffing
/// for about 500 agents. Baselines: LINQ's count, sorting a copy, and the textbook Erlang B recursion;
/// floors: a vectorised read of the same doubles.
/// </summary>
[Config(typeof(LibraryConfig))]
public class ServiceLevelBenchmarks
{
    private double[] durations = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(13);
        durations = new double[Sizes.Of(10_000_000)];
        for (int i = 0; i < durations.Length; i++)
        {
            durations[i] = -Math.Log(1 - random.NextDouble()) * 30; // exponential, mean 30 s
        }

        double[] small = durations.AsSpan(0, 10_000).ToArray();
        Sizes.WarmUp(() => Sla.Measure(small, 60));
        Sizes.WarmUp(() => Sla.Percentile(small, 95));
        Sizes.WarmUp(() => ResponseTimeSketch.Create(small));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("SLA 10M")]
    public int MeasureLinq() => durations.Count(d => d <= 60);

    [Benchmark, BenchmarkCategory("SLA 10M")]
    public SlaResult MeasureLibrary() => Sla.Measure(durations, threshold: 60);

    [Benchmark, BenchmarkCategory("SLA 10M")]
    public double MeasureFloorRead() => Read(durations);

    [Benchmark(Baseline = true), BenchmarkCategory("p95 10M")]
    public double PercentileBySorting()
    {
        double[] copy = (double[])durations.Clone();
        Array.Sort(copy);
        double h = (copy.Length - 1) * 0.95;
        int low = (int)h;
        return copy[low] + ((h - low) * (copy[Math.Min(low + 1, copy.Length - 1)] - copy[low]));
    }

    [Benchmark, BenchmarkCategory("p95 10M")]
    public double PercentileLibrary() => Sla.Percentile(durations, 95);

    [Benchmark, BenchmarkCategory("p95 10M")]
    public double PercentileFloorRead() => Read(durations);

    [Benchmark, BenchmarkCategory("Sketch 10M")]
    public ResponseTimeSketch SketchLibrary() => ResponseTimeSketch.Create(durations);

    [Benchmark(Baseline = true), BenchmarkCategory("Erlang C ~500 agents")]
    public int ErlangTextbook()
    {
        // The plain Erlang B recursion, then Erlang C and the service level, for 1, 2, … agents until the target is met.
        const double traffic = 500, target = 0.8, ratio = 20.0 / 180;
        for (int agents = (int)traffic + 1; ; agents++)
        {
            double b = ErlangC.ErlangBReference(traffic, agents);
            double pw = agents * b / (agents - (traffic * (1 - b)));
            if (1 - (pw * Math.Exp(-(agents - traffic) * ratio)) >= target)
            {
                return agents;
            }
        }
    }

    [Benchmark, BenchmarkCategory("Erlang C ~500 agents")]
    public StaffingResult ErlangLibrary() =>
        ErlangC.AgentsFor(5_000, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(20), targetServiceLevel: 0.8, shrinkage: 0.3);

    private static double Read(double[] values) => NpsBenchmarks.Read(MemoryMarshal.AsBytes(values.AsSpan()));
}
