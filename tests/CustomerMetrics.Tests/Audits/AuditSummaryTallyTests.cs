using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Audits;

/// <summary>Audit summaries as tallies: merge = whole (sections included), the monoid laws, and aggregates in and out.</summary>
public class AuditSummaryTallyTests
{
    // Weights in quarters: their sums are exact in doubles, so merged sums equal the whole's exactly.
    private static readonly Gen<AuditCheck> Check =
        from item in Gen.Choose(0, 30)
        from outcome in Gen.Elements(AuditOutcome.Passed, AuditOutcome.Failed, AuditOutcome.NotApplicable)
        from weight in Gen.Choose(1, 40).Select(w => w / 4.0)
        from critical in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
        from section in Gen.Elements<string?>(null, "Store", "Phone", "Delivery")
        select new AuditCheck($"item-{item}", outcome, weight, critical, section);

    private static readonly Arbitrary<(AuditResult[] Audits, int Cut)> SplitAudits =
        (from knockOut in Gen.Elements(true, false)
         from audits in Check.ArrayOf().Select(checks => AuditIndex.Score(checks, knockOut)).ArrayOf()
         from cut in Gen.Choose(0, audits.Length)
         select (audits, cut)).ToArbitrary();

    [Fact]
    public void Merge_EqualsWhole()
    {
        Prop.ForAll(SplitAudits, s =>
        {
            AuditSummary whole = AuditIndex.Summarize(s.Audits);
            AuditSummary merged = AuditIndex.Summarize(s.Audits.Take(s.Cut)) + AuditIndex.Summarize(s.Audits.Skip(s.Cut));
            AssertSame(whole, merged);
        }).Check(Properties.Default);
    }

    [Fact]
    public void Merge_IsAssociativeAndCommutative_WithEmptyAsIdentity()
    {
        Prop.ForAll(SplitAudits, s =>
        {
            AuditSummary a = AuditIndex.Summarize(s.Audits.Take(s.Cut));
            AuditSummary b = AuditIndex.Summarize(s.Audits.Skip(s.Cut).Take(2));
            AuditSummary c = AuditIndex.Summarize(s.Audits.Skip(s.Cut + 2));
            AssertSame((a + b) + c, a + (b + c));
            AssertSame(a + b, b.Add(a));
            Assert.Equal(a, a + AuditSummary.Empty);
            Assert.Equal(a, AuditSummary.Empty + a);
        }).Check(Properties.Default);
    }

    [Fact]
    public void Aggregates_RebuildTheSameSummary()
    {
        Prop.ForAll(SplitAudits, s =>
        {
            AuditSummary summary = AuditIndex.Summarize(s.Audits);
            var sections = summary.Sections.ToDictionary(
                p => p.Key,
                p => new AuditSummary(p.Value.Audits, p.Value.UndefinedAudits, p.Value.KnockedOut, p.Value.PassedWeight, p.Value.ApplicableWeight, p.Value.IndexSum));
            var rebuilt = new AuditSummary(summary.Audits, summary.UndefinedAudits, summary.KnockedOut, summary.PassedWeight, summary.ApplicableWeight, summary.IndexSum, sections);
            Assert.Equal(summary, rebuilt);
            Assert.Equal(summary.PooledIndex, rebuilt.PooledIndex);
            Assert.Equal(summary.MeanIndex, rebuilt.MeanIndex);
        }).Check(Properties.Default);
    }

    [Fact]
    public void Summary_FromAggregates_IsTheSourcesArithmetic()
    {
        // 3 audits: 9 of 10 weight passed in all (pooled 0.9); indices 1, 0.8 and NaN (nothing applicable): mean 0.9.
        var summary = new AuditSummary(audits: 3, undefinedAudits: 1, knockedOut: 0, passedWeight: 9, applicableWeight: 10, indexSum: 1.8);
        Assert.Equal(0.9, summary.PooledIndex, 12);
        Assert.Equal(0.9, summary.MeanIndex, 12);
        Assert.True(summary.Meets(0.9));
        Assert.True(double.IsNaN(AuditSummary.Empty.PooledIndex));
        Assert.True(double.IsNaN(AuditSummary.Empty.MeanIndex));
    }

    public static TheoryData<Func<AuditSummary>, string> BadAggregates => new()
    {
        { () => new AuditSummary(-1, 0, 0, 0, 0, 0), "audits" },
        { () => new AuditSummary(2, 3, 0, 0, 0, 0), "undefinedAudits" },
        { () => new AuditSummary(2, 0, 3, 0, 0, 0), "knockedOut" },
        { () => new AuditSummary(2, 0, 0, 5, 4, 0), "passedWeight" },
        { () => new AuditSummary(2, 0, 0, double.NaN, 4, 0), "passedWeight" },
        { () => new AuditSummary(2, 0, 0, 0, double.PositiveInfinity, 0), "applicableWeight" },
        { () => new AuditSummary(2, 1, 0, 0, 4, 1.5), "indexSum" },
        { () => new AuditSummary(1, 0, 0, 1, 1, 1, new Dictionary<string, AuditSummary> { [" "] = AuditSummary.Empty }), "sections" },
        { () => new AuditSummary(1, 0, 0, 1, 1, 1, new Dictionary<string, AuditSummary> { ["Store"] = new(1, 0, 0, 1, 1, 1, new Dictionary<string, AuditSummary> { ["Inner"] = AuditSummary.Empty }) }), "sections" },
    };

    [Theory]
    [MemberData(nameof(BadAggregates))]
    public void Aggregates_ThatCannotComeFromAudits_AreRefused(Func<AuditSummary> make, string paramName) =>
        Assert.Equal(paramName, Assert.ThrowsAny<ArgumentException>(make).ParamName);

    [Fact]
    public void Merge_BeyondTheLimits_ThrowsOverflowWithAMessage()
    {
        var many = new AuditSummary(int.MaxValue, 0, 0, 0, 1, 0);
        Assert.StartsWith("Adding these summaries gives more than Int32.MaxValue", Assert.Throws<OverflowException>(() => many + new AuditSummary(1, 0, 0, 0, 1, 0)).Message);
        var heavy = new AuditSummary(1, 0, 0, 0, double.MaxValue, 0);
        Assert.Throws<OverflowException>(() => heavy + heavy);
    }

    /// <summary>Counts and quarter weights add exactly; the sum of indices (fractions) to 1e-12.</summary>
    private static void AssertSame(AuditSummary expected, AuditSummary actual)
    {
        Assert.Equal((expected.Audits, expected.UndefinedAudits, expected.KnockedOut), (actual.Audits, actual.UndefinedAudits, actual.KnockedOut));
        Assert.Equal((expected.PassedWeight, expected.ApplicableWeight), (actual.PassedWeight, actual.ApplicableWeight));
        Assert.Equal(expected.PooledIndex, actual.PooledIndex);
        Assert.True(Math.Abs(expected.IndexSum - actual.IndexSum) < 1e-12 * Math.Max(1, expected.IndexSum), $"index sums {expected.IndexSum} and {actual.IndexSum}");
        Assert.Equal(expected.Sections.Keys.OrderBy(k => k, StringComparer.Ordinal), actual.Sections.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach ((string name, AuditSummary section) in expected.Sections)
        {
            AssertSame(section, actual.Sections[name]);
        }
    }
}
