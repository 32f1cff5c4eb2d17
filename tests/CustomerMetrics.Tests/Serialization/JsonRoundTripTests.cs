#if !LIBRARY_NETSTANDARD
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Serialization;

/// <summary>
/// Every public result, tally, scenario and definition type round-trips through System.Text.Json to an
/// equal value, with the default (reflection) options and with the library's source-generated context,
/// and both write the same text. One FsCheck property per type, on values made by the library itself.
/// </summary>
public class JsonRoundTripTests
{
    private static readonly JsonSerializerOptions Reflection = new();

    private static readonly Gen<byte[]> Answers = Gen.Choose(0, 10).Select(a => (byte)a).ArrayOf();
    private static readonly Gen<NpsResult> NpsResults = Answers.Select(a => Nps.Calculate(a));
    private static readonly Gen<string> Keys = Gen.Elements("2026-01", "2026-02", "web", "store", "ia", "Ib", "a\u00AD", "кошка");

    private static readonly Gen<SocoInstrument> Instruments =
        from k in Gen.Choose(1, 12)
        from polarities in Gen.Elements(ItemPolarity.CustomerOriented, ItemPolarity.SellingOriented).ArrayOf(k)
        from min in Gen.Choose(0, 3)
        from width in Gen.Choose(1, 8)
        from share in Gen.Choose(5, 10).Select(s => s / 10.0)
        select new SocoInstrument(polarities.Select((p, i) => new SocoItem(i + 1, p, $"statement {i + 1}")), min, min + width, share);

    private static readonly Gen<(SocoInstrument Instrument, int[][] Respondents)> Teams =
        from instrument in Instruments
        from respondents in Gen.Frequency((6, Gen.Choose(instrument.ScaleMin, instrument.ScaleMax)), (1, Gen.Constant(SocoInstrument.Missing))).ArrayOf(instrument.Items.Count).ArrayOf()
        select (instrument, respondents);

    private static readonly Gen<AuditCheck> Checks =
        from item in Gen.Choose(0, 20)
        from outcome in Gen.Elements(AuditOutcome.Passed, AuditOutcome.Failed, AuditOutcome.NotApplicable)
        from weight in Gen.Choose(1, 20).Select(w => w / 4.0)
        from critical in Gen.Elements(true, false, false)
        from section in Gen.Elements<string?>(null, "Store", "Phone")
        select new AuditCheck($"item-{item}", outcome, weight, critical, section);

    private static readonly Gen<AuditResult> AuditResults =
        from checks in Checks.ArrayOf()
        from knockOut in Gen.Elements(true, false)
        select AuditIndex.Score(checks, knockOut);

    private static readonly Gen<ClientLossScenario> Scenarios =
        from purchases in Gen.Choose(0, 100_000)
        from linear in Gen.Elements(true, false)
        from increase in Gen.Choose(-5_000, 5_000)
        from growth in Gen.Choose(-50, 50)
        from years in Gen.Choose(1, 20)
        from margin in Gen.Choose(-100, 100)
        from discount in Gen.Choose(0, 30)
        from retention in Gen.Choose(0, 100)
        from acquisition in Gen.Choose(0, 10_000)
        from timing in Gen.Elements(PaymentTiming.EndOfYear, PaymentTiming.StartOfYear)
        select new ClientLossScenario
        {
            AnnualPurchases = purchases + 0.25m,
            AnnualIncrease = linear ? increase : 0,
            AnnualGrowthRate = linear ? 0 : growth / 100.0,
            Years = years,
            NetMargin = margin / 100m,
            DiscountRate = discount / 100.0,
            RetentionProbability = retention / 100.0,
            AcquisitionCost = acquisition,
            Timing = timing,
        };

    private static readonly Gen<PortfolioClient> Clients =
        from id in Gen.Choose(0, 999)
        from scenario in Scenarios
        from churn in Gen.Choose(0, 100)
        select new PortfolioClient($"C-{id}", scenario, churn / 100.0);

    private static readonly Gen<double[]> Durations = Gen.Choose(0, 4000).Select(d => d / 8.0).ArrayOf();

    private static readonly Gen<ServiceGapScore> Gaps =
        from expected in Gen.Choose(1, 7).Select(v => (double)v).ArrayOf(22)
        from perceived in Gen.Choose(1, 7).Select(v => (double)v).ArrayOf(22)
        from weighted in Gen.Elements(true, false)
        from tolerance in Gen.Choose(0, 4).Select(t => t / 4.0)
        select ServiceLevels.ScoreGaps(GapLayout.Servqual, expected, perceived, weighted ? [20, 30, 15, 20, 15] : default, tolerance);

    private static readonly Gen<StaffingResult> Staffing =
        from calls in Gen.Choose(1, 400)
        from aht in Gen.Choose(30, 600)
        from target in Gen.Choose(0, 60)
        from level in Gen.Choose(50, 95)
        from shrinkage in Gen.Choose(0, 50)
        select ErlangC.AgentsFor(calls, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(aht), TimeSpan.FromSeconds(target), level / 100.0, shrinkage / 100.0);

    private static readonly Gen<Proportion> Proportions =
        from total in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 100_000)))
        from count in Gen.Choose(0, total)
        select new Proportion(count, total);

    private static readonly Gen<Idea> Ideas =
        from title in Gen.Elements("Self check-in", "Tracking", "кошка", "a\u00AD")
        from quarter in Gen.Elements("2026-Q1", "2026-Q2")
        from effect in Gen.Choose(-100_000, 1_000_000)
        from importance in Gen.Choose(0, 5)
        select new Idea(title, quarter, effect / 100m, importance);

    private static readonly Gen<ValueStreamStep> Steps =
        from name in Gen.Elements("Order", "Waiting", "Packing")
        from ticks in Gen.Choose(0, int.MaxValue)
        from valueAdding in Gen.Elements(true, false)
        select new ValueStreamStep(name, TimeSpan.FromTicks(ticks * 1_000L), valueAdding);

    private static readonly Gen<Kpi> Kpis =
        from name in Gen.Elements("NPS", "CSAT", "Complaints", "кошка")
        from value in Gen.Frequency((1, Gen.Constant(double.NaN)), (6, Gen.Choose(-1000, 1000).Select(v => v / 8.0)))
        from target in Gen.Elements<double?>(null, 50, -12.5)
        from previous in Gen.Elements<double?>(null, 0, 99.125)
        from higher in Gen.Elements(true, false)
        from unit in Gen.Elements("", "%", "RUB")
        select new Kpi(name, value, unit, target, higher, previous);

    public static TheoryData<string> TypeNames() => new(Cases().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void RoundTrips_WithReflectionAndWithTheSourceGeneratedContext(string typeName) =>
        Cases().Single(c => c.Name == typeName).Check();

    /// <summary>
    /// What a reader of the document sees: every written property named like a public property of the value holds
    /// that property's value (nested values and lists alike), and every public figure is written (those left out
    /// on purpose are listed in <see cref="JsonShape.NotWritten"/>).
    /// </summary>
    [Theory]
    [MemberData(nameof(TypeNames))]
    public void WritesEveryPublicFigure_AsTheValueHasIt(string typeName) =>
        Cases().Single(c => c.Name == typeName).Mirror();

    [Fact]
    public void EveryPublicTypeWithInstances_HasARoundTripProperty()
    {
        var covered = Cases().Select(c => c.Type.IsGenericType ? c.Type.GetGenericTypeDefinition() : c.Type).ToHashSet();
        var missing = Api.PublicTypeSamples.TypesWithInstances().Where(t => !covered.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "No JSON round-trip property for: " + string.Join(", ", missing));
    }

    private static IEnumerable<Case> Cases()
    {
        yield return Case.For(Proportions, c => c.Proportion);
        yield return Case.For(from a in Proportions from b in Proportions from level in Gen.Elements(0.9, 0.95) select a.CompareWith(b, level), c => c.ProportionComparison);
        yield return Case.For(Gen.Choose(0, 30).ArrayOf().Select(p => RepeatPurchases.FromPurchaseCounts(p)), c => c.RepeatPurchaseResult);
        yield return Case.For(from a in Proportions from b in Proportions select Referrals.Calculate(a.Total, a.Count, b.Total, b.Count), c => c.ReferralResult);
        yield return Case.For(from p in Proportions from low in Gen.Choose(0, 50) from width in Gen.Choose(0, 50) select new ShareBenchmark(p, low / 100.0, (low + width) / 100.0), c => c.ShareBenchmark);
        yield return Case.For(from a in Gen.Choose(0, 100_000) from b in Gen.Choose(0, 100_000) select PositiveComments.Change(a, b), c => c.CountChange);
        Gen<ComplaintTally> tallies = Gen.Elements("price", "late delivery", "кошка", "a\u00AD", "Price").ArrayOf().Select(t => ComplaintTally.Count(t));
        yield return Case.For(tallies, c => c.ComplaintTally);
        yield return Case.For(tallies.Where(t => t.Total > 0).Select(t => t.Topics[^1]), c => c.TopicCount);
        yield return Case.For(from t in tallies.Where(t => t.Total > 0) from n in Gen.Choose(1, 4) select t.Top(n), c => c.TopicRanking);
        yield return Case.For(from p in Proportions from target in Gen.Choose(0, 100) select TrainingCoverage.Calculate(p.Total, p.Count, target / 100.0), c => c.CoverageResult);
        yield return Case.For(Ideas, c => c.Idea);
        yield return Case.For(from ideas in Ideas.NonEmptyListOf() from top in Gen.Choose(1, 3) select IdeaContest.Rank(ideas, top)[0], c => c.IdeaQuarter);
        yield return Case.For(Steps, c => c.ValueStreamStep);
        yield return Case.For(
            Gen.OneOf(
                Steps.ArrayOf().Select(s => ProcessCycleEfficiency.FromSteps(s)),
                from va in Gen.Choose(0, 1000) from extra in Gen.Choose(0, 1000) select ProcessCycleEfficiency.FromTotals(TimeSpan.FromMinutes(va), TimeSpan.FromMinutes(va + extra))),
            c => c.ProcessCycleEfficiencyResult);
        yield return Case.For(
            from levels in Gen.Elements(MaturityLevel.QualityService, MaturityLevel.ProfessionalService, MaturityLevel.CustomerServiceCentre).ArrayOf(5)
            from count in Gen.Choose(1, 5)
            select ServiceMaturity.Assess(levels.Take(count).Select((level, i) => new KeyValuePair<Touchpoint, MaturityLevel>((Touchpoint)(i + 1), level))),
            c => c.ServiceMaturityResult);
        Gen<byte[]> ratings = Gen.Choose(1, 5).Select(r => (byte)r).ArrayOf();
        yield return Case.For(from a in ratings from b in ratings select Satisfaction.CompareInternalExternal(a, b), c => c.SatisfactionGap);
        yield return Case.For(Kpis, c => c.Kpi);
        yield return Case.For(Kpis.ArrayOf().Select(k => new Scorecard(k.DistinctBy(x => x.Name))), c => c.Scorecard);
        yield return Case.For(NpsResults, c => c.NpsResult);
        yield return Case.For(Answers.Select(a => Nps.CalculateDistribution(a)), c => c.NpsDistribution);
        yield return Case.For(from a in NpsResults from b in NpsResults from level in Gen.Elements(0.8, 0.9, 0.95, 0.99) select Nps.Compare(a, b, level), c => c.NpsComparison);
        yield return Case.For(
            from answers in Answers
            from weights in Gen.Choose(0, 40).Select(w => w / 8.0).ArrayOf(answers.Length)
            from extreme in Gen.Elements(1.0, 1e-200, 1e200)
            select Nps.CalculateWeighted(answers, weights.Select(w => w * extreme).ToArray()),
            c => c.WeightedNpsResult);
        yield return Case.For(from r in NpsResults from level in Gen.Elements(0.9, 0.95) from m in Gen.Elements(NpsIntervalMethod.Wald, NpsIntervalMethod.AdjustedWald, NpsIntervalMethod.Score) select r.ConfidenceInterval(level, m), c => c.ConfidenceInterval);
        yield return Case.For(from a in Gen.Choose(-100, 100) from d in Gen.Choose(0, 100) select new NpsBandThresholds(a, Math.Min(100, a + d)), c => c.NpsBandThresholds);
        yield return Case.For(Gen.Zip(Keys, Gen.Choose(0, 10)).ListOf().Select(r => Nps.Trend(r.Select(x => (x.Item1, x.Item2)))).Where(t => t.Count > 0).Select(t => t[^1]), c => c.NpsTrendPointString);
        yield return Case.For(Instruments, c => c.SocoInstrument);
        yield return Case.For(Instruments.Select(i => i.Items[0]), c => c.SocoItem);
        yield return Case.For(Teams.Where(t => t.Respondents.Length > 0).Select(t => t.Instrument.Score(t.Respondents[0])), c => c.SocoScore);
        yield return Case.For(Teams.Select(t => t.Instrument.Tally(t.Respondents)), c => c.SocoTally);
        yield return Case.For(Teams.Select(t => t.Instrument.Summarize(t.Respondents)), c => c.SocoSummary);
        yield return Case.For(Teams.Select(t => t.Instrument.Summarize(t.Respondents).Items[0]), c => c.SocoItemStatistics);
        yield return Case.For(Checks, c => c.AuditCheck);
        yield return Case.For(Gen.Elements(AuditChecklist.MysteryShopping.Items.ToArray()), c => c.AuditChecklistItem);
        yield return Case.For(Gen.Choose(1, 13).Select(n => new AuditChecklist(AuditChecklist.MysteryShopping.Items.Take(n))), c => c.AuditChecklist);
        yield return Case.For(AuditResults, c => c.AuditResult);
        yield return Case.For(AuditResults.ArrayOf().Select(a => AuditIndex.Summarize(a)), c => c.AuditSummary);
        yield return Case.For(Gen.Zip(Keys, AuditResults).ListOf().Select(a => AuditIndex.Trend(a.Select(x => (x.Item1, x.Item2)))).Where(t => t.Count > 0).Select(t => t[^1]), c => c.AuditTrendPointString);
        yield return Case.For(Scenarios, c => c.ClientLossScenario);
        yield return Case.For(Scenarios.Select(s => ClientLoss.Calculate(s)), c => c.ClientLossResult);
        yield return Case.For(Scenarios.Select(s => ClientLoss.Calculate(s).Schedule[^1]), c => c.ClientLossYear);
        yield return Case.For(Clients, c => c.PortfolioClient);
        yield return Case.For(from clients in Clients.ArrayOf() from top in Gen.Choose(0, 5) select ClientLoss.Portfolio(clients, top), c => c.ClientPortfolioResult);
        yield return Case.For(Clients.ArrayOf().Where(c => c.Length > 0).Select(c => ClientLoss.Portfolio(c, 1).TopAtRisk[0]), c => c.ClientAtRisk);
        yield return Case.For(Durations.Select(d => Sla.Measure(d, 60)), c => c.SlaResult);
        yield return Case.For(Gen.Zip(Keys, Gen.Choose(0, 100).Select(d => (double)d)).ListOf().Select(o => Sla.MeasureByPeriod(o.Select(x => (x.Item1, x.Item2)), 50)).Where(p => p.Count > 0).Select(p => p[0]), c => c.SlaPeriodString);
        yield return Case.For(Durations.Select(d => Sla.Summarize(d, 60)), c => c.ResponseTimeSummary);
        yield return Case.For(from d in Durations from a in Gen.Elements(0.01, 0.02) from b in Gen.Elements(16, 2048) select ResponseTimeSketch.Create(d, a, b), c => c.ResponseTimeSketch);
        yield return Case.For(from d in Durations from ab in Gen.Elements(true, false).ArrayOf(d.Length) select ContactCentre.Classify(d, ab, 20, 2), c => c.ContactCentreCounts);
        yield return Case.For(from e in Durations from p in Gen.Choose(0, 400).Select(x => x / 8.0).ArrayOf(e.Length) select ServiceLevels.Distribution(e, p, 1), c => c.ServiceLevelDistribution);
        yield return Case.For(Gen.Constant(GapLayout.Servqual), c => c.GapLayout);
        yield return Case.For(Gen.Elements(GapLayout.Servqual.Dimensions.ToArray()), c => c.GapDimension);
        yield return Case.For(Gaps, c => c.ServiceGapScore);
        yield return Case.For(Gaps.Select(g => g.Dimensions[2]), c => c.DimensionGap);
        yield return Case.For(Staffing.Select(s => s.Result), c => c.ErlangCResult);
        yield return Case.For(Staffing, c => c.StaffingResult);
        yield return Case.For(from r in Gen.Choose(1, 5).Select(x => (byte)x).ArrayOf() from max in Gen.Constant(5) select Satisfaction.Calculate(r, max), c => c.SatisfactionResult);
    }

    /// <summary>
    /// One type's properties. Check: serialize with reflection and with the context, compare texts, read back both
    /// ways. Mirror: the written document shows the value's own figures.
    /// </summary>
    private sealed record Case(string Name, Type Type, Action Check, Action Mirror)
    {
        internal static Case For<T>(Gen<T> values, Func<CustomerMetricsJsonContext, JsonTypeInfo<T>> typeInfo) =>
            new(
                typeof(T).Name + (typeof(T).IsGenericType ? "<" + typeof(T).GetGenericArguments()[0].Name + ">" : string.Empty),
                typeof(T),
                () => Prop.ForAll(values.ToArbitrary(), value =>
                {
                    string reflected = JsonSerializer.Serialize(value, Reflection);
                    string generated = JsonSerializer.Serialize(value, typeInfo(CustomerMetricsJsonContext.Default));
                    Assert.Equal(reflected, generated);
                    Assert.Equal(value, JsonSerializer.Deserialize<T>(reflected, Reflection));
                    Assert.Equal(value, JsonSerializer.Deserialize(generated, typeInfo(CustomerMetricsJsonContext.Default)));
                }).Check(Properties.Quiet(100)),
                () => Prop.ForAll(values.ToArbitrary(), value =>
                {
                    using JsonDocument document = JsonDocument.Parse(JsonSerializer.Serialize(value, Reflection));
                    JsonShape.AssertMirrors(value!, document.RootElement, typeof(T).Name);
                }).Check(Properties.Quiet(100)));
    }
}
#endif
