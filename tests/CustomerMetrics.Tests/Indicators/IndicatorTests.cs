using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Indicators;

/// <summary>The sources' other indicators: each figure the sources give, reproduced by hand, and every bad input with its message.</summary>
public class IndicatorTests
{
    [Fact]
    public void RepeatPurchases_TheRetailersSeventyFivePercentRepeatOrders()
    {
        // The sources' 75 %: 300 repeat orders of 400, here from 50 customers with 7 orders and 50 with one;
        // two people in the CRM never bought and are not customers yet.
        int[] purchases = [.. Enumerable.Repeat(7, 50), .. Enumerable.Repeat(1, 50), 0, 0];
        RepeatPurchaseResult result = RepeatPurchases.FromPurchaseCounts(purchases);
        Assert.Equal(100, result.Customers);
        Assert.Equal(50, result.RepeatCustomers);
        Assert.Equal(400, result.Orders);
        Assert.Equal(300, result.RepeatOrders);
        Assert.Equal(0.75, result.OrderRepeatRate.Share);
        Assert.Equal(0.5, result.CustomerRepeatRate.Share);
        Assert.Equal(4, result.OrdersPerCustomer);
        Assert.Equal("repeat customers 50 of 100 (50 %), repeat orders 300 of 400 (75 %)", result.ToString());
    }

    [Fact]
    public void RepeatPurchases_FromAnOrderLog_ComparesIdsWithTheirEquality()
    {
        RepeatPurchaseResult result = RepeatPurchases.FromOrders(["ivan", "Ivan", "ivan", "anna", "ivan\u200B"]);
        Assert.Equal(new RepeatPurchaseResult(4, 1, 5), result);
        RepeatPurchaseResult ignoringCase = RepeatPurchases.FromOrders(["ivan", "Ivan", "anna"], StringComparer.OrdinalIgnoreCase);
        Assert.Equal(new RepeatPurchaseResult(2, 1, 3), ignoringCase);
        Assert.Equal(new RepeatPurchaseResult(2, 2, 5), RepeatPurchases.FromOrders([17L, 4L, 17L, 4L, 17L]));
        Assert.Equal(RepeatPurchaseResult.Empty, RepeatPurchases.FromOrders(Array.Empty<int>()));
        Assert.True(double.IsNaN(RepeatPurchaseResult.Empty.OrdersPerCustomer));
    }

    [Fact]
    public void RepeatPurchases_BadInputs_NameTheProblem()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => RepeatPurchases.FromPurchaseCounts([1, 2, -3]));
        Assert.StartsWith("The purchases at position 2 are -3; a count cannot be negative.", negative.Message, StringComparison.Ordinal);
        var nullId = Assert.Throws<ArgumentNullException>(() => RepeatPurchases.FromOrders(new string[] { "a", null! }));
        Assert.Contains("position 1", nullId.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => RepeatPurchases.FromOrders<string>(null!));
        var tooFewOrders = Assert.Throws<ArgumentOutOfRangeException>(() => new RepeatPurchaseResult(10, 5, 14));
        Assert.StartsWith("10 customers of whom 5 bought again need at least 15 orders; 14 given.", tooFewOrders.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RepeatPurchaseResult(3, 4, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RepeatPurchaseResult(0, 0, 2));
    }

    [Fact]
    public void Referrals_TheClinicsNinetyPercent_AndEveryThird()
    {
        ReferralResult result = Referrals.Calculate(newClients: 200, referredNewClients: 180, clients: 300, recommendingClients: 100);
        Assert.Equal(0.9, result.ReferredNewClients.Share);
        Assert.Equal(1 / 3.0, result.RecommendingClients.Share, 15);
        Assert.Equal("referred new clients 180 of 200 (90 %), recommending clients 100 of 300 (33.3 %)", result.ToString());
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Referrals.Calculate(10, 11, 5, 1));
        Assert.Equal("referredNewClients", error.ParamName);
        Assert.StartsWith("referredNewClients (11) should not exceed newClients (10).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeReviews_TheClinicsFourPercent_IsConclusivelyBelowTheMarket()
    {
        ShareBenchmark result = NegativeReviews.Compare(reviews: 300, negative: 12, marketLow: 0.15, marketHigh: 0.20);
        Assert.Equal(0.04, result.Share.Share, 15);
        Assert.Equal(RangePosition.Below, result.Position);
        Assert.True(result.IsConclusive);
        Assert.Equal("12 of 300 (4 %), below 15–20 % (conclusive at 95 %)", result.ToString());

        // 3 of 20 is 15 %: within the range, but the interval [5 %, 36 %] reaches both sides.
        ShareBenchmark small = NegativeReviews.Compare(20, 3, 0.15, 0.20);
        Assert.Equal(RangePosition.Within, small.Position);
        Assert.False(small.IsConclusive);
        Assert.Equal(RangePosition.Above, NegativeReviews.Compare(100, 40, 0.15, 0.20).Position);
        Assert.False(NegativeReviews.Compare(0, 0, 0.15, 0.20).IsConclusive);
    }

    [Fact]
    public void NegativeReviews_BadInputs_NameTheProblem()
    {
        Assert.Equal("negative", Assert.Throws<ArgumentOutOfRangeException>(() => NegativeReviews.Compare(10, 11, 0.1, 0.2)).ParamName);
        Assert.Equal("low", Assert.Throws<ArgumentOutOfRangeException>(() => NegativeReviews.Compare(10, 1, 15, 20)).ParamName);
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => NegativeReviews.Compare(10, 1, 0.15, double.NaN)).ParamName);
        var reversed = Assert.Throws<ArgumentException>(() => NegativeReviews.Compare(10, 1, 0.2, 0.15));
        Assert.StartsWith("high (0.15) should not be less than low (0.2).", reversed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PositiveComments_ChangeAndItsExactTest()
    {
        CountChange change = PositiveComments.Change(120, 150);
        Assert.Equal(30, change.Change);
        Assert.Equal(0.25, change.RelativeChange);
        Assert.Equal(0.0773893989802185, change.PValue, 12);
        Assert.False(change.IsSignificant());
        Assert.True(change.IsSignificant(0.9));
        Assert.Equal("120 → 150 (+30, +25 %, p = 0.077)", change.ToString());
        Assert.True(double.IsNaN(PositiveComments.Change(0, 0).PValue));
        Assert.True(double.IsNaN(default(CountChange).PValue));
        Assert.False(default(CountChange).IsSignificant());
        Assert.True(double.IsNaN(PositiveComments.Change(0, 5).RelativeChange));
        Assert.Equal(1, PositiveComments.Change(7, 7).PValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => PositiveComments.Change(-1, 5));
        Assert.Throws<ArgumentException>(() => PositiveComments.Change(long.MaxValue, 1));
    }

    [Fact]
    public void Complaints_TopTopics_TrimmedOrdinal_AndTiesStated()
    {
        string[] topics = ["late delivery", " rude staff", "Late delivery", "late delivery ", "price", "rude staff", "price", "wrong item", "broken"];
        ComplaintTally tally = ComplaintTally.Count(topics);
        Assert.Equal(9, tally.Total);
        Assert.Equal(["Late delivery", "broken", "late delivery", "price", "rude staff", "wrong item"], tally.Topics.Select(t => t.Topic));

        TopicRanking top = tally.Top(3);
        Assert.Equal(["late delivery", "price", "rude staff"], top.Top.Select(t => t.Topic));
        Assert.Equal([2L, 2L, 2L], top.Top.Select(t => t.Count));
        Assert.Empty(top.TiedBeyondTop);
        Assert.Equal(new Proportion(6, 9), top.TopShare);

        TopicRanking two = tally.Top(2);
        Assert.Equal(["rude staff"], two.TiedBeyondTop);
        Assert.Equal(6, two.TopicCount);
        Assert.Equal("top 2 of 6 topics: late delivery 2 (22.2 %), price 2 (22.2 %); 4 of 9 (44.4 %); tied beyond the top: rude staff", two.ToString());
    }

    [Fact]
    public void Complaints_BadInputs_NameThePosition()
    {
        var blank = Assert.Throws<ArgumentException>(() => ComplaintTally.Count(["price", "  "]));
        Assert.StartsWith("The topic at position 1 is blank; every complaint needs a topic.", blank.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ComplaintTally.Count(["price", null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplaintTally.Empty.Top(0));
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => ComplaintTally.FromCounts([new("price", -2)]));
        Assert.StartsWith("The count of topic \"price\" is -2; a count cannot be negative.", negative.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => ComplaintTally.FromCounts([new("a", long.MaxValue), new("b", 1)]));
        Assert.Empty(ComplaintTally.Empty.Top().Top);
    }

    [Fact]
    public void TrainingCoverage_AgainstTheSourcesHundredPercent()
    {
        CoverageResult result = TrainingCoverage.Calculate(staff: 50, trained: 45);
        Assert.Equal(0.9, result.Covered.Share);
        Assert.False(result.TargetMet);
        Assert.Equal(5, result.Remaining);
        Assert.Equal("45 of 50 (90 %), target 100 %: 5 to go", result.ToString());
        Assert.True(TrainingCoverage.Calculate(10, 9, target: 0.9).TargetMet);
        Assert.Equal(9, TrainingCoverage.Calculate(10, 9, target: 0.9).Required);
        Assert.True(TrainingCoverage.Calculate(0, 0).TargetMet);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => TrainingCoverage.Calculate(10, 9, 90)).ParamName);
        Assert.Equal("trained", Assert.Throws<ArgumentOutOfRangeException>(() => TrainingCoverage.Calculate(10, 11)).ParamName);
    }

    [Fact]
    public void IdeaContest_TopThreePerQuarter_ByEffectThenImportance_TiesStated()
    {
        Idea[] ideas =
        [
            new("Self check-in", "2026-Q1", 120_000m, 3),
            new("Callback in 15 minutes", "2026-Q1", 80_000m, 5),
            new("Delivery tracking", "2026-Q1", 120_000m, 4),
            new("Plain-language contract", "2026-Q1", 30_000m, 5),
            new("Loyalty card", "2026-Q1", 30_000m, 5),
            new("New uniform", "2025-Q4", 10_000.50m, 1),
        ];
        IReadOnlyList<IdeaQuarter> quarters = IdeaContest.Rank(ideas);
        Assert.Equal(["2025-Q4", "2026-Q1"], quarters.Select(q => q.Quarter));
        IdeaQuarter first = quarters[1];
        Assert.Equal(5, first.Ideas);
        Assert.Equal(380_000m, first.TotalEffect);
        Assert.Equal(["Delivery tracking", "Self check-in", "Callback in 15 minutes"], first.Top.Select(i => i.Title));
        Assert.Empty(first.TiedBeyondTop);
        IdeaQuarter four = IdeaContest.Rank(ideas, top: 4)[1];
        Assert.Equal("Loyalty card", four.Top[3].Title);
        Assert.Equal(["Plain-language contract"], four.TiedBeyondTop.Select(i => i.Title));
        Assert.Equal(10_000.50m, quarters[0].TotalEffect);
    }

    [Fact]
    public void IdeaContest_BadInputs_NameTheProblem()
    {
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new Idea(" ", "2026-Q1", 1, 1)).ParamName);
        Assert.Equal("importance", Assert.Throws<ArgumentOutOfRangeException>(() => new Idea("a", "2026-Q1", 1, -1)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => IdeaContest.Rank([], 0));
        var overflow = Assert.Throws<OverflowException>(() => IdeaContest.Rank([new("a", "Q1", decimal.MaxValue, 1), new("b", "Q1", decimal.MaxValue, 1)]));
        Assert.StartsWith("The economic effects of quarter Q1 add up to more than decimal can hold", overflow.Message, StringComparison.Ordinal);
        Assert.Contains("position 1", Assert.Throws<ArgumentNullException>(() => IdeaContest.Rank([new("a", "Q1", 1, 1), null!])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessCycleEfficiency_FromStepsAndFromTotals()
    {
        ValueStreamStep[] steps =
        [
            new("Order taken", TimeSpan.FromMinutes(10), valueAdding: true),
            new("Waiting for the warehouse", TimeSpan.FromHours(20), valueAdding: false),
            new("Picking and packing", TimeSpan.FromMinutes(50), valueAdding: true),
            new("Waiting for the courier", TimeSpan.FromHours(3), valueAdding: false),
        ];
        ProcessCycleEfficiencyResult result = ProcessCycleEfficiency.FromSteps(steps);
        Assert.Equal(TimeSpan.FromHours(1), result.ValueAddingTime);
        Assert.Equal(TimeSpan.FromHours(24), result.LeadTime);
        Assert.Equal(1 / 24.0, result.Efficiency, 15);
        Assert.Equal(23 / 24.0, result.WasteShare, 15);
        Assert.Equal(20 / 24.0, result.StepShares[1], 15);
        Assert.Equal("PCE 4.2 % (value-adding 01:00:00 of 1.00:00:00)", result.ToString());
        Assert.Equal(0.25, ProcessCycleEfficiency.FromTotals(TimeSpan.FromHours(2), TimeSpan.FromHours(8)).Efficiency);
        Assert.True(double.IsNaN(ProcessCycleEfficiency.FromSteps([]).Efficiency));
        Assert.Equal("leadTime", Assert.Throws<ArgumentOutOfRangeException>(() => ProcessCycleEfficiency.FromTotals(TimeSpan.FromHours(2), TimeSpan.FromHours(1))).ParamName);
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() => new ValueStreamStep("x", TimeSpan.FromSeconds(-1), true)).ParamName);
        Assert.Throws<OverflowException>(() => ProcessCycleEfficiency.FromSteps([new("a", TimeSpan.MaxValue, true), new("b", TimeSpan.MaxValue, false)]));
    }

    [Fact]
    public void ServiceMaturity_IsTheWeakestTouchpoint_AndNamesWhatHoldsItBack()
    {
        ServiceMaturityResult result = ServiceMaturity.Assess(new Dictionary<Touchpoint, MaturityLevel>
        {
            [Touchpoint.Product] = MaturityLevel.CustomerServiceCentre,
            [Touchpoint.Advertising] = MaturityLevel.ProfessionalService,
            [Touchpoint.Website] = MaturityLevel.QualityService,
            [Touchpoint.CommunicationAndSupport] = MaturityLevel.ProfessionalService,
            [Touchpoint.Logistics] = MaturityLevel.QualityService,
        });
        Assert.Equal(MaturityLevel.QualityService, result.Overall);
        Assert.Equal([Touchpoint.Website, Touchpoint.Logistics], result.HoldingBack);
        Assert.Empty(result.NotAssessed);
        Assert.Equal("level 1 (QualityService), held back by Website, Logistics", result.ToString());

        ServiceMaturityResult even = ServiceMaturity.Assess([new(Touchpoint.Logistics, MaturityLevel.ProfessionalService), new(Touchpoint.Product, MaturityLevel.ProfessionalService)]);
        Assert.Empty(even.HoldingBack);
        Assert.Equal([Touchpoint.Advertising, Touchpoint.Website, Touchpoint.CommunicationAndSupport], even.NotAssessed);
        Assert.Equal(Touchpoint.Product, even.Levels[0].Key);
    }

    [Fact]
    public void ServiceMaturity_BadInputs_NameTheProblem()
    {
        Assert.StartsWith("Assess at least one touchpoint.", Assert.Throws<ArgumentException>(() => ServiceMaturity.Assess([])).Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => ServiceMaturity.Assess([new(Touchpoint.Website, MaturityLevel.QualityService), new(Touchpoint.Website, MaturityLevel.CustomerServiceCentre)]));
        Assert.StartsWith("Website is assessed twice", twice.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ServiceMaturity.Assess([new(Touchpoint.Website, (MaturityLevel)4)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ServiceMaturity.Assess([new((Touchpoint)0, MaturityLevel.QualityService)]));
    }

    [Fact]
    public void InternalAndExternalSatisfaction_SideBySide()
    {
        byte[] colleagues = [.. Enumerable.Repeat((byte)5, 30), .. Enumerable.Repeat((byte)3, 20)];
        byte[] clients = [.. Enumerable.Repeat((byte)4, 160), .. Enumerable.Repeat((byte)2, 40)];
        SatisfactionGap gap = Satisfaction.CompareInternalExternal(colleagues, clients);
        Assert.Equal(0.6, gap.Internal.Csat, 15);
        Assert.Equal(0.8, gap.External.Csat, 15);
        Assert.Equal(-0.2, gap.Gap, 12);
        Assert.Equal(gap.Gap, gap.Comparison.Difference, 15);
        Assert.Equal(0.0030590162109340735, gap.Comparison.PValue, 9);
        Assert.Equal(-0.34680010101716113, gap.Comparison.Interval.Lower, 12);
        Assert.Equal("internal CSAT 60 % (N 50), external 80 % (N 200): gap -20 points (p = 0.003)", gap.ToString());
        Assert.Equal(new Proportion(30, 50), gap.Internal.Satisfied);
        var scales = Assert.Throws<ArgumentException>(() => new SatisfactionGap(Satisfaction.Calculate([5], 5), Satisfaction.Calculate([7], 7)));
        Assert.StartsWith("Internal ratings are on a 1..5 scale, external ones on 1..7", scales.Message, StringComparison.Ordinal);
    }
}
