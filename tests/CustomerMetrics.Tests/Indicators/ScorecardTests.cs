using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Indicators;

/// <summary>The customer-orientation scorecard: KPIs from the library's results, targets, movements, merging.</summary>
public class ScorecardTests
{
    [Fact]
    public void TheFourteenStepsKpis_FromTheLibrarysResults()
    {
        NpsResult now = Nps.FromCounts(50, 30, 20);
        NpsResult before = Nps.FromCounts(40, 35, 25);
        AuditResult audit = AuditIndex.Score([new AuditCheck("greeting", AuditOutcome.Passed), new AuditCheck("offer", AuditOutcome.Failed)]);
        var scorecard = new Scorecard(
        [
            Kpi.Nps(now, target: 50, previous: before),
            Kpi.PositiveComments(PositiveComments.Change(120, 150), target: 140),
            Kpi.IdeasEffect(380_000m, "RUB", target: 300_000m, previous: 250_000m),
            Kpi.ServiceLevel(Sla.Compliance(364, 365), target: 99.7),
            Kpi.Csat(Satisfaction.Calculate([5, 4, 4, 3, 5]), target: 80),
            Kpi.AuditIndex(audit, target: 90),
        ]);

        Kpi nps = scorecard.Find("Loyalty index (NPS)")!;
        Assert.Equal(30, nps.Value, 12);
        Assert.Equal(15, nps.Previous!.Value, 12);
        Assert.False(nps.TargetMet);
        Assert.Equal(KpiMovement.Improved, nps.Movement);
        Assert.Equal("Loyalty index (NPS): 30 points (target 50, missed; was 15, improved)", nps.ToString());
        Assert.True(scorecard.Find("Positive comments")!.TargetMet);
        Assert.True(scorecard.Find("Economic effect of ideas")!.TargetMet);
        Assert.Equal(364 / 365.0 * 100, scorecard.Find("Service level (SLA)")!.Value, 12);
        Assert.True(scorecard.Find("Service level (SLA)")!.TargetMet);
        Assert.Equal(80, scorecard.Find("Customer satisfaction (CSAT)")!.Value, 12);
        Assert.False(scorecard.Find("Audit index")!.TargetMet);
        Assert.Equal(4, scorecard.Met);
        Assert.Equal(2, scorecard.Missed);
        Assert.Equal("6 KPIs: 4 met, 2 missed, 0 without a target or value", scorecard.ToString());
    }

    [Theory]
    [InlineData(10.0, 12.0, true, KpiMovement.Improved)]
    [InlineData(10.0, 12.0, false, KpiMovement.Worsened)]
    [InlineData(10.0, 10.0, true, KpiMovement.Unchanged)]
    [InlineData(12.0, 10.0, false, KpiMovement.Improved)]
    public void Movement_IsReadInTheBetterDirection(double previous, double value, bool higherIsBetter, KpiMovement expected) =>
        Assert.Equal(expected, new Kpi("k", value, "", previous: previous, higherIsBetter: higherIsBetter).Movement);

    [Fact]
    public void LowerIsBetter_MeetsATargetFromBelow_AndNotMeasuredIsNeither()
    {
        Assert.True(new Kpi("Complaints", 8, "", target: 10, higherIsBetter: false).TargetMet);
        Assert.False(new Kpi("Complaints", 11, "", target: 10, higherIsBetter: false).TargetMet);
        var unmeasured = Kpi.Nps(NpsResult.Empty, target: 50, previous: Nps.FromCounts(1, 0, 0));
        Assert.Null(unmeasured.TargetMet);
        Assert.Equal(KpiMovement.Unknown, unmeasured.Movement);
        Assert.Null(Kpi.Nps(Nps.FromCounts(1, 0, 0), previous: NpsResult.Empty).Previous);
        Assert.Equal(1, new Scorecard([unmeasured]).Unjudged);
    }

    [Fact]
    public void TargetsAreMetOnTheBoundary_AndPreviousValuesKeepTheirUnit()
    {
        Assert.True(new Kpi("NPS", 50, "points", target: 50).TargetMet);
        Assert.True(new Kpi("Complaints", 10, "", target: 10, higherIsBetter: false).TargetMet);
        Assert.Equal(360 / 365.0 * 100, Kpi.ServiceLevel(Sla.Compliance(364, 365), previous: Sla.Compliance(360, 365)).Previous!.Value, 12);
        Assert.Equal(50, Kpi.Csat(Satisfaction.Calculate([5, 4]), previous: Satisfaction.Calculate([5, 1])).Previous!.Value, 12);
        AuditResult audit = AuditIndex.Score([new AuditCheck("greeting", AuditOutcome.Passed)]);
        Assert.Equal("%", Kpi.AuditIndex(audit).Unit);
        Assert.Equal(100, Kpi.AuditIndex(AuditIndex.Score([new AuditCheck("a", AuditOutcome.Failed)]), previous: audit).Previous);
        Assert.Equal("Loyalty index (NPS): not measured (target 50)", Kpi.Nps(NpsResult.Empty, target: 50).ToString());
        Assert.Equal("Audit index: 100 % (no target)", Kpi.AuditIndex(audit).ToString());
        Assert.Equal("Complaints: 12 (target 10, missed; was 14, improved)", new Kpi("Complaints", 12, "", target: 10, higherIsBetter: false, previous: 14).ToString());
        Assert.False(Scorecard.Empty.Equals(null));
        Assert.NotEqual(new Scorecard([new Kpi("a", 1, "")]), new Scorecard([new Kpi("a", 2, "")]));
    }

    [Fact]
    public void BadKpis_AreRejectedWithAMessage()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Kpi(null!, 1, "")).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => new Kpi("x", 1, null!)).ParamName);
        Assert.StartsWith("A KPI needs a name.", Assert.Throws<ArgumentException>(() => new Kpi("  ", 1, "")).Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new Kpi(" ", 1, "")).ParamName);
        Assert.StartsWith("The value of KPI \"x\" is infinite", Assert.Throws<ArgumentOutOfRangeException>(() => new Kpi("x", double.PositiveInfinity, "")).Message, StringComparison.Ordinal);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => new Kpi("x", 1, "", target: double.NaN)).ParamName);
        Assert.Equal("previous", Assert.Throws<ArgumentOutOfRangeException>(() => new Kpi("x", 1, "", previous: double.NegativeInfinity)).ParamName);
        var twice = Assert.Throws<ArgumentException>(() => new Scorecard([new Kpi("NPS", 1, ""), new Kpi(" NPS", 2, "")]));
        Assert.StartsWith("KPI \"NPS\" appears twice", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_UnitesKpis_AndRefusesAConflict()
    {
        var sales = new Scorecard([new Kpi("NPS", 30, "points", 50), new Kpi("CSAT", 80, "%")]);
        var service = new Scorecard([new Kpi("SLA", 99.5, "%", 99.7), new Kpi("NPS", 30, "points", 50)]);
        Scorecard merged = sales + service;
        Assert.Equal(["NPS", "CSAT", "SLA"], merged.Kpis.Select(k => k.Name));
        var conflict = Assert.Throws<ArgumentException>(() => sales + new Scorecard([new Kpi("NPS", 31, "points", 50)]));
        Assert.StartsWith("KPI \"NPS\" differs between the scorecards", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_IsAssociative_HasAnIdentity_AndEitherOrderHoldsTheSameKpis()
    {
        var kpi = from name in Gen.Elements("NPS", "CSAT", "SLA", "Audit index", "Ideas")
                  select new Kpi(name, name.Length * 10, "%", target: 50);
        var cards = kpi.ArrayOf().Select(k => new Scorecard(k.DistinctBy(x => x.Name)));
        Prop.ForAll(cards.Three().ToArbitrary(), c =>
        {
            Assert.Equal((c.Item1 + c.Item2) + c.Item3, c.Item1 + (c.Item2 + c.Item3));
            Assert.Equal(c.Item1, Scorecard.Empty + c.Item1);
            Assert.Equal(c.Item1, c.Item1 + Scorecard.Empty);
            Assert.Equal((c.Item1 + c.Item2).Kpis.OrderBy(k => k.Name, StringComparer.Ordinal), (c.Item2 + c.Item1).Kpis.OrderBy(k => k.Name, StringComparer.Ordinal));
        }).Check(Properties.Default);
    }
}
