#if NET
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Serialization;

/// <summary>Proportion: { "count", "total" }; the share is derived.</summary>
internal sealed class ProportionJsonConverter : LibraryConverter<Proportion>
{
    internal static readonly ProportionJsonConverter Instance = new();

    internal override Proportion ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(Proportion), ["count", "total"], ["share"]);
        return fields.Build(() => new Proportion(fields.Int64("count"), fields.Int64("total")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, Proportion value, JsonSerializerOptions options)
    {
        writer.WriteNumber("count", value.Count);
        writer.WriteNumber("total", value.Total);
        JsonWriting.Number(writer, "share", value.Share);
    }
}

/// <summary>ProportionComparison: the two shares and the level; the test and the interval are derived.</summary>
internal sealed class ProportionComparisonJsonConverter : LibraryConverter<ProportionComparison>
{
    internal static readonly ProportionComparisonJsonConverter Instance = new();

    internal override ProportionComparison ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ProportionComparison), ["baseline", "current", "level"], ["difference", "z", "pValue", "interval"]);
        Proportion baseline = fields.Nested("baseline", e => ProportionJsonConverter.Instance.ReadElement(e, options));
        Proportion current = fields.Nested("current", e => ProportionJsonConverter.Instance.ReadElement(e, options));
        return fields.Build(() => baseline.CompareWith(current, fields.Double("level")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ProportionComparison value, JsonSerializerOptions options)
    {
        ProportionJsonConverter.Instance.WriteNamed(writer, "baseline", value.Baseline, options);
        ProportionJsonConverter.Instance.WriteNamed(writer, "current", value.Current, options);
        JsonWriting.Number(writer, "level", value.Interval.Level);
        JsonWriting.Number(writer, "difference", value.Difference);
        JsonWriting.Number(writer, "z", value.Z);
        JsonWriting.Number(writer, "pValue", value.PValue);
        ConfidenceIntervalJsonConverter.Instance.WriteNamed(writer, "interval", value.Interval, options);
    }
}

/// <summary>RepeatPurchaseResult: the three counts; repeat orders and rates are derived.</summary>
internal sealed class RepeatPurchaseResultJsonConverter : LibraryConverter<RepeatPurchaseResult>
{
    internal static readonly RepeatPurchaseResultJsonConverter Instance = new();

    internal override RepeatPurchaseResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(RepeatPurchaseResult), ["customers", "repeatCustomers", "orders"], ["repeatOrders", "customerRepeatRate", "orderRepeatRate", "ordersPerCustomer"]);
        return fields.Build(() => new RepeatPurchaseResult(fields.Int64("customers"), fields.Int64("repeatCustomers"), fields.Int64("orders")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, RepeatPurchaseResult value, JsonSerializerOptions options)
    {
        writer.WriteNumber("customers", value.Customers);
        writer.WriteNumber("repeatCustomers", value.RepeatCustomers);
        writer.WriteNumber("orders", value.Orders);
        writer.WriteNumber("repeatOrders", value.RepeatOrders);
        JsonWriting.Number(writer, "customerRepeatRate", value.CustomerRepeatRate.Share);
        JsonWriting.Number(writer, "orderRepeatRate", value.OrderRepeatRate.Share);
        JsonWriting.Number(writer, "ordersPerCustomer", value.OrdersPerCustomer);
    }
}

/// <summary>ReferralResult: the two proportions.</summary>
internal sealed class ReferralResultJsonConverter : LibraryConverter<ReferralResult>
{
    internal static readonly ReferralResultJsonConverter Instance = new();

    internal override ReferralResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ReferralResult), ["referredNewClients", "recommendingClients"]);
        return new ReferralResult(
            fields.Nested("referredNewClients", e => ProportionJsonConverter.Instance.ReadElement(e, options)),
            fields.Nested("recommendingClients", e => ProportionJsonConverter.Instance.ReadElement(e, options)));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ReferralResult value, JsonSerializerOptions options)
    {
        ProportionJsonConverter.Instance.WriteNamed(writer, "referredNewClients", value.ReferredNewClients, options);
        ProportionJsonConverter.Instance.WriteNamed(writer, "recommendingClients", value.RecommendingClients, options);
    }
}

/// <summary>ShareBenchmark: the share, the range and the level; the interval and the position are derived.</summary>
internal sealed class ShareBenchmarkJsonConverter : LibraryConverter<ShareBenchmark>
{
    internal static readonly ShareBenchmarkJsonConverter Instance = new();

    internal override ShareBenchmark ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ShareBenchmark), ["share", "low", "high", "level"], ["interval", "position", "isConclusive"]);
        Proportion share = fields.Nested("share", e => ProportionJsonConverter.Instance.ReadElement(e, options));
        return fields.Build(() => new ShareBenchmark(share, fields.Double("low"), fields.Double("high"), fields.Double("level")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ShareBenchmark value, JsonSerializerOptions options)
    {
        ProportionJsonConverter.Instance.WriteNamed(writer, "share", value.Share, options);
        writer.WriteNumber("low", value.Low);
        writer.WriteNumber("high", value.High);
        writer.WriteNumber("level", value.Level);
        ConfidenceIntervalJsonConverter.Instance.WriteNamed(writer, "interval", value.Interval, options);
        JsonWriting.Enum(writer, "position", value.Position);
        writer.WriteBoolean("isConclusive", value.IsConclusive);
    }
}

/// <summary>CountChange: the two counts; the change and the p-value are derived.</summary>
internal sealed class CountChangeJsonConverter : LibraryConverter<CountChange>
{
    internal static readonly CountChangeJsonConverter Instance = new();

    internal override CountChange ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(CountChange), ["previous", "current"], ["change", "relativeChange", "pValue"]);
        return fields.Build(() => PositiveComments.Change(fields.Int64("previous"), fields.Int64("current")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, CountChange value, JsonSerializerOptions options)
    {
        writer.WriteNumber("previous", value.Previous);
        writer.WriteNumber("current", value.Current);
        writer.WriteNumber("change", value.Change);
        JsonWriting.Number(writer, "relativeChange", value.RelativeChange);
        JsonWriting.Number(writer, "pValue", value.PValue);
    }
}

/// <summary>TopicCount: the topic and its proportion.</summary>
internal sealed class TopicCountJsonConverter : LibraryConverter<TopicCount>
{
    internal static readonly TopicCountJsonConverter Instance = new();

    internal override TopicCount ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(TopicCount), ["topic", "share"]);
        string topic = fields.String("topic");
        if (topic.Trim().Length == 0 || topic.Trim() != topic)
        {
            throw fields.Error("\"topic\" should be a trimmed, non-blank topic");
        }

        return new TopicCount(topic, fields.Nested("share", e => ProportionJsonConverter.Instance.ReadElement(e, options)));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, TopicCount value, JsonSerializerOptions options)
    {
        writer.WriteString("topic", value.Topic);
        ProportionJsonConverter.Instance.WriteNamed(writer, "share", value.Share, options);
    }
}

/// <summary>ComplaintTally: { "topics": [{ "topic", "count" }] }; the total is derived.</summary>
internal sealed class ComplaintTallyJsonConverter : LibraryConverter<ComplaintTally>
{
    internal static readonly ComplaintTallyJsonConverter Instance = new();

    internal override ComplaintTally ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ComplaintTally), ["topics"], ["total"]);
        var counts = fields.NestedArray("topics", e =>
        {
            JsonFields topic = JsonFields.Of(e, "topic", ["topic", "count"]);
            return new KeyValuePair<string, long>(topic.String("topic"), topic.Int64("count"));
        });
        return fields.Build(() => ComplaintTally.FromCounts(counts));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ComplaintTally value, JsonSerializerOptions options)
    {
        JsonWriting.Array(writer, "topics", value.Topics, (w, topic) =>
        {
            w.WriteStartObject();
            w.WriteString("topic", topic.Topic);
            w.WriteNumber("count", topic.Count);
            w.WriteEndObject();
        });
        writer.WriteNumber("total", value.Total);
    }
}

/// <summary>TopicRanking: the total, the number of topics, the top and the ties, checked for consistency.</summary>
internal sealed class TopicRankingJsonConverter : LibraryConverter<TopicRanking>
{
    internal static readonly TopicRankingJsonConverter Instance = new();

    internal override TopicRanking ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(TopicRanking), ["total", "topicCount", "top", "tiedBeyondTop"], ["topShare"]);
        long total = fields.Int64("total");
        int topicCount = fields.Int32("topicCount");
        IReadOnlyList<TopicCount> top = fields.NestedArray("top", e => TopicCountJsonConverter.Instance.ReadElement(e, options));
        IReadOnlyList<string> tied = fields.StringArray("tiedBeyondTop");
        bool consistent = top.Count > 0
            && top.All(topic => topic.Share.Total == total && topic.Count > 0)
            && top.Zip(top.Skip(1), (a, b) => a.Count > b.Count || (a.Count == b.Count && string.CompareOrdinal(a.Topic, b.Topic) < 0)).All(ordered => ordered)
            && top.Sum(topic => (decimal)topic.Count) <= total
            && topicCount >= top.Count + tied.Count;
        return consistent
            ? new TopicRanking(total, topicCount, top, tied)
            : throw fields.Error("the top should be at least one topic, ranked by count (then ordinally), each share of the total, with no more topics than \"topicCount\"");
    }

    protected override void WriteProperties(Utf8JsonWriter writer, TopicRanking value, JsonSerializerOptions options)
    {
        writer.WriteNumber("total", value.Total);
        writer.WriteNumber("topicCount", value.TopicCount);
        JsonWriting.Array(writer, "top", value.Top, (w, topic) => TopicCountJsonConverter.Instance.Write(w, topic, options));
        JsonWriting.Array(writer, "tiedBeyondTop", value.TiedBeyondTop, (w, topic) => w.WriteStringValue(topic));
        ProportionJsonConverter.Instance.WriteNamed(writer, "topShare", value.TopShare, options);
    }
}

/// <summary>CoverageResult: the proportion covered and the target; the rest is derived.</summary>
internal sealed class CoverageResultJsonConverter : LibraryConverter<CoverageResult>
{
    internal static readonly CoverageResultJsonConverter Instance = new();

    internal override CoverageResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(CoverageResult), ["covered", "target"], ["required", "remaining", "targetMet"]);
        Proportion covered = fields.Nested("covered", e => ProportionJsonConverter.Instance.ReadElement(e, options));
        return fields.Build(() => new CoverageResult(covered, fields.Double("target")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, CoverageResult value, JsonSerializerOptions options)
    {
        ProportionJsonConverter.Instance.WriteNamed(writer, "covered", value.Covered, options);
        writer.WriteNumber("target", value.Target);
        writer.WriteNumber("required", value.Required);
        writer.WriteNumber("remaining", value.Remaining);
        writer.WriteBoolean("targetMet", value.TargetMet);
    }
}

/// <summary>Idea: title, quarter, economic effect (exact decimal) and importance.</summary>
internal sealed class IdeaJsonConverter : LibraryConverter<Idea>
{
    internal static readonly IdeaJsonConverter Instance = new();

    internal override Idea ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(Idea), ["title", "quarter", "economicEffect", "importance"]);
        return fields.Build(() => new Idea(fields.String("title"), fields.String("quarter"), fields.Decimal("economicEffect"), fields.Int32("importance")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, Idea value, JsonSerializerOptions options)
    {
        writer.WriteString("title", value.Title);
        writer.WriteString("quarter", value.Quarter);
        writer.WriteNumber("economicEffect", value.EconomicEffect);
        writer.WriteNumber("importance", value.Importance);
    }
}

/// <summary>IdeaQuarter: the quarter, its counts and its top ideas, checked for consistency.</summary>
internal sealed class IdeaQuarterJsonConverter : LibraryConverter<IdeaQuarter>
{
    internal static readonly IdeaQuarterJsonConverter Instance = new();

    internal override IdeaQuarter ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(IdeaQuarter), ["quarter", "ideas", "totalEffect", "top", "tiedBeyondTop"]);
        string quarter = fields.String("quarter");
        int ideas = fields.Int32("ideas");
        IReadOnlyList<Idea> top = fields.NestedArray("top", e => IdeaJsonConverter.Instance.ReadElement(e, options));
        IReadOnlyList<Idea> tied = fields.NestedArray("tiedBeyondTop", e => IdeaJsonConverter.Instance.ReadElement(e, options));
        bool consistent = top.Count > 0 && top.Concat(tied).All(idea => idea.Quarter == quarter) && ideas >= top.Count + tied.Count;
        return consistent
            ? new IdeaQuarter(quarter, ideas, fields.Decimal("totalEffect"), top, tied)
            : throw fields.Error("the top should hold at least one idea, every idea of this quarter, and no more ideas than \"ideas\"");
    }

    protected override void WriteProperties(Utf8JsonWriter writer, IdeaQuarter value, JsonSerializerOptions options)
    {
        writer.WriteString("quarter", value.Quarter);
        writer.WriteNumber("ideas", value.Ideas);
        writer.WriteNumber("totalEffect", value.TotalEffect);
        JsonWriting.Array(writer, "top", value.Top, (w, idea) => IdeaJsonConverter.Instance.Write(w, idea, options));
        JsonWriting.Array(writer, "tiedBeyondTop", value.TiedBeyondTop, (w, idea) => IdeaJsonConverter.Instance.Write(w, idea, options));
    }
}

/// <summary>ValueStreamStep: name, duration ("c" format) and whether it adds value.</summary>
internal sealed class ValueStreamStepJsonConverter : LibraryConverter<ValueStreamStep>
{
    internal static readonly ValueStreamStepJsonConverter Instance = new();

    internal override ValueStreamStep ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ValueStreamStep), ["name", "duration", "valueAdding"]);
        return fields.Build(() => new ValueStreamStep(fields.String("name"), fields.TimeSpan("duration"), fields.Boolean("valueAdding")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ValueStreamStep value, JsonSerializerOptions options)
    {
        writer.WriteString("name", value.Name);
        JsonWriting.TimeSpan(writer, "duration", value.Duration);
        writer.WriteBoolean("valueAdding", value.ValueAdding);
    }
}

/// <summary>ProcessCycleEfficiencyResult: the steps, or the two totals when there are none; the ratios are derived.</summary>
internal sealed class ProcessCycleEfficiencyResultJsonConverter : LibraryConverter<ProcessCycleEfficiencyResult>
{
    internal static readonly ProcessCycleEfficiencyResultJsonConverter Instance = new();

    internal override ProcessCycleEfficiencyResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ProcessCycleEfficiencyResult), ["steps", "valueAddingTime", "leadTime"], ["wasteTime", "efficiency", "wasteShare", "stepShares"]);
        IReadOnlyList<ValueStreamStep> steps = fields.Has("steps") ? fields.NestedArray("steps", e => ValueStreamStepJsonConverter.Instance.ReadElement(e, options)) : [];
        TimeSpan valueAdding = fields.TimeSpan("valueAddingTime");
        TimeSpan lead = fields.TimeSpan("leadTime");
        ProcessCycleEfficiencyResult result = fields.Build(() => steps.Count > 0 ? ProcessCycleEfficiency.FromSteps(steps) : ProcessCycleEfficiency.FromTotals(valueAdding, lead));
        return result.ValueAddingTime == valueAdding && result.LeadTime == lead
            ? result
            : throw fields.Error(Preconditions.Format($"the steps add up to {result.ValueAddingTime:c} value-adding of {result.LeadTime:c}, not the {valueAdding:c} of {lead:c} written"));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ProcessCycleEfficiencyResult value, JsonSerializerOptions options)
    {
        JsonWriting.Array(writer, "steps", value.Steps, (w, step) => ValueStreamStepJsonConverter.Instance.Write(w, step, options));
        JsonWriting.TimeSpan(writer, "valueAddingTime", value.ValueAddingTime);
        JsonWriting.TimeSpan(writer, "leadTime", value.LeadTime);
        JsonWriting.TimeSpan(writer, "wasteTime", value.WasteTime);
        JsonWriting.Number(writer, "efficiency", value.Efficiency);
        JsonWriting.Number(writer, "wasteShare", value.WasteShare);
        JsonWriting.Array(writer, "stepShares", value.StepShares, (w, share) => { if (double.IsNaN(share)) { w.WriteNullValue(); } else { w.WriteNumberValue(share); } });
    }
}

/// <summary>ServiceMaturityResult: { "levels": [{ "touchpoint", "level" }] }; the overall level and the lists are derived.</summary>
internal sealed class ServiceMaturityResultJsonConverter : LibraryConverter<ServiceMaturityResult>
{
    internal static readonly ServiceMaturityResultJsonConverter Instance = new();

    internal override ServiceMaturityResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ServiceMaturityResult), ["levels"], ["overall", "holdingBack", "notAssessed"]);
        var levels = fields.NestedArray("levels", e =>
        {
            JsonFields level = JsonFields.Of(e, "level", ["touchpoint", "level"]);
            return new KeyValuePair<Touchpoint, MaturityLevel>(level.Enum<Touchpoint>("touchpoint"), level.Enum<MaturityLevel>("level"));
        });
        return fields.Build(() => ServiceMaturity.Assess(levels));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ServiceMaturityResult value, JsonSerializerOptions options)
    {
        JsonWriting.Array(writer, "levels", value.Levels, (w, pair) =>
        {
            w.WriteStartObject();
            JsonWriting.Enum(w, "touchpoint", pair.Key);
            JsonWriting.Enum(w, "level", pair.Value);
            w.WriteEndObject();
        });
        JsonWriting.Enum(writer, "overall", value.Overall);
        JsonWriting.Array(writer, "holdingBack", value.HoldingBack, (w, touchpoint) => w.WriteStringValue(touchpoint.ToString()));
        JsonWriting.Array(writer, "notAssessed", value.NotAssessed, (w, touchpoint) => w.WriteStringValue(touchpoint.ToString()));
    }
}

/// <summary>SatisfactionGap: both results and the level; the gap and its test are derived.</summary>
internal sealed class SatisfactionGapJsonConverter : LibraryConverter<SatisfactionGap>
{
    internal static readonly SatisfactionGapJsonConverter Instance = new();

    internal override SatisfactionGap ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(SatisfactionGap), ["internal", "external", "level"], ["gap", "comparison"]);
        SatisfactionResult @internal = fields.Nested("internal", e => SatisfactionResultJsonConverter.Instance.ReadElement(e, options));
        SatisfactionResult external = fields.Nested("external", e => SatisfactionResultJsonConverter.Instance.ReadElement(e, options));
        return fields.Build(() => new SatisfactionGap(@internal, external, fields.Double("level")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, SatisfactionGap value, JsonSerializerOptions options)
    {
        SatisfactionResultJsonConverter.Instance.WriteNamed(writer, "internal", value.Internal, options);
        SatisfactionResultJsonConverter.Instance.WriteNamed(writer, "external", value.External, options);
        writer.WriteNumber("level", value.Level);
        JsonWriting.Number(writer, "gap", value.Gap);
        ProportionComparisonJsonConverter.Instance.WriteNamed(writer, "comparison", value.Comparison, options);
    }
}

/// <summary>Kpi: name, value (null when not measured), unit, target and previous (absent or null when none), direction.</summary>
internal sealed class KpiJsonConverter : LibraryConverter<Kpi>
{
    internal static readonly KpiJsonConverter Instance = new();

    internal override Kpi ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(Kpi), ["name", "value", "unit", "target", "higherIsBetter", "previous"], ["targetMet", "change", "movement"]);
        double? target = fields.Has("target") ? fields.Double("target") : null;
        double? previous = fields.Has("previous") ? fields.Double("previous") : null;
        bool higherIsBetter = !fields.Has("higherIsBetter") || fields.Boolean("higherIsBetter");
        return fields.Build(() => new Kpi(fields.String("name"), fields.Double("value"), fields.OptionalString("unit") ?? string.Empty, target, higherIsBetter, previous));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, Kpi value, JsonSerializerOptions options)
    {
        writer.WriteString("name", value.Name);
        JsonWriting.Number(writer, "value", value.Value);
        writer.WriteString("unit", value.Unit);
        JsonWriting.Number(writer, "target", value.Target ?? double.NaN);
        writer.WriteBoolean("higherIsBetter", value.HigherIsBetter);
        JsonWriting.Number(writer, "previous", value.Previous ?? double.NaN);
        if (value.TargetMet is bool met)
        {
            writer.WriteBoolean("targetMet", met);
        }
        else
        {
            writer.WriteNull("targetMet");
        }

        JsonWriting.Number(writer, "change", value.Change ?? double.NaN);
        JsonWriting.Enum(writer, "movement", value.Movement);
    }
}

/// <summary>Scorecard: { "kpis": [...] }; the counts are derived.</summary>
internal sealed class ScorecardJsonConverter : LibraryConverter<Scorecard>
{
    internal static readonly ScorecardJsonConverter Instance = new();

    internal override Scorecard ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(Scorecard), ["kpis"], ["met", "missed", "unjudged"]);
        IReadOnlyList<Kpi> kpis = fields.NestedArray("kpis", e => KpiJsonConverter.Instance.ReadElement(e, options));
        return fields.Build(() => new Scorecard(kpis));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, Scorecard value, JsonSerializerOptions options)
    {
        JsonWriting.Array(writer, "kpis", value.Kpis, (w, kpi) => KpiJsonConverter.Instance.Write(w, kpi, options));
        writer.WriteNumber("met", value.Met);
        writer.WriteNumber("missed", value.Missed);
        writer.WriteNumber("unjudged", value.Unjudged);
    }
}
#endif
