using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace CustomerMetrics.Benchmarks;

/// <summary>Scoring 1 M checks as one audit, and summarising 100 K audits (targets: linear, no allocation per check).</summary>
[MemoryDiagnoser]
public class AuditBenchmarks
{
    private AuditCheck[] checks = [];
    private AuditResult[] audits = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        string[] sections = ["Store", "Contact", "Delivery", "After sale"];
        checks = new AuditCheck[1_000_000];
        for (int i = 0; i < checks.Length; i++)
        {
            var outcome = (AuditOutcome)random.Next(0, 3);
            checks[i] = new AuditCheck($"item-{i % 13}", outcome, 1 + random.Next(0, 2), random.Next(0, 20) == 0, sections[i % sections.Length]);
        }

        audits = Enumerable.Range(0, 100_000)
            .Select(a => AuditIndex.Score(checks.AsSpan(a * 10, 10).ToArray()))
            .ToArray();
    }

    [Benchmark]
    public AuditResult ScoreOneMillionChecks() => AuditIndex.Score(checks);

    [Benchmark]
    public AuditSummary SummarizeOneHundredThousandAudits() => AuditIndex.Summarize(audits);
}
