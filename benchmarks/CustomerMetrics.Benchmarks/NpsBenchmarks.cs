using System;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// NPS over byte answers: the straightforward LINQ code (baseline), the scalar reference, the
/// vectorised library path, and a plain vectorised read of the same bytes as the memory-bandwidth
/// reference. Target (SPEC): at 100 M answers the library is within 2× of <see cref="ReadBytes"/>
/// and at least 20× faster than <see cref="Linq"/>.
/// </summary>
[MemoryDiagnoser]
public class NpsBenchmarks
{
    private byte[] scores = [];

    [Params(1_000, 1_000_000, 100_000_000)]
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
    }

    [Benchmark(Baseline = true)]
    public double Linq()
    {
        int promoters = scores.Count(x => x >= 9);
        int detractors = scores.Count(x => x <= 6);
        return 100.0 * (promoters - detractors) / scores.Length;
    }

    [Benchmark]
    public NpsResult Scalar() => NpsCounting.CountScalar(scores, "scores", 0);

    [Benchmark]
    public NpsResult Vectorised() => Nps.Calculate(scores);

    [Benchmark]
    public NpsDistribution Distribution() => Nps.CalculateDistribution(scores);

    /// <summary>Touches every byte once with the widest vectors: what "memory bandwidth" costs.</summary>
    [Benchmark]
    public ulong ReadBytes()
    {
        ReadOnlySpan<Vector<ulong>> vectors = MemoryMarshal.Cast<byte, Vector<ulong>>(scores);
        Vector<ulong> sum = Vector<ulong>.Zero;
        foreach (Vector<ulong> vector in vectors)
        {
            sum += vector;
        }

        return Vector.Sum(sum);
    }
}
