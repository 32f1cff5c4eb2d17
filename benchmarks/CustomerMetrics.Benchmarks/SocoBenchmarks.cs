using System;
using System.Linq;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Attributes;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// SOCO: scoring 1 M respondents × 24 items from a byte matrix, and Cronbach's alpha with every item
/// statistic over 100 K respondents. Baselines: the per-respondent reference paths (a plain loop calling
/// <c>Score</c>; <c>Summarize</c> over int arrays). Floors: reading the matrix and writing the scores; reading it.
/// </summary>
[Config(typeof(LibraryConfig))]
public class SocoBenchmarks
{
    private static readonly SocoInstrument Instrument = SocoInstrument.Full24;
    private byte[] matrix = [];
    private byte[] sample = [];
    private int[][] sampleRows = [];
    private SocoScore[] scores = [];

    [GlobalSetup]
    public void Setup()
    {
        int respondents = Sizes.Of(1_000_000);
        var random = new Random(3);
        matrix = new byte[respondents * 24];
        for (int r = 0; r < respondents; r++)
        {
            int level = random.Next(2, 9);
            for (int i = 0; i < 24; i++)
            {
                int answer = i < 12 ? level : 10 - level;
                matrix[(r * 24) + i] = (byte)Math.Clamp(answer + random.Next(-1, 2), 1, 9);
            }
        }

        sample = matrix.AsSpan(0, Math.Min(respondents, Sizes.Of(100_000)) * 24).ToArray();
        sampleRows = Enumerable.Range(0, sample.Length / 24).Select(r => sample.AsSpan(r * 24, 24).ToArray().Select(b => (int)b).ToArray()).ToArray();
        scores = new SocoScore[respondents];
        byte[] small = matrix.AsSpan(0, 24 * 1_000).ToArray();
        var smallScores = new SocoScore[1_000];
        Sizes.WarmUp(() => Instrument.ScoreBatch(small, smallScores));
        Sizes.WarmUp(() => Instrument.SummarizeBatch(small));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Score 1M x 24")]
    public int ScoreNaiveLoop()
    {
        Span<int> row = stackalloc int[24];
        for (int r = 0; r < scores.Length; r++)
        {
            for (int i = 0; i < 24; i++)
            {
                row[i] = matrix[(r * 24) + i];
            }

            scores[r] = Instrument.Score(row);
        }

        return scores.Length;
    }

    [Benchmark, BenchmarkCategory("Score 1M x 24")]
    public int ScoreLibrary() => Instrument.ScoreBatch(matrix, scores);

    /// <summary>Reads every answer and writes every score once: the memory traffic scoring cannot avoid.</summary>
    [Benchmark, BenchmarkCategory("Score 1M x 24")]
    public int ScoreFloorReadWrite()
    {
        ulong sum = NpsBenchmarks.Read(matrix);
        var score = default(SocoScore);
        scores.AsSpan().Fill(score);
        return (int)sum + scores.Length;
    }

    /// <summary>
    /// The same traffic with the scores written by streaming stores (32 bytes at a time), which do not read the
    /// lines they write: the least that scoring can do once the scores are larger than the cache.
    /// </summary>
    [Benchmark, BenchmarkCategory("Score 1M x 24")]
    public unsafe int ScoreFloorReadStream()
    {
        if (!Avx.IsSupported)
        {
            return ScoreFloorReadWrite(); // no streaming stores here: the ordinary write is the floor
        }

        ulong sum = NpsBenchmarks.Read(matrix);
        fixed (SocoScore* pinned = scores)
        {
            byte* start = (byte*)pinned;
            byte* end = start + ((long)scores.Length * sizeof(SocoScore));
            byte* p = start;
            for (; p < end && ((nuint)p % 32) != 0; p += sizeof(long))
            {
                Sse2.X64.StoreNonTemporal((long*)p, 0L);
            }

            for (; p + 32 <= end; p += 32)
            {
                Avx.StoreAlignedNonTemporal(p, Vector256<byte>.Zero);
            }

            for (; p < end; p += sizeof(long))
            {
                Sse2.X64.StoreNonTemporal((long*)p, 0L);
            }
        }

        Sse.StoreFence();
        return (int)sum + scores.Length;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Alpha 100K x 24")]
    public SocoSummary AlphaPerRespondent() => Instrument.Summarize(sampleRows);

    [Benchmark, BenchmarkCategory("Alpha 100K x 24")]
    public SocoSummary AlphaLibrary() => Instrument.SummarizeBatch(sample);

    [Benchmark, BenchmarkCategory("Alpha 100K x 24")]
    public ulong AlphaFloorRead() => NpsBenchmarks.Read(sample);
}
