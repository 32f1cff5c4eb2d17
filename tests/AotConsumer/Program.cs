using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CustomerMetrics;

// Serializes and reads back a value of every public type through the source-generated context, and
// prints one line per type; exits 1 if any value does not come back equal.
int failures = 0;
CustomerMetricsJsonContext context = CustomerMetricsJsonContext.Default;
var checkedTypes = new HashSet<Type>();

void Record(Type type, bool equal, string json)
{
    failures += equal ? 0 : 1;
    checkedTypes.Add(type);
    Console.WriteLine($"{(equal ? "ok  " : "FAIL")} {type}: {json.Length} characters");
}

void Check<T>(T value, JsonTypeInfo<T> info)
{
    string json = JsonSerializer.Serialize(value, info);
    Record(typeof(T), Equals(value, JsonSerializer.Deserialize(json, info)), json);
}

void CheckArray<T>(T[] values, JsonTypeInfo<T[]> info)
{
    string json = JsonSerializer.Serialize(values, info);
    Record(typeof(T[]), values.SequenceEqual(JsonSerializer.Deserialize(json, info)!), json);
}

void CheckList<T>(IReadOnlyList<T> values, JsonTypeInfo<IReadOnlyList<T>> info)
{
    string json = JsonSerializer.Serialize(values, info);
    Record(typeof(IReadOnlyList<T>), values.SequenceEqual(JsonSerializer.Deserialize(json, info)!), json);
}

byte[] answers = [10, 9, 9, 10, 9, 8, 7, 7, 6, 0];
NpsResult nps = Nps.Calculate(answers);
Check(nps, context.NpsResult);
Check(Nps.CalculateDistribution(answers), context.NpsDistribution);
Check(Nps.Compare(nps, Nps.FromCounts(12, 3, 1)), context.NpsComparison);
Check(Nps.CalculateWeighted(answers, [1, 2, 1, 1, 1, 1, 1, 1, 1, 0.5]), context.WeightedNpsResult);
Check(nps.ConfidenceInterval(), context.ConfidenceInterval);
Check(NpsBandThresholds.Default, context.NpsBandThresholds);
Check(Nps.Trend([("2026-01", 10), ("2026-02", 3)])[1], context.NpsTrendPointString);
var firstOfJanuary = new DateOnly(2026, 1, 1);
Check(Nps.Trend([(firstOfJanuary, 10), (firstOfJanuary.AddMonths(1), 3)])[1], context.NpsTrendPointDateOnly);
Check(Nps.Trend([(new DateTime(2026, 1, 1), 10), (new DateTime(2026, 2, 1), 3)])[1], context.NpsTrendPointDateTime);
Check(Nps.Trend([(1, 10), (2, 3)])[1], context.NpsTrendPointInt32);
CheckList(Nps.Trend([("2026-01", 10), ("2026-02", 3)]), context.IReadOnlyListNpsTrendPointString);
CheckList(Nps.CalculateBySegment([("north", 10), ("south", 3)]), context.IReadOnlyListKeyValuePairStringNpsResult);
Check<NpsComparison?>(Nps.Compare(nps, nps), context.NullableNpsComparison);
Check(new KeyValuePair<string, NpsResult>("north", nps), context.KeyValuePairStringNpsResult);
Check(NpsCategory.Promoter, context.NpsCategory);
Check(NpsIntervalMethod.AdjustedWald, context.NpsIntervalMethod);
SocoInstrument instrument = SocoInstrument.Short10;
int[][] team = [[9, 8, 7, 8, 9, 2, 3, 1, 2, 1], [5, 6, 5, 7, 6, 4, 5, 3, 4, 4], [7, 7, 8, 6, 7, 3, 2, 2, 3, SocoInstrument.Missing]];
Check(instrument, context.SocoInstrument);
Check(instrument.Items[0], context.SocoItem);
Check(instrument.Score(team[0]), context.SocoScore);
CheckArray(team.Select(answers => instrument.Score(answers)).ToArray(), context.SocoScoreArray);
Check(ItemPolarity.SellingOriented, context.ItemPolarity);
Check(instrument.Tally(team), context.SocoTally);
SocoSummary summary = instrument.Summarize(team);
Check(summary, context.SocoSummary);
Check(summary.Items[0], context.SocoItemStatistics);
AuditCheck check = new("greeting", AuditOutcome.Passed, 1.5, Critical: true, Section: "Store");
Check(check, context.AuditCheck);
CheckArray([check, check with { Outcome = AuditOutcome.Failed }], context.AuditCheckArray);
Check(AuditOutcome.NotApplicable, context.AuditOutcome);
Check(AuditAggregation.Pooled, context.AuditAggregation);
Check(AuditChecklist.MysteryShopping, context.AuditChecklist);
Check(AuditChecklist.MysteryShopping.Items[0], context.AuditChecklistItem);
AuditResult audit = AuditIndex.Score([check, new AuditCheck("delivery", AuditOutcome.Failed, Section: "Delivery")]);
Check(audit, context.AuditResult);
Check(AuditIndex.Summarize([audit, audit]), context.AuditSummary);
Check(AuditIndex.Trend([("2026-01", audit), ("2026-02", audit)])[1], context.AuditTrendPointString);
Check(AuditIndex.Trend([(firstOfJanuary, audit), (firstOfJanuary.AddMonths(1), audit)])[1], context.AuditTrendPointDateOnly);
Check(AuditIndex.Trend([(new DateTime(2026, 1, 1), audit), (new DateTime(2026, 2, 1), audit)])[1], context.AuditTrendPointDateTime);
Check(AuditIndex.Trend([(1, audit), (2, audit)])[1], context.AuditTrendPointInt32);
var scenario = new ClientLossScenario { AnnualPurchases = 10_000m, AnnualIncrease = 2_000m, Years = 5, NetMargin = 0.2m, DiscountRate = 0.1 };
Check(scenario, context.ClientLossScenario);
ClientLossResult loss = ClientLoss.Calculate(scenario);
Check(loss, context.ClientLossResult);
Check(loss.Schedule[0], context.ClientLossYear);
var client = new PortfolioClient("C-1", scenario, 0.25);
Check(client, context.PortfolioClient);
CheckArray([client, client with { Id = "C-2" }], context.PortfolioClientArray);
Check(PaymentTiming.StartOfYear, context.PaymentTiming);
ClientPortfolioResult portfolio = ClientLoss.Portfolio([client], 3);
Check(portfolio, context.ClientPortfolioResult);
Check(portfolio.TopAtRisk[0], context.ClientAtRisk);
Check(Sla.Compliance(364, 365), context.SlaResult);
Check(Sla.MeasureByMonth([(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(3))], TimeSpan.FromDays(1))[0], context.SlaPeriodDateOnly);
Check(Sla.MeasureByPeriod([("2026-01", 3.0), ("2026-01", 30.0)], 24)[0], context.SlaPeriodString);
Check(Sla.MeasureByPeriod([(new DateTime(2026, 1, 1), 3.0)], 24)[0], context.SlaPeriodDateTime);
Check(Sla.MeasureByPeriod([(1, 3.0)], 24)[0], context.SlaPeriodInt32);
CheckList(Sla.MeasureByPeriod([("2026-01", 3.0), ("2026-02", 30.0)], 24), context.IReadOnlyListSlaPeriodString);
CheckList(Sla.MeasureByMonth([(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(3))], TimeSpan.FromDays(1)), context.IReadOnlyListSlaPeriodDateOnly);
Check(Sla.Summarize([12, 18, 25, 31], 20), context.ResponseTimeSummary);
Check(ResponseTimeSketch.Create([12, 18, 25, 31]), context.ResponseTimeSketch);
Check(ContactCentre.Counts(180, 160, 20, 8, 5), context.ContactCentreCounts);
Check(ServiceLevels.Distribution([4.0, 5.0], [5.0, 5.0]), context.ServiceLevelDistribution);
Check(ServiceLevelFormula.AbandonsIgnored, context.ServiceLevelFormula);
Check(ServiceLevel.Wow, context.ServiceLevel);
Check(GapLayout.Servqual, context.GapLayout);
Check(GapLayout.Servqual.Dimensions[0], context.GapDimension);
ServiceGapScore gaps = ServiceLevels.ScoreGaps(GapLayout.Servqual, new double[22], new double[22]);
Check(gaps, context.ServiceGapScore);
Check(gaps.Dimensions[0], context.DimensionGap);
StaffingResult staffing = ErlangC.AgentsFor(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(20), 0.8, 0.3);
Check(staffing, context.StaffingResult);
Check(staffing.Result, context.ErlangCResult);
Check(Satisfaction.Calculate([5, 4, 3]), context.SatisfactionResult);
Check(NpsBand.High, context.NpsBand);
var proportion = new Proportion(12, 300);
Check(proportion, context.Proportion);
Check(proportion.CompareWith(new Proportion(30, 310)), context.ProportionComparison);
Check(RepeatPurchases.FromOrders(["a", "b", "a"]), context.RepeatPurchaseResult);
Check(Referrals.Calculate(200, 180, 300, 100), context.ReferralResult);
ShareBenchmark reviews = NegativeReviews.Compare(300, 12, 0.15, 0.2);
Check(reviews, context.ShareBenchmark);
Check(reviews.Position, context.RangePosition);
Check(PositiveComments.Change(120, 150), context.CountChange);
ComplaintTally complaints = ComplaintTally.Count(["price", "late delivery", "price"]);
Check(complaints, context.ComplaintTally);
Check(complaints.Topics[0], context.TopicCount);
Check(complaints.Top(1), context.TopicRanking);
Check(TrainingCoverage.Calculate(50, 45), context.CoverageResult);
Idea[] ideas = [new("Self check-in", "2026-Q1", 120_000.50m, 4), new("Tracking", "2026-Q1", 80_000m, 5)];
Check(ideas[0], context.Idea);
CheckArray(ideas, context.IdeaArray);
Check(IdeaContest.Rank(ideas)[0], context.IdeaQuarter);
CheckList(IdeaContest.Rank(ideas), context.IReadOnlyListIdeaQuarter);
ValueStreamStep step = new("Waiting", TimeSpan.FromHours(20), valueAdding: false);
Check(step, context.ValueStreamStep);
Check(ProcessCycleEfficiency.FromSteps([step, new ValueStreamStep("Packing", TimeSpan.FromMinutes(50), true)]), context.ProcessCycleEfficiencyResult);
Check(Touchpoint.Website, context.Touchpoint);
Check(MaturityLevel.ProfessionalService, context.MaturityLevel);
Check(ServiceMaturity.Assess([new(Touchpoint.Website, MaturityLevel.QualityService), new(Touchpoint.Product, MaturityLevel.CustomerServiceCentre)]), context.ServiceMaturityResult);
Check(Satisfaction.CompareInternalExternal([5, 3, 4], [4, 4, 2, 5]), context.SatisfactionGap);
Kpi kpi = Kpi.Nps(Nps.FromCounts(50, 30, 20), target: 50, previous: Nps.FromCounts(40, 35, 25));
Check(kpi, context.Kpi);
Check(kpi.Movement, context.KpiMovement);
Check(new Scorecard([kpi, new Kpi("Complaints", 12.5, "", target: 10, higherIsBetter: false)]), context.Scorecard);

// Every type the context knows that involves a library type (arrays and lists of them too) must have been checked above.
foreach (PropertyInfo property in typeof(CustomerMetricsJsonContext).GetProperties(BindingFlags.Public | BindingFlags.Instance))
{
    if (property.PropertyType.IsGenericType
        && property.PropertyType.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>)
        && property.PropertyType.GetGenericArguments()[0] is Type type
        && type.FullName!.Contains("CustomerMetrics.", StringComparison.Ordinal)
        && !checkedTypes.Contains(type))
    {
        failures++;
        Console.WriteLine($"FAIL {type}: in the context but not checked here");
    }
}

Console.WriteLine(failures == 0 ? "every type round-trips" : $"{failures} type(s) did not round-trip");
return failures == 0 ? 0 : 1;
