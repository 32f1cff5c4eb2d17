using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// Scoring 1 M checks as one audit (with sections), and summarising 100 K audits. Baselines: the LINQ a
/// developer would write; floors: a walk over the same objects reading the fields the result needs.
/// </summary>
[Config(typeof(LibraryConfig))]
public class AuditBenchmarks
{
    private AuditCheck[] checks = [];
    private AuditResult[] audits = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        string[] sections = ["Store", "Contact", "Delivery", "After sale"];
        checks = new AuditCheck[Sizes.Of(1_000_000)];
        for (int i = 0; i < checks.Length; i++)
        {
            var outcome = (AuditOutcome)random.Next(0, 3);
            checks[i] = new AuditCheck($"item-{i % 13}", outcome, 1 + random.Next(0, 2), random.Next(0, 20) == 0, sections[i % sections.Length]);
        }

        audits = Enumerable.Range(0, checks.Length / 10).Select(a => AuditIndex.Score(checks.AsSpan(a * 10, 10).ToArray())).ToArray();
        AuditCheck[] small = checks.AsSpan(0, 1_000).ToArray();
        Sizes.WarmUp(() => AuditIndex.Score(small));
        Sizes.WarmUp(() => AuditIndex.Summarize(audits.AsSpan(0, 100).ToArray()));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Score 1M checks")]
    public double ScoreLinq()
    {
        var applicable = checks.Where(c => c.Outcome != AuditOutcome.NotApplicable).ToList();
        double index = applicable.Where(c => c.Outcome == AuditOutcome.Passed).Sum(c => c.Weight) / applicable.Sum(c => c.Weight);
        var bySection = applicable.GroupBy(c => c.Section).ToDictionary(g => g.Key!, g => g.Where(c => c.Outcome == AuditOutcome.Passed).Sum(c => c.Weight) / g.Sum(c => c.Weight));
        return index + bySection.Count;
    }

    [Benchmark, BenchmarkCategory("Score 1M checks")]
    public AuditResult ScoreLibrary() => AuditIndex.Score(checks);

    [Benchmark, BenchmarkCategory("Score 1M checks")]
    public double ScoreFloorWalk()
    {
        double passed = 0;
        int sections = 0;
        foreach (AuditCheck check in checks)
        {
            passed += check.Outcome == AuditOutcome.Passed ? check.Weight : 0;
            sections += check.Section!.Length;
        }

        return passed + sections;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Summarize 100K audits")]
    public double SummarizeLinq() =>
        audits.Sum(a => a.IsKnockedOut ? 0 : a.PassedWeight) / audits.Sum(a => a.ApplicableWeight) + audits.Where(a => !double.IsNaN(a.Index)).Average(a => a.Index);

    [Benchmark, BenchmarkCategory("Summarize 100K audits")]
    public AuditSummary SummarizeLibrary() => AuditIndex.Summarize(audits);

    /// <summary>Reads what the summary needs: every audit's figures and those of each of its sections (through the dictionary the library itself walks).</summary>
    [Benchmark, BenchmarkCategory("Summarize 100K audits")]
    public double SummarizeFloorWalk()
    {
        double sum = 0;
        foreach (AuditResult audit in audits)
        {
            sum += audit.PassedWeight + audit.ApplicableWeight + audit.Index;
            foreach (var section in audit.SectionMap)
            {
                sum += section.Value.PassedWeight + section.Value.ApplicableWeight + section.Value.Index + section.Key.Length;
            }
        }

        return sum;
    }
}
