using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Indicators;

/// <summary>
/// The indicators' edges: null arguments, the exact messages, boundaries (zero counts, a share on the end of
/// a range, a zero-length step), value equality field by field, and the singular and plural forms of ToString.
/// </summary>
public class IndicatorEdgeTests
{
    [Fact]
    public void NullArguments_AreRejected_WithTheCallersParameter()
    {
        Assert.Equal("topics", Assert.Throws<ArgumentNullException>(() => ComplaintTally.Count(null!)).ParamName);
        Assert.Equal("countsByTopic", Assert.Throws<ArgumentNullException>(() => ComplaintTally.FromCounts(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => ComplaintTally.Empty.Add(null!)).ParamName);
        Assert.Equal("left", Assert.Throws<ArgumentNullException>(() => null! + ComplaintTally.Empty).ParamName);
        Assert.Equal("ideas", Assert.Throws<ArgumentNullException>(() => IdeaContest.Rank(null!)).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => new Idea(null!, "Q1", 1, 1)).ParamName);
        Assert.Equal("quarter", Assert.Throws<ArgumentNullException>(() => new Idea("a", null!, 1, 1)).ParamName);
        Assert.Equal("steps", Assert.Throws<ArgumentNullException>(() => ProcessCycleEfficiency.FromSteps(null!)).ParamName);
        Assert.Contains("The step at position 1 is null.", Assert.Throws<ArgumentNullException>(() => ProcessCycleEfficiency.FromSteps([new("a", TimeSpan.Zero, true), null!])).Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new ValueStreamStep(null!, TimeSpan.Zero, true)).ParamName);
        Assert.Equal("levels", Assert.Throws<ArgumentNullException>(() => ServiceMaturity.Assess(null!)).ParamName);
        SatisfactionResult ratings = Satisfaction.Calculate([5, 4]);
        Assert.Equal("internal", Assert.Throws<ArgumentNullException>(() => new SatisfactionGap(null!, ratings)).ParamName);
        Assert.Equal("external", Assert.Throws<ArgumentNullException>(() => new SatisfactionGap(ratings, null!)).ParamName);
        Assert.Equal("kpis", Assert.Throws<ArgumentNullException>(() => new Scorecard(null!)).ParamName);
        Assert.Contains("The KPI at position 1 is null.", Assert.Throws<ArgumentNullException>(() => new Scorecard([new Kpi("a", 1, ""), null!])).Message, StringComparison.Ordinal);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => Scorecard.Empty.Merge(null!)).ParamName);
    }

    [Fact]
    public void InvalidLevels_AndNegativeCounts_AreRejected()
    {
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => new SatisfactionGap(Satisfaction.Calculate([5]), Satisfaction.Calculate([4]), 1)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.CompareInternalExternal([5], [4], level: 0)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => new ShareBenchmark(new Proportion(1, 2), 0.1, 0.2, 1.5)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => PositiveComments.Change(1, 2).IsSignificant(0)).ParamName);
        Assert.Equal("current", Assert.Throws<ArgumentOutOfRangeException>(() => PositiveComments.Change(1, -2)).ParamName);
        Assert.Equal("previous", Assert.Throws<ArgumentOutOfRangeException>(() => PositiveComments.Change(-1, 2)).ParamName);
        Assert.Equal("customers", Assert.Throws<ArgumentOutOfRangeException>(() => new RepeatPurchaseResult(-1, 0, 0)).ParamName);
        Assert.Equal("repeatCustomers", Assert.Throws<ArgumentOutOfRangeException>(() => new RepeatPurchaseResult(1, -1, 1)).ParamName);
        var negativeOrders = Assert.Throws<ArgumentOutOfRangeException>(() => new RepeatPurchaseResult(0, 0, -1));
        Assert.Equal("orders", negativeOrders.ParamName);
        Assert.StartsWith("Value should be non-negative.", negativeOrders.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_SayWhatIsWrong()
    {
        Assert.StartsWith("Show at least one topic.", Assert.Throws<ArgumentOutOfRangeException>(() => ComplaintTally.Empty.Top(0)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Show at least one idea per quarter.", Assert.Throws<ArgumentOutOfRangeException>(() => IdeaContest.Rank([], 0)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The benchmark's lower end should be a share in [0, 1]", Assert.Throws<ArgumentOutOfRangeException>(() => NegativeReviews.Compare(10, 1, -0.1, 0.2)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The benchmark's upper end should be a share in [0, 1]", Assert.Throws<ArgumentOutOfRangeException>(() => NegativeReviews.Compare(10, 1, 0.1, 1.2)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The target should be a share in [0, 1]", Assert.Throws<ArgumentOutOfRangeException>(() => TrainingCoverage.Calculate(10, 1, -1)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Orders need a customer: with no customers there are no orders.", Assert.Throws<ArgumentOutOfRangeException>(() => new RepeatPurchaseResult(0, 0, 3)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The value-adding time should not be negative.", Assert.Throws<ArgumentOutOfRangeException>(() => ProcessCycleEfficiency.FromTotals(TimeSpan.FromHours(-1), TimeSpan.FromHours(1))).Message, StringComparison.Ordinal);
        Assert.StartsWith("A step's name should not be blank.", Assert.Throws<ArgumentException>(() => new ValueStreamStep("  ", TimeSpan.Zero, true)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The topic at position 1 is blank", Assert.Throws<ArgumentException>(() => ComplaintTally.FromCounts([new("a", 1), new(" ", 1)])).Message, StringComparison.Ordinal);
        Assert.StartsWith("The two counts add up to more than Int64.MaxValue", Assert.Throws<ArgumentException>(() => PositiveComments.Change(long.MaxValue, 1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overflow_NamesWhatOverflowed()
    {
        ComplaintTally huge = ComplaintTally.FromCounts([new("a", long.MaxValue)]);
        Assert.Contains(" complaints;", Assert.Throws<OverflowException>(() => huge + ComplaintTally.FromCounts([new("b", 1)])).Message, StringComparison.Ordinal);
        Assert.Contains(" complaints;", Assert.Throws<OverflowException>(() => huge + huge).Message, StringComparison.Ordinal);
        Assert.Contains(" complaints;", Assert.Throws<OverflowException>(() => ComplaintTally.FromCounts([new("a", long.MaxValue), new("a", 1)])).Message, StringComparison.Ordinal);
        Assert.Contains(" complaints;", Assert.Throws<OverflowException>(() => ComplaintTally.FromCounts([new("a", long.MaxValue), new("b", 1)])).Message, StringComparison.Ordinal);
        var many = new RepeatPurchaseResult(long.MaxValue, 0, long.MaxValue);
        Assert.Contains(" customers;", Assert.Throws<OverflowException>(() => many + new RepeatPurchaseResult(1, 0, 1)).Message, StringComparison.Ordinal);
        var orders = new RepeatPurchaseResult(1, 1, long.MaxValue);
        Assert.Contains(" orders;", Assert.Throws<OverflowException>(() => orders + orders).Message, StringComparison.Ordinal);
        Assert.Contains(" ticks of lead time;", Assert.Throws<OverflowException>(() => ProcessCycleEfficiency.FromSteps([new("a", TimeSpan.MaxValue, true), new("b", TimeSpan.FromTicks(1), false)])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Boundaries_ZeroCounts_RangeEnds_ZeroDurations()
    {
        ComplaintTally tally = ComplaintTally.FromCounts([new("quiet", 0), new("loud", 2)]);
        Assert.Equal(["loud"], tally.Topics.Select(t => t.Topic));
        Assert.Equal(2, tally.Total);
        Assert.Equal(RangePosition.Within, NegativeReviews.Compare(10, 2, 0.1, 0.2).Position);
        Assert.Equal(RangePosition.Within, NegativeReviews.Compare(10, 1, 0.1, 0.2).Position);
        Assert.Equal(RangePosition.Above, NegativeReviews.Compare(100, 21, 0.1, 0.2).Position);
        Assert.Equal(TimeSpan.Zero, new ValueStreamStep("instant", TimeSpan.Zero, true).Duration);
        Assert.Equal(1.5, RepeatPurchases.FromPurchaseCounts([1, 2]).OrdersPerCustomer);
        Assert.True(PositiveComments.Change(10, 30).IsSignificant());
    }

    [Fact]
    public void Equality_ComparesEveryField()
    {
        Assert.NotEqual(ComplaintTally.Count(["a", "a"]), ComplaintTally.Count(["a", "b"]));
        Assert.NotEqual(ComplaintTally.Count(["a"]), ComplaintTally.Count(["a", "a"]));
        Assert.False(ComplaintTally.Empty.Equals(null));
        Assert.Equal(ComplaintTally.Count(["b", "a"]).GetHashCode(), ComplaintTally.Count(["a", "b"]).GetHashCode());

        IdeaQuarter Quarter(params Idea[] ideas) => IdeaContest.Rank(ideas, top: 1)[0];
        IdeaQuarter basic = Quarter(new("a", "Q1", 10, 1), new("b", "Q1", 5, 1));
        Assert.Equal(basic, Quarter(new("b", "Q1", 5, 1), new("a", "Q1", 10, 1)));
        Assert.NotEqual(basic, Quarter(new("a", "Q2", 10, 1), new("b", "Q2", 5, 1)));
        Assert.NotEqual(basic, Quarter(new("a", "Q1", 10, 1), new("b", "Q1", 5, 1), new("c", "Q1", 0, 1)));
        Assert.NotEqual(basic, Quarter(new("a", "Q1", 10, 1), new("b", "Q1", 6, 1)));
        Assert.NotEqual(basic, Quarter(new("c", "Q1", 10, 1), new("b", "Q1", 5, 1)));
        Assert.NotEqual(Quarter(new("a", "Q1", 10, 1), new("b", "Q1", 10, 1)), Quarter(new("a", "Q1", 10, 1), new("b", "Q1", 10, 0)));
        Assert.False(basic.Equals(null));

        ValueStreamStep work = new("work", TimeSpan.FromHours(1), true);
        ValueStreamStep wait = new("wait", TimeSpan.FromHours(1), false);
        Assert.NotEqual(ProcessCycleEfficiency.FromSteps([work, wait]), ProcessCycleEfficiency.FromSteps([wait, work]));
        Assert.NotEqual(ProcessCycleEfficiency.FromTotals(TimeSpan.FromHours(1), TimeSpan.FromHours(2)), ProcessCycleEfficiency.FromTotals(TimeSpan.FromHours(1), TimeSpan.FromHours(3)));
        Assert.NotEqual(ProcessCycleEfficiency.FromTotals(TimeSpan.FromHours(1), TimeSpan.FromHours(2)), ProcessCycleEfficiency.FromTotals(TimeSpan.FromHours(2), TimeSpan.FromHours(2)));
        Assert.NotEqual(ProcessCycleEfficiency.FromSteps([work, wait]), ProcessCycleEfficiency.FromTotals(TimeSpan.FromHours(1), TimeSpan.FromHours(2)));
        Assert.False(ProcessCycleEfficiency.FromSteps([work]).Equals(null));

        ServiceMaturityResult one = ServiceMaturity.Assess([new(Touchpoint.Website, MaturityLevel.QualityService)]);
        Assert.NotEqual(one, ServiceMaturity.Assess([new(Touchpoint.Website, MaturityLevel.ProfessionalService)]));
        Assert.False(one.Equals(null));

        ComplaintTally complaints = ComplaintTally.Count(["a", "a", "b", "c", "d"]);
        Assert.NotEqual(complaints.Top(1), complaints.Top(2));
        Assert.NotEqual(ComplaintTally.Count(["a", "a", "a", "b", "c"]).Top(1), ComplaintTally.Count(["a", "a", "a", "b", "b"]).Top(1));
        Assert.NotEqual(ComplaintTally.Count(["a", "a", "b"]).Top(1), ComplaintTally.Count(["a", "a", "b", "c"]).Top(1));
        Assert.NotEqual(ComplaintTally.Count(["a", "b", "c"]).Top(1), ComplaintTally.Count(["a", "b", "d"]).Top(1));
        Assert.False(complaints.Top(1).Equals(null));
    }

    [Fact]
    public void ToString_HasSingularForms_AndEveryBranch()
    {
        Assert.Equal("1 complaint on 1 topic", ComplaintTally.Count(["price"]).ToString());
        Assert.Equal("2 complaints on 2 topics", ComplaintTally.Count(["price", "wait"]).ToString());
        Assert.Equal("top 1 of 1 topic: price 1 (100 %); 1 of 1 (100 %)", ComplaintTally.Count(["price"]).Top().ToString());
        Assert.Equal("Q1: 1 idea, effect 10; top: a", IdeaContest.Rank([new Idea("a", "Q1", 10, 1)])[0].ToString());
        Assert.Equal("Q1: 2 ideas, effect 20; top: a (tied: b)", IdeaContest.Rank([new Idea("a", "Q1", 10, 1), new Idea("b", "Q1", 10, 1)], top: 1)[0].ToString());
        Assert.Equal("Q1: 3 ideas, effect 30; top: a (tied: b, c)", IdeaContest.Rank([new Idea("c", "Q1", 10, 1), new Idea("a", "Q1", 10, 1), new Idea("b", "Q1", 10, 1)], top: 1)[0].ToString());
        Assert.Equal("top 1 of 3 topics: a 1 (33.3 %); 1 of 3 (33.3 %); tied beyond the top: b, c", ComplaintTally.Count(["c", "b", "a"]).Top(1).ToString());
        Assert.Equal("10 of 10 (100 %), target 100 %: met", TrainingCoverage.Calculate(10, 10).ToString());
        Assert.Equal("level 2 (ProfessionalService); not assessed: Product, Advertising, Website, Logistics", ServiceMaturity.Assess([new(Touchpoint.CommunicationAndSupport, MaturityLevel.ProfessionalService)]).ToString());
        Assert.Equal("3 of 20 (15 %), within 15–20 % (not conclusive at 95 %)", NegativeReviews.Compare(20, 3, 0.15, 0.2).ToString());
        Assert.Equal("Assembly: 00:45:00 (value-adding)", new ValueStreamStep("Assembly", TimeSpan.FromMinutes(45), true).ToString());
        Assert.Equal("Waiting: 1.00:00:00 (waste)", new ValueStreamStep(" Waiting ", TimeSpan.FromDays(1), false).ToString());
        Assert.Equal("price: 1 of 1 (100 %)", ComplaintTally.Count(["price"]).Topics[0].ToString());
    }
}
