using System;
using BenchmarkDotNet.Attributes;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// Scoring 1 M respondents × 24 items from a flat byte matrix, and Cronbach's alpha (with every
/// item statistic) over 100 K respondents. Target: linear, no allocation per respondent.
/// </summary>
[MemoryDiagnoser]
public class SocoBenchmarks
{
    private byte[] million = [];
    private byte[] hundredThousand = [];
    private SocoScore[] scores = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        million = new byte[1_000_000 * 24];
        for (int r = 0; r < 1_000_000; r++)
        {
            int level = random.Next(2, 9);
            for (int i = 0; i < 24; i++)
            {
                int answer = i < 12 ? level : 10 - level;
                million[(r * 24) + i] = (byte)Math.Clamp(answer + random.Next(-1, 2), 1, 9);
            }
        }

        hundredThousand = million.AsSpan(0, 100_000 * 24).ToArray();
        scores = new SocoScore[1_000_000];
    }

    [Benchmark]
    public int ScoreOneMillionRespondents() => SocoInstrument.Full24.ScoreBatch(million, scores);

    [Benchmark]
    public SocoSummary AlphaOverOneHundredThousand() => SocoInstrument.Full24.SummarizeBatch(hundredThousand);
}
