#if NET
using System;
using System.Linq;
using System.Text.Json;

namespace CustomerMetrics.Serialization;

/// <summary>SlaResult: the two counts; breaches and the rate are derived.</summary>
internal sealed class SlaResultJsonConverter : LibraryConverter<SlaResult>
{
    internal static readonly SlaResultJsonConverter Instance = new();

    internal override SlaResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(SlaResult), ["total", "withinThreshold"], ["breaches", "rate"]);
        return fields.Build(() => Sla.Compliance(fields.Int64("withinThreshold"), fields.Int64("total")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, SlaResult value, JsonSerializerOptions options)
    {
        writer.WriteNumber("total", value.Total);
        writer.WriteNumber("withinThreshold", value.WithinThreshold);
        writer.WriteNumber("breaches", value.Breaches);
        JsonWriting.Number(writer, "rate", value.Rate);
    }
}

/// <summary>ResponseTimeSummary: the compliance and the figures, checked to be in order (all null with no values).</summary>
internal sealed class ResponseTimeSummaryJsonConverter : LibraryConverter<ResponseTimeSummary>
{
    internal static readonly ResponseTimeSummaryJsonConverter Instance = new();

    internal override ResponseTimeSummary ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ResponseTimeSummary), ["compliance", "mean", "minimum", "maximum", "p50", "p90", "p95", "p99"]);
        var summary = new ResponseTimeSummary(
            fields.Nested("compliance", e => SlaResultJsonConverter.Instance.ReadElement(e, options)),
            fields.Double("mean"),
            fields.Double("minimum"),
            fields.Double("maximum"),
            fields.Double("p50"),
            fields.Double("p90"),
            fields.Double("p95"),
            fields.Double("p99"));
        double[] ordered = [summary.Minimum, summary.P50, summary.P90, summary.P95, summary.P99, summary.Maximum];
        bool valid = summary.Compliance.Total == 0
            ? ordered.All(double.IsNaN) && double.IsNaN(summary.Mean)
            : summary.Minimum >= 0 && ordered.Zip(ordered.Skip(1), (a, b) => a <= b).All(x => x) && summary.Mean >= summary.Minimum && summary.Mean <= summary.Maximum;
        return valid ? summary : throw fields.Error("the figures should be non-negative and ordered minimum ≤ p50 ≤ p90 ≤ p95 ≤ p99 ≤ maximum, the mean between the extremes (all null with no operations)");
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ResponseTimeSummary value, JsonSerializerOptions options)
    {
        SlaResultJsonConverter.Instance.WriteNamed(writer, "compliance", value.Compliance, options);
        JsonWriting.Number(writer, "mean", value.Mean);
        JsonWriting.Number(writer, "minimum", value.Minimum);
        JsonWriting.Number(writer, "maximum", value.Maximum);
        JsonWriting.Number(writer, "p50", value.P50);
        JsonWriting.Number(writer, "p90", value.P90);
        JsonWriting.Number(writer, "p95", value.P95);
        JsonWriting.Number(writer, "p99", value.P99);
    }
}

/// <summary>ResponseTimeSketch: the accuracy, the bucket limit, the zeros, the buckets and the extremes.</summary>
internal sealed class ResponseTimeSketchJsonConverter : LibraryConverter<ResponseTimeSketch>
{
    internal static readonly ResponseTimeSketchJsonConverter Instance = new();

    internal override ResponseTimeSketch ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ResponseTimeSketch), ["relativeAccuracy", "maxBuckets", "zeroCount", "firstBucket", "bucketCounts", "minimum", "maximum", "isCollapsed"], ["count"]);
        if (double.IsNaN(fields.Double("relativeAccuracy")))
        {
            return ResponseTimeSketch.Empty;
        }

        int first = fields.Int32("firstBucket");
        var counts = fields.Int64Array("bucketCounts");
        return fields.Build(() => ResponseTimeSketch.FromBuckets(
            fields.Double("relativeAccuracy"),
            fields.Int32("maxBuckets"),
            fields.Int64("zeroCount"),
            counts.Select((count, i) => new System.Collections.Generic.KeyValuePair<int, long>(first + i, count)),
            fields.Double("minimum"),
            fields.Double("maximum"),
            fields.Boolean("isCollapsed")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ResponseTimeSketch value, JsonSerializerOptions options)
    {
        JsonWriting.Number(writer, "relativeAccuracy", value.RelativeAccuracy);
        writer.WriteNumber("maxBuckets", value.MaxBuckets);
        writer.WriteNumber("zeroCount", value.ZeroCount);
        writer.WriteNumber("firstBucket", value.FirstBucket);
        JsonWriting.Longs(writer, "bucketCounts", value.BucketCounts);
        JsonWriting.Number(writer, "minimum", value.Minimum);
        JsonWriting.Number(writer, "maximum", value.Maximum);
        writer.WriteBoolean("isCollapsed", value.IsCollapsed);
        writer.WriteNumber("count", value.Count);
    }
}

/// <summary>ContactCentreCounts: the five counts; offered is derived.</summary>
internal sealed class ContactCentreCountsJsonConverter : LibraryConverter<ContactCentreCounts>
{
    internal static readonly ContactCentreCountsJsonConverter Instance = new();

    internal override ContactCentreCounts ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ContactCentreCounts), ["answered", "answeredWithinTarget", "abandoned", "abandonedWithinTarget", "shortAbandoned"], ["offered"]);
        return fields.Build(() => ContactCentre.Counts(fields.Int64("answered"), fields.Int64("answeredWithinTarget"), fields.Int64("abandoned"), fields.Int64("abandonedWithinTarget"), fields.Int64("shortAbandoned")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ContactCentreCounts value, JsonSerializerOptions options)
    {
        writer.WriteNumber("answered", value.Answered);
        writer.WriteNumber("answeredWithinTarget", value.AnsweredWithinTarget);
        writer.WriteNumber("abandoned", value.Abandoned);
        writer.WriteNumber("abandonedWithinTarget", value.AbandonedWithinTarget);
        writer.WriteNumber("shortAbandoned", value.ShortAbandoned);
        writer.WriteNumber("offered", value.Offered);
    }
}

/// <summary>ServiceLevelDistribution: the three counts; the total and shares are derived.</summary>
internal sealed class ServiceLevelDistributionJsonConverter : LibraryConverter<ServiceLevelDistribution>
{
    internal static readonly ServiceLevelDistributionJsonConverter Instance = new();

    internal override ServiceLevelDistribution ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ServiceLevelDistribution), ["low", "standard", "wow"], ["total", "lowShare", "standardShare", "wowShare"]);
        return fields.Build(() => ServiceLevelDistribution.FromCounts(fields.Int64("low"), fields.Int64("standard"), fields.Int64("wow")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ServiceLevelDistribution value, JsonSerializerOptions options)
    {
        writer.WriteNumber("low", value.Low);
        writer.WriteNumber("standard", value.Standard);
        writer.WriteNumber("wow", value.Wow);
        writer.WriteNumber("total", value.Total);
        JsonWriting.Number(writer, "lowShare", value.LowShare);
        JsonWriting.Number(writer, "standardShare", value.StandardShare);
        JsonWriting.Number(writer, "wowShare", value.WowShare);
    }
}

/// <summary>GapDimension: a name and its item numbers.</summary>
internal sealed class GapDimensionJsonConverter : LibraryConverter<GapDimension>
{
    internal static readonly GapDimensionJsonConverter Instance = new();

    internal override GapDimension ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(GapDimension), ["name", "items"]);
        return new GapDimension(fields.String("name"), fields.Int32Array("items").ToArray());
    }

    protected override void WriteProperties(Utf8JsonWriter writer, GapDimension value, JsonSerializerOptions options)
    {
        writer.WriteString("name", value.Name);
        JsonWriting.Array(writer, "items", value.Items, (w, item) => w.WriteNumberValue(item));
    }
}

/// <summary>GapLayout: its dimensions, read through the constructor's checks.</summary>
internal sealed class GapLayoutJsonConverter : LibraryConverter<GapLayout>
{
    internal static readonly GapLayoutJsonConverter Instance = new();

    internal override GapLayout ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(GapLayout), ["dimensions"], ["itemCount"]);
        var dimensions = fields.NestedArray("dimensions", e => GapDimensionJsonConverter.Instance.ReadElement(e, options));
        return fields.Build(() => new GapLayout(dimensions));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, GapLayout value, JsonSerializerOptions options)
    {
        JsonWriting.Array(writer, "dimensions", value.Dimensions, (w, dimension) => GapDimensionJsonConverter.Instance.Write(w, dimension, options));
        writer.WriteNumber("itemCount", value.ItemCount);
    }
}

/// <summary>DimensionGap: the means, the gap and its level, checked to agree in sign.</summary>
internal sealed class DimensionGapJsonConverter : LibraryConverter<DimensionGap>
{
    internal static readonly DimensionGapJsonConverter Instance = new();

    internal override DimensionGap ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(DimensionGap), ["name", "expected", "perceived", "gap", "level"]);
        double expected = fields.Double("expected");
        double perceived = fields.Double("perceived");
        double gap = fields.Double("gap");
        ServiceLevel level = fields.Enum<ServiceLevel>("level");
        bool valid = Math.Abs(gap - (perceived - expected)) <= 1e-9 * Math.Max(1, Math.Abs(expected) + Math.Abs(perceived)) && LevelFits(level, gap);
        return valid ? new DimensionGap(fields.String("name"), expected, perceived, gap, level) : throw fields.Error("the gap should be perceived − expected, and the level agree with its sign");
    }

    internal static bool LevelFits(ServiceLevel level, double gap) => level switch
    {
        ServiceLevel.Low => gap < 0,
        ServiceLevel.Wow => gap > 0,
        _ => !double.IsNaN(gap),
    };

    protected override void WriteProperties(Utf8JsonWriter writer, DimensionGap value, JsonSerializerOptions options)
    {
        writer.WriteString("name", value.Name);
        writer.WriteNumber("expected", value.Expected);
        writer.WriteNumber("perceived", value.Perceived);
        writer.WriteNumber("gap", value.Gap);
        JsonWriting.Enum(writer, "level", value.Level);
    }
}

/// <summary>ServiceGapScore: the dimensions, the weighted gap and the level; the overall gap is recomputed from the dimensions.</summary>
internal sealed class ServiceGapScoreJsonConverter : LibraryConverter<ServiceGapScore>
{
    internal static readonly ServiceGapScoreJsonConverter Instance = new();

    internal override ServiceGapScore ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ServiceGapScore), ["dimensions", "weightedOverall", "level"], ["overall"]);
        var dimensions = fields.NestedArray("dimensions", e => DimensionGapJsonConverter.Instance.ReadElement(e, options));
        if (dimensions.Count == 0)
        {
            throw fields.Error("a score needs at least one dimension");
        }

        double sum = 0;
        foreach (DimensionGap dimension in dimensions)
        {
            sum += dimension.Gap;
        }

        double overall = sum / dimensions.Count;
        double weighted = fields.Double("weightedOverall");
        ServiceLevel level = fields.Enum<ServiceLevel>("level");
        return DimensionGapJsonConverter.LevelFits(level, double.IsNaN(weighted) ? overall : weighted)
            ? new ServiceGapScore(Array.AsReadOnly(dimensions.ToArray()), overall, weighted, level)
            : throw fields.Error("the level should agree with the sign of the (weighted) overall gap");
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ServiceGapScore value, JsonSerializerOptions options)
    {
        JsonWriting.Array(writer, "dimensions", value.Dimensions, (w, dimension) => DimensionGapJsonConverter.Instance.Write(w, dimension, options));
        JsonWriting.Number(writer, "weightedOverall", value.WeightedOverall);
        JsonWriting.Enum(writer, "level", value.Level);
        writer.WriteNumber("overall", value.Overall);
    }
}

/// <summary>ErlangCResult: the queue's figures, checked for their ranges; the occupancy is recomputed.</summary>
internal sealed class ErlangCResultJsonConverter : LibraryConverter<ErlangCResult>
{
    internal static readonly ErlangCResultJsonConverter Instance = new();

    internal override ErlangCResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ErlangCResult), ["trafficIntensity", "agents", "probabilityOfWaiting", "serviceLevel", "averageSpeedOfAnswer"], ["occupancy"]);
        double traffic = fields.Double("trafficIntensity");
        int agents = fields.Int32("agents");
        double waiting = fields.Double("probabilityOfWaiting");
        double serviceLevel = fields.Double("serviceLevel");
        TimeSpan asa = fields.TimeSpan("averageSpeedOfAnswer");
        bool valid = traffic >= 0 && agents > traffic && agents <= ErlangC.MaxAgents && waiting is >= 0 and <= 1 && serviceLevel <= 1 && serviceLevel >= -1e-12 && asa >= TimeSpan.Zero;
        return valid
            ? new ErlangCResult(traffic, agents, waiting, serviceLevel, asa, traffic / agents)
            : throw fields.Error("the traffic should be non-negative and below the agents, the probabilities in [0, 1] and the speed of answer non-negative");
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ErlangCResult value, JsonSerializerOptions options)
    {
        writer.WriteNumber("trafficIntensity", value.TrafficIntensity);
        writer.WriteNumber("agents", value.Agents);
        writer.WriteNumber("probabilityOfWaiting", value.ProbabilityOfWaiting);
        writer.WriteNumber("serviceLevel", value.ServiceLevel);
        JsonWriting.TimeSpan(writer, "averageSpeedOfAnswer", value.AverageSpeedOfAnswer);
        writer.WriteNumber("occupancy", value.Occupancy);
    }
}

/// <summary>StaffingResult: the agents needed, the shrinkage and what they deliver; the agents to schedule are recomputed.</summary>
internal sealed class StaffingResultJsonConverter : LibraryConverter<StaffingResult>
{
    internal static readonly StaffingResultJsonConverter Instance = new();

    internal override StaffingResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(StaffingResult), ["agentsNeeded", "shrinkage", "result"], ["agentsToSchedule"]);
        int needed = fields.Int32("agentsNeeded");
        double shrinkage = fields.Double("shrinkage");
        ErlangCResult result = fields.Nested("result", e => ErlangCResultJsonConverter.Instance.ReadElement(e, options));
        if (!(shrinkage >= 0 && shrinkage < 1) || result.Agents != needed)
        {
            throw fields.Error("the shrinkage should be in [0, 1) and the result be for the agents needed");
        }

        double scheduled = Math.Ceiling((needed / (1 - shrinkage)) - 1e-9);
        return scheduled <= int.MaxValue ? new StaffingResult(needed, (int)scheduled, shrinkage, result) : throw fields.Error("the agents to schedule exceed Int32.MaxValue");
    }

    protected override void WriteProperties(Utf8JsonWriter writer, StaffingResult value, JsonSerializerOptions options)
    {
        writer.WriteNumber("agentsNeeded", value.AgentsNeeded);
        writer.WriteNumber("shrinkage", value.Shrinkage);
        ErlangCResultJsonConverter.Instance.WriteNamed(writer, "result", value.Result, options);
        writer.WriteNumber("agentsToSchedule", value.AgentsToSchedule);
    }
}

/// <summary>SatisfactionResult: the scale and the distribution; every figure is recomputed.</summary>
internal sealed class SatisfactionResultJsonConverter : LibraryConverter<SatisfactionResult>
{
    internal static readonly SatisfactionResultJsonConverter Instance = new();

    internal override SatisfactionResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(SatisfactionResult), ["scaleMax", "distribution"], ["count", "csat", "mean", "meanPercentOfMaximum"]);
        return fields.Build(() => Satisfaction.FromDistribution(fields.Int32("scaleMax"), fields.Int64Array("distribution")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, SatisfactionResult value, JsonSerializerOptions options)
    {
        writer.WriteNumber("scaleMax", value.ScaleMax);
        JsonWriting.Longs(writer, "distribution", value.Distribution);
        writer.WriteNumber("count", value.Count);
        JsonWriting.Number(writer, "csat", value.Csat);
        JsonWriting.Number(writer, "mean", value.Mean);
        JsonWriting.Number(writer, "meanPercentOfMaximum", value.MeanPercentOfMaximum);
    }
}
#endif
