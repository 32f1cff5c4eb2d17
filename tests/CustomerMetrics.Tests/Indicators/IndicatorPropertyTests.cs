using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using static CustomerMetrics.Tests.Tallies.CountTallyLawsTests;

namespace CustomerMetrics.Tests.Indicators;

/// <summary>The indicators' laws: merge = whole, order independence, the fast path equals the order-log path, bounds.</summary>
public class IndicatorPropertyTests
{
    private static readonly Gen<int[]> PurchaseCounts = Gen.Frequency((3, Gen.Choose(0, 2)), (1, Gen.Choose(3, 40))).ArrayOf();

    private static readonly Gen<string[]> Topics = Gen.Elements("price", "late delivery", " price ", "Price", "rude staff", "кошка", "a\u00AD").ArrayOf();

    [Fact]
    public void RepeatPurchases_SplitByCustomer_MergeToTheWhole()
    {
        var cases = (from counts in PurchaseCounts
                     from cut in Gen.Choose(0, counts.Length)
                     from cut2 in Gen.Choose(cut, counts.Length)
                     select (counts, cut, cut2)).ToArbitrary();
        Prop.ForAll(cases, c => Laws(
            (from, to) => RepeatPurchases.FromPurchaseCounts(c.counts.AsSpan(from, to - from)),
            c.counts.Length, c.cut, c.cut2, RepeatPurchaseResult.Empty, (a, b) => a + b)).Check(Properties.Default);
    }

    [Fact]
    public void RepeatPurchases_FromCounts_EqualsTheOrderLog_InAnyOrder()
    {
        var cases = (from counts in PurchaseCounts
                     from seed in Gen.Choose(0, int.MaxValue)
                     select (counts, seed)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            int[] log = c.counts.SelectMany((n, customer) => Enumerable.Repeat(customer, n)).ToArray();
            new Random(c.seed).Shuffle(log);
            RepeatPurchaseResult fromCounts = RepeatPurchases.FromPurchaseCounts(c.counts);
            Assert.Equal(fromCounts, RepeatPurchases.FromOrders(log));
            Assert.Equal(fromCounts, RepeatPurchases.FromOrders(log.Select(id => $"C-{id}")));
            Assert.True(fromCounts.OrderRepeatRate.Count <= fromCounts.Orders);
        }).Check(Properties.Default);
    }

    [Fact]
    public void ComplaintTallies_FollowTheMergeLaws_AndIgnoreOrder()
    {
        var cases = (from topics in Topics
                     from cut in Gen.Choose(0, topics.Length)
                     from cut2 in Gen.Choose(cut, topics.Length)
                     from seed in Gen.Choose(0, int.MaxValue)
                     select (topics, cut, cut2, seed)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            Laws((from, to) => ComplaintTally.Count(c.topics.Skip(from).Take(to - from)), c.topics.Length, c.cut, c.cut2, ComplaintTally.Empty, (a, b) => a + b);
            string[] shuffled = (string[])c.topics.Clone();
            new Random(c.seed).Shuffle(shuffled);
            ComplaintTally tally = ComplaintTally.Count(c.topics);
            Assert.Equal(tally, ComplaintTally.Count(shuffled));
            Assert.Equal(tally.Top(2), ComplaintTally.Count(shuffled).Top(2));
            Assert.Equal(tally, ComplaintTally.FromCounts(tally.Topics.Select(t => new KeyValuePair<string, long>(t.Topic, t.Count))));
            Assert.Equal(c.topics.Length, tally.Topics.Sum(t => t.Count));
        }).Check(Properties.Default);
    }

    [Fact]
    public void TopicRanking_IsSortedByCount_AndNeverHidesATie()
    {
        var cases = (from topics in Topics from n in Gen.Choose(1, 8) select (topics, n)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            TopicRanking ranking = ComplaintTally.Count(c.topics).Top(c.n);
            Assert.True(ranking.Top.Count == Math.Min(c.n, ranking.TopicCount));
            Assert.True(ranking.Top.Zip(ranking.Top.Skip(1), (a, b) => a.Count > b.Count || (a.Count == b.Count && string.CompareOrdinal(a.Topic, b.Topic) < 0)).All(x => x));
            var counts = ComplaintTally.Count(c.topics).Topics.ToDictionary(t => t.Topic, t => t.Count, StringComparer.Ordinal);
            long last = ranking.Top.Count > 0 ? ranking.Top[^1].Count : 0;
            var shown = ranking.Top.Select(t => t.Topic).ToHashSet(StringComparer.Ordinal);
            var expectedTied = counts.Where(pair => !shown.Contains(pair.Key) && pair.Value == last).Select(pair => pair.Key).OrderBy(k => k, StringComparer.Ordinal);
            Assert.Equal(expectedTied, ranking.TiedBeyondTop);
            Assert.DoesNotContain(counts, pair => !shown.Contains(pair.Key) && pair.Value > last);
        }).Check(Properties.Default);
    }

    [Fact]
    public void Referrals_FollowTheMergeLaws()
    {
        var cases = (from rows in Gen.Elements((true, true), (true, false), (false, true), (false, false)).ArrayOf()
                     from cut in Gen.Choose(0, rows.Length)
                     from cut2 in Gen.Choose(cut, rows.Length)
                     select (rows, cut, cut2)).ToArbitrary();
        Prop.ForAll(cases, c => Laws(
            (from, to) =>
            {
                var part = c.rows.Skip(from).Take(to - from).ToArray();
                return Referrals.Calculate(part.Length, part.Count(r => r.Item1), part.Length, part.Count(r => r.Item2));
            },
            c.rows.Length, c.cut, c.cut2, ReferralResult.Empty, (a, b) => a + b)).Check(Properties.Default);
    }

    [Fact]
    public void IdeaContest_IgnoresOrder_AndKeepsEveryIdeaAccountedFor()
    {
        var ideas = (from title in Gen.Elements("a", "b", "c", "d", "e", "f", "g")
                     from quarter in Gen.Elements("2026-Q1", "2026-Q2", "2025-Q4")
                     from effect in Gen.Choose(-3, 5)
                     from importance in Gen.Choose(0, 3)
                     select new Idea(title, quarter, effect * 1000.5m, importance)).ArrayOf();
        var cases = (from list in ideas from top in Gen.Choose(1, 4) from seed in Gen.Choose(0, int.MaxValue) select (list, top, seed)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            Idea[] shuffled = (Idea[])c.list.Clone();
            new Random(c.seed).Shuffle(shuffled);
            IReadOnlyList<IdeaQuarter> ranked = IdeaContest.Rank(c.list, c.top);
            Assert.Equal(ranked, IdeaContest.Rank(shuffled, c.top));
            Assert.Equal(c.list.Length, ranked.Sum(q => q.Ideas));
            Assert.Equal(c.list.Sum(i => i.EconomicEffect), ranked.Sum(q => q.TotalEffect));
            Assert.All(ranked, q => Assert.True(q.Top.Count == Math.Min(c.top, q.Ideas)));
        }).Check(Properties.Default);
    }

    [Fact]
    public void ProcessCycleEfficiency_IsAShare_AndTheStepSharesAddUpToOne()
    {
        var steps = (from minutes in Gen.Choose(0, 10_000)
                     from valueAdding in Gen.Elements(true, false)
                     select new ValueStreamStep("step", TimeSpan.FromMinutes(minutes), valueAdding)).ArrayOf().Where(s => s.Sum(x => x.Duration.Ticks) > 0);
        Prop.ForAll(steps.ToArbitrary(), s =>
        {
            ProcessCycleEfficiencyResult result = ProcessCycleEfficiency.FromSteps(s);
            Assert.InRange(result.Efficiency, 0, 1);
            Assert.Equal(1, result.Efficiency + result.WasteShare, 12);
            Assert.Equal(1, result.StepShares.Sum(), 9);
        }).Check(Properties.Default);
    }
}
