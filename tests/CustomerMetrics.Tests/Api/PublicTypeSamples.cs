using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerMetrics.Tests.Api;

/// <summary>
/// At least one instance of every public type of the library that has instances, built through its
/// public API, with fractions, NaN figures and empty inputs among them: the values that reveal culture
/// leaks in <c>ToString</c> and losses in serialization. A test fails when a public type has no sample.
/// </summary>
internal static class PublicTypeSamples
{
    internal static IEnumerable<object> All()
    {
        byte[] answers = [10, 9, 9, 10, 9, 8, 7, 7, 6, 0];
        NpsResult nps = Nps.Calculate(answers);
        yield return nps;
        yield return NpsResult.Empty;
        yield return Nps.CalculateDistribution(answers);
        yield return NpsDistribution.Empty;
        yield return Nps.Compare(nps, Nps.FromCounts(12, 3, 1));
        yield return Nps.Compare(NpsResult.Empty, nps);
        yield return Nps.CalculateWeighted(answers, [1.5, 0.5, 1, 1, 1, 2.25, 1, 1, 1, 0.75]);
        yield return WeightedNpsResult.Empty;
        yield return nps.ConfidenceInterval(0.9);
        yield return NpsBandThresholds.Default;
        yield return new NpsBandThresholds(12.5, 47.5);
        foreach (NpsTrendPoint<string> point in Nps.Trend([("2026-01", 10), ("2026-01", 3), ("2026-02", 9), ("2026-02", 8)]))
        {
            yield return point;
        }

        SocoInstrument instrument = SocoInstrument.Short10;
        yield return instrument;
        yield return instrument.Items[0];
        SocoScore score = instrument.Score([9, 8, 7, 8, 9, 2, 3, SocoInstrument.Missing, 2, 1]);
        yield return score;
        yield return instrument.Score([9, SocoInstrument.Missing, SocoInstrument.Missing, SocoInstrument.Missing, 9, 2, 3, 4, 2, 1]);
        SocoSummary summary = instrument.Summarize([[9, 8, 7, 8, 9, 2, 3, 1, 2, 1], [5, 6, 5, 7, 6, 4, 5, 3, 4, 4], [7, 7, 8, 6, 7, 3, 2, 2, 3, 2]]);
        yield return summary;
        yield return summary.Items[0];
        yield return instrument.Tally([[9, 8, 7, 8, 9, 2, 3, 1, 2, 1], [5, 6, 5, 7, SocoInstrument.Missing, 4, 5, 3, 4, 4], [1, 1, 1, 1, 1, 1, 1, 1, 1, SocoInstrument.Missing]]);
        yield return SocoTally.Empty;

        AuditCheck check = new("greeting", AuditOutcome.Passed, 1.5, Critical: true, Section: "Store");
        yield return check;
        yield return AuditChecklist.MysteryShopping;
        yield return AuditChecklist.MysteryShopping.Items[3];
        AuditResult audit = AuditIndex.Score([check, new AuditCheck("delivery", AuditOutcome.Failed, 0.75, Section: "Delivery"), new AuditCheck("return", AuditOutcome.NotApplicable)]);
        yield return audit;
        yield return AuditIndex.Score([new AuditCheck("a", AuditOutcome.NotApplicable)]);
        yield return AuditIndex.Summarize([audit, audit]);
        foreach (AuditTrendPoint<string> point in AuditIndex.Trend([("2026-01", audit), ("2026-02", AuditIndex.Score([check]))]))
        {
            yield return point;
        }

        var scenario = new ClientLossScenario { AnnualPurchases = 10_000.5m, AnnualGrowthRate = 0.05, Years = 3, NetMargin = 0.2m, DiscountRate = 0.1, RetentionProbability = 0.9, AcquisitionCost = 1_500.25m };
        yield return scenario;
        ClientLossResult loss = ClientLoss.Calculate(scenario);
        yield return loss;
        yield return loss.Schedule[1];
        var client = new PortfolioClient("C-17", scenario, 0.25);
        yield return client;
        ClientPortfolioResult portfolio = ClientLoss.Portfolio([client, new PortfolioClient("C-18", scenario with { Years = 1 }, 0.5)]);
        yield return portfolio;
        yield return portfolio.TopAtRisk[0];

        yield return Sla.Compliance(364, 365);
        yield return Sla.Compliance(0, 0);
        foreach (SlaPeriod<string> period in Sla.MeasureByPeriod([("2026-01", 0.5), ("2026-02", 1.5)], 1))
        {
            yield return period;
        }

        yield return Sla.Summarize([12.5, 3.25, 40, 18.75], 20);
        yield return ResponseTimeSketch.Create([12.5, 3.25, 40, 18.75, 0]);
        yield return ResponseTimeSketch.Empty;
        yield return ContactCentre.Counts(180, 160, 20, 8, 5);
        yield return ServiceLevels.Distribution([4, 5, 3.5], [4.5, 5, 2]);
        yield return GapLayout.Servqual;
        yield return GapLayout.Servqual.Dimensions[1];
        ServiceGapScore gaps = ServiceLevels.ScoreGaps(
            GapLayout.Servqual,
            Enumerable.Range(0, 22).Select(i => 5.5 + (i % 3)).ToArray(),
            Enumerable.Range(0, 22).Select(i => 5.25 + (i % 4)).ToArray(),
            [20, 30, 15.5, 20, 14.5]);
        yield return gaps;
        yield return gaps.Dimensions[0];
        ErlangCResult erlang = ErlangC.Analyze(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), 14, TimeSpan.FromSeconds(20));
        yield return erlang;
        yield return ErlangC.AgentsFor(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(20), 0.8, 0.3);
        yield return Satisfaction.Calculate([5, 4, 4, 3, 5, 2]);
        yield return Satisfaction.Calculate([]);

        var share = new Proportion(12, 300);
        yield return share;
        yield return Proportion.Empty;
        yield return share.CompareWith(new Proportion(30, 310), 0.9);
        yield return share.CompareWith(Proportion.Empty);
        yield return RepeatPurchases.FromPurchaseCounts([7, 1, 2, 0]);
        yield return Referrals.Calculate(200, 180, 300, 100);
        yield return NegativeReviews.Compare(300, 12, 0.15, 0.2);
        yield return NegativeReviews.Compare(0, 0, 0.15, 0.2);
        yield return PositiveComments.Change(120, 150);
        yield return PositiveComments.Change(0, 0);
        ComplaintTally complaints = ComplaintTally.Count(["price", "late delivery", "price", "кошка"]);
        yield return complaints;
        yield return complaints.Topics[0];
        yield return complaints.Top(1);
        yield return TrainingCoverage.Calculate(50, 45, 0.95);
        Idea idea = new("Self check-in", "2026-Q1", 120_000.50m, 4);
        yield return idea;
        yield return IdeaContest.Rank([idea, new Idea("Tracking", "2026-Q1", 120_000.50m, 4)], top: 1)[0];
        ValueStreamStep step = new("Waiting", TimeSpan.FromHours(20.5), valueAdding: false);
        yield return step;
        yield return ProcessCycleEfficiency.FromSteps([step, new ValueStreamStep("Packing", TimeSpan.FromMinutes(50), true)]);
        yield return ProcessCycleEfficiency.FromTotals(TimeSpan.Zero, TimeSpan.Zero);
        yield return ServiceMaturity.Assess([new(Touchpoint.Website, MaturityLevel.QualityService), new(Touchpoint.Product, MaturityLevel.CustomerServiceCentre)]);
        yield return Satisfaction.CompareInternalExternal([5, 3, 4], [4, 4, 2, 5]);
        Kpi kpi = Kpi.Nps(nps, target: 50.5, previous: NpsResult.Empty);
        yield return kpi;
        yield return new Scorecard([kpi, new Kpi("Complaints", 12.5, "", target: 10, higherIsBetter: false, previous: 14)]);
        yield return Scorecard.Empty;
    }

    /// <summary>Public types that have instances: not static, not enums, not exceptions, not interfaces.</summary>
    internal static IEnumerable<Type> TypesWithInstances() =>
        typeof(Nps).Assembly.GetExportedTypes()
            .Where(type => !(type.IsAbstract && type.IsSealed) && !type.IsEnum && !type.IsInterface && !typeof(Exception).IsAssignableFrom(type)
                && type.BaseType?.Name != "JsonSerializerContext");
}
