using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Audits;

public class AuditPropertyTests
{
    private static readonly Gen<AuditCheck> Check =
        from item in Gen.Choose(0, 30)
        from outcome in Gen.Elements(AuditOutcome.Passed, AuditOutcome.Failed, AuditOutcome.NotApplicable)
        from weight in Gen.Choose(1, 40).Select(w => w / 4.0)
        from critical in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
        from section in Gen.Elements<string?>(null, "Store", "Phone", "Delivery")
        select new AuditCheck($"item-{item}", outcome, weight, critical, section);

    private static readonly Arbitrary<AuditCheck[]> Audits = Check.ArrayOf().ToArbitrary();

    [Fact]
    public void Index_IsWithinZeroAndOne_OrNaNWhenNothingApplies()
    {
        Prop.ForAll(Audits, Gen.Elements(true, false).ToArbitrary(), (checks, knockOut) =>
        {
            AuditResult result = AuditIndex.Score(checks, knockOut);
            return result.Applicable == 0
                ? double.IsNaN(result.Index)
                : result.Index is >= 0 and <= 1 && result.Sections.Values.All(s => double.IsNaN(s.Index) || s.Index is >= 0 and <= 1);
        }).Check(Properties.Default);
    }

    [Fact]
    public void AddingANotApplicableCheck_ChangesNothingButItsCount()
    {
        Prop.ForAll(Audits, checks =>
        {
            AuditResult before = AuditIndex.Score(checks);
            AuditResult after = AuditIndex.Score([.. checks, new AuditCheck("extra", AuditOutcome.NotApplicable, Weight: 3, Section: "Store")]);
            return after.Index.Equals(before.Index)
                && after.Passed == before.Passed
                && after.Failed == before.Failed
                && after.NotApplicable == before.NotApplicable + 1;
        }).Check(Properties.Default);
    }

    [Fact]
    public void WithEqualWeights_IndexIsPassedOverApplicable()
    {
        Prop.ForAll(Audits, checks =>
        {
            AuditResult result = AuditIndex.Score(checks.Select(c => c with { Weight = 1 }));
            return result.Index.Equals(AuditIndex.Calculate(result.Passed, result.Applicable));
        }).Check(Properties.Default);
    }

    [Fact]
    public void PooledIndexOfAudits_EqualsIndexOfAllTheirChecks()
    {
        Prop.ForAll(Check.ArrayOf().ArrayOf().ToArbitrary(), audits =>
        {
            AuditSummary summary = AuditIndex.Summarize(audits.Select(checks => AuditIndex.Score(checks)));
            AuditResult together = AuditIndex.Score(audits.SelectMany(checks => checks));
            return together.Applicable == 0
                ? double.IsNaN(summary.PooledIndex)
                : Math.Abs(summary.PooledIndex - together.Index) <= 1e-12
                  && summary.Sections.All(s => Math.Abs(s.Value.PooledIndex - together.Sections[s.Key].Index) <= 1e-12 || (double.IsNaN(s.Value.PooledIndex) && double.IsNaN(together.Sections[s.Key].Index)));
        }).Check(Properties.Default);
    }

    [Fact]
    public void EachSectionOfASummary_IsTheSummaryOfThatSectionAlone_WhateverItsStringInstances()
    {
        // Sections named by the same strings, by equal copies of them and in different orders, so that the
        // summary finds a section's tally both by reference and by its text.
        Gen<AuditCheck> copied =
            from check in Check
            from copy in Gen.Elements(true, false)
            select copy && check.Section is not null ? check with { Section = new string(check.Section.AsSpan()) } : check;
        Prop.ForAll(copied.ArrayOf().ArrayOf().ToArbitrary(), audits =>
        {
            AuditResult[] results = audits.Select(checks => AuditIndex.Score(checks)).ToArray();
            AuditSummary summary = AuditIndex.Summarize(results);
            string[] names = results.SelectMany(r => r.Sections.Keys).Distinct(StringComparer.Ordinal).ToArray();
            Assert.Equal(names.Length, summary.Sections.Count);
            foreach (string name in names)
            {
                AuditSummary alone = AuditIndex.Summarize(results.Where(r => r.Sections.ContainsKey(name)).Select(r => r.Sections[name]));
                Assert.Equal(alone, summary.Sections[name]);
            }
        }).Check(Properties.Default);
    }

    [Fact]
    public void Index_DoesNotDependOnOrder()
    {
        var shuffled = Audits.Generator.SelectMany(checks => Gen.Shuffle(checks).Select(permutation => (checks, permutation))).ToArbitrary();
        Prop.ForAll(shuffled, pair =>
            Math.Abs(AuditIndex.Score(pair.checks).Index - AuditIndex.Score(pair.permutation).Index) <= 1e-12
            || double.IsNaN(AuditIndex.Score(pair.checks).Index))
            .Check(Properties.Default);
    }
}
