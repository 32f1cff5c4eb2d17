using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// NPS and the 0..10 distribution over byte answers. NPS: the LINQ code a developer would write
/// (baseline), the scalar reference path, the library's vectorised path; distribution: the naive
/// <c>counts[b]++</c> loop (baseline) and the library's byte-lane kernel. The floor is a vectorised read
/// of the same bytes. Targets: within 2× of the read.
/// </summary>
[Config(typeof(LibraryConfig))]
public class NpsBenchmarks
{
    private byte[] scores = [];

    public static IEnumerable<int> Sizes_ => Sizes.Series(1_000_000, 100_000_000);

    [ParamsSource(nameof(Sizes_))]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        scores = new byte[Size];
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = (byte)random.Next(0, 11);
        }

        byte[] small = scores.AsSpan(0, Math.Min(scores.Length, 100_000)).ToArray();
        Sizes.WarmUp(() => Nps.Calculate(small));
        Sizes.WarmUp(() => Nps.CalculateDistribution(small));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("NPS")]
    public double NpsLinq()
    {
        int promoters = scores.Count(x => x >= 9);
        int detractors = scores.Count(x => x <= 6);
        return 100.0 * (promoters - detractors) / scores.Length;
    }

    [Benchmark, BenchmarkCategory("NPS")]
    public NpsResult NpsScalarReference() => NpsCounting.CountScalar(scores, "scores", 0);

    [Benchmark, BenchmarkCategory("NPS")]
    public NpsResult NpsLibrary() => Nps.Calculate(scores);

    [Benchmark, BenchmarkCategory("NPS")]
    public ulong NpsFloorRead() => Read(scores);

    [Benchmark(Baseline = true), BenchmarkCategory("Distribution")]
    public long[] DistributionNaive()
    {
        long[] counts = new long[11];
        foreach (byte score in scores)
        {
            counts[score]++;
        }

        return counts;
    }

    [Benchmark, BenchmarkCategory("Distribution")]
    public NpsDistribution DistributionLibrary() => Nps.CalculateDistribution(scores);

    [Benchmark, BenchmarkCategory("Distribution")]
    public ulong DistributionFloorRead() => Read(scores);

    /// <summary>
    /// Touches every byte once with the widest vectors, asking for the memory ahead as the library's kernels
    /// do (<c>Internal.Prefetch</c>): what reading the input costs. Without the prefetch the same read is
    /// slower and far noisier on the benchmark machine (3.4 ms against 4–8 ms for 100 MB), which would make
    /// a floor the kernels could beat.
    /// </summary>
    internal static unsafe ulong Read(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<Vector<ulong>> vectors = MemoryMarshal.Cast<byte, Vector<ulong>>(bytes);
        Vector<ulong> sum = Vector<ulong>.Zero;
        fixed (byte* pinned = bytes)
        {
            for (int i = 0; i < vectors.Length; i++)
            {
                CustomerMetrics.Internal.Prefetch.Ahead(pinned + (i * Vector<byte>.Count));
                sum += vectors[i];
            }
        }

        return Vector.Sum(sum);
    }
}
