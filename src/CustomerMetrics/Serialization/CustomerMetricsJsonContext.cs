#if NET
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CustomerMetrics;

/// <summary>
/// The library's source-generated System.Text.Json metadata, for trimmed and Native AOT applications:
/// every result, tally, scenario and definition type, its enums, and the trend and period types closed
/// over string, date, date-and-time and integer keys. Pass <see cref="JsonSerializerContext.Options"/>
/// or a type's property (<c>CustomerMetricsJsonContext.Default.NpsResult</c>) to <c>JsonSerializer</c>.
/// </summary>
/// <remarks>
/// <para>Every type is one JSON object with camelCase names (whatever naming policy the options have): its
/// inputs, and for readers its derived figures, which are ignored when read back. An undefined figure
/// (NaN) is written as <c>null</c> and read back as NaN; enums are written by name. Reading checks the
/// values as the type's constructors do and fails with a <see cref="System.Text.Json.JsonException"/>
/// naming the type and the property. The same converters work with reflection-based serialization
/// (the default options): they are attached to the types.</para>
/// <para>Available on .NET 8 and later; on .NET Framework, System.Text.Json is not part of the platform
/// and the library does not depend on it.</para>
/// </remarks>
[JsonSerializable(typeof(NpsResult))]
[JsonSerializable(typeof(NpsDistribution))]
[JsonSerializable(typeof(NpsComparison))]
[JsonSerializable(typeof(WeightedNpsResult))]
[JsonSerializable(typeof(ConfidenceInterval))]
[JsonSerializable(typeof(NpsBandThresholds))]
[JsonSerializable(typeof(NpsBand))]
[JsonSerializable(typeof(NpsCategory))]
[JsonSerializable(typeof(NpsIntervalMethod))]
[JsonSerializable(typeof(NpsTrendPoint<string>))]
[JsonSerializable(typeof(NpsTrendPoint<DateOnly>))]
[JsonSerializable(typeof(NpsTrendPoint<DateTime>))]
[JsonSerializable(typeof(NpsTrendPoint<int>))]
[JsonSerializable(typeof(IReadOnlyList<NpsTrendPoint<string>>))]
[JsonSerializable(typeof(IReadOnlyList<KeyValuePair<string, NpsResult>>))]
[JsonSerializable(typeof(SocoItem))]
[JsonSerializable(typeof(SocoInstrument))]
[JsonSerializable(typeof(SocoScore))]
[JsonSerializable(typeof(SocoScore[]))]
[JsonSerializable(typeof(SocoItemStatistics))]
[JsonSerializable(typeof(SocoTally))]
[JsonSerializable(typeof(SocoSummary))]
[JsonSerializable(typeof(ItemPolarity))]
[JsonSerializable(typeof(AuditCheck))]
[JsonSerializable(typeof(AuditCheck[]))]
[JsonSerializable(typeof(AuditChecklistItem))]
[JsonSerializable(typeof(AuditChecklist))]
[JsonSerializable(typeof(AuditResult))]
[JsonSerializable(typeof(AuditSummary))]
[JsonSerializable(typeof(AuditTrendPoint<string>))]
[JsonSerializable(typeof(AuditTrendPoint<DateOnly>))]
[JsonSerializable(typeof(AuditTrendPoint<DateTime>))]
[JsonSerializable(typeof(AuditTrendPoint<int>))]
[JsonSerializable(typeof(AuditOutcome))]
[JsonSerializable(typeof(AuditAggregation))]
[JsonSerializable(typeof(ClientLossScenario))]
[JsonSerializable(typeof(ClientLossYear))]
[JsonSerializable(typeof(ClientLossResult))]
[JsonSerializable(typeof(PortfolioClient))]
[JsonSerializable(typeof(PortfolioClient[]))]
[JsonSerializable(typeof(ClientAtRisk))]
[JsonSerializable(typeof(ClientPortfolioResult))]
[JsonSerializable(typeof(PaymentTiming))]
[JsonSerializable(typeof(SlaResult))]
[JsonSerializable(typeof(SlaPeriod<string>))]
[JsonSerializable(typeof(SlaPeriod<DateOnly>))]
[JsonSerializable(typeof(SlaPeriod<DateTime>))]
[JsonSerializable(typeof(SlaPeriod<int>))]
[JsonSerializable(typeof(IReadOnlyList<SlaPeriod<string>>))]
[JsonSerializable(typeof(IReadOnlyList<SlaPeriod<DateOnly>>))]
[JsonSerializable(typeof(ResponseTimeSummary))]
[JsonSerializable(typeof(ResponseTimeSketch))]
[JsonSerializable(typeof(ContactCentreCounts))]
[JsonSerializable(typeof(ServiceLevelDistribution))]
[JsonSerializable(typeof(ServiceLevelFormula))]
[JsonSerializable(typeof(ServiceLevel))]
[JsonSerializable(typeof(GapDimension))]
[JsonSerializable(typeof(GapLayout))]
[JsonSerializable(typeof(DimensionGap))]
[JsonSerializable(typeof(ServiceGapScore))]
[JsonSerializable(typeof(Proportion))]
[JsonSerializable(typeof(ProportionComparison))]
[JsonSerializable(typeof(RepeatPurchaseResult))]
[JsonSerializable(typeof(ReferralResult))]
[JsonSerializable(typeof(ShareBenchmark))]
[JsonSerializable(typeof(RangePosition))]
[JsonSerializable(typeof(CountChange))]
[JsonSerializable(typeof(TopicCount))]
[JsonSerializable(typeof(ComplaintTally))]
[JsonSerializable(typeof(TopicRanking))]
[JsonSerializable(typeof(CoverageResult))]
[JsonSerializable(typeof(Idea))]
[JsonSerializable(typeof(Idea[]))]
[JsonSerializable(typeof(IdeaQuarter))]
[JsonSerializable(typeof(IReadOnlyList<IdeaQuarter>))]
[JsonSerializable(typeof(ValueStreamStep))]
[JsonSerializable(typeof(ProcessCycleEfficiencyResult))]
[JsonSerializable(typeof(Touchpoint))]
[JsonSerializable(typeof(MaturityLevel))]
[JsonSerializable(typeof(ServiceMaturityResult))]
[JsonSerializable(typeof(SatisfactionGap))]
[JsonSerializable(typeof(Kpi))]
[JsonSerializable(typeof(KpiMovement))]
[JsonSerializable(typeof(Scorecard))]
[JsonSerializable(typeof(ErlangCResult))]
[JsonSerializable(typeof(StaffingResult))]
[JsonSerializable(typeof(SatisfactionResult))]
public sealed partial class CustomerMetricsJsonContext : JsonSerializerContext
{
}
#endif
