#if NET
using System.Text.Json;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Serialization;

/// <summary>NpsResult: the three counts; the score, total, shares, standard error and band are written for readers and ignored when read.</summary>
internal sealed class NpsResultJsonConverter : LibraryConverter<NpsResult>
{
    internal static readonly NpsResultJsonConverter Instance = new();

    internal override NpsResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(NpsResult), ["promoters", "passives", "detractors"], ["total", "score", "promoterShare", "passiveShare", "detractorShare", "standardError", "band"]);
        return fields.Build(() => Nps.FromCounts(fields.Int64("promoters"), fields.Int64("passives"), fields.Int64("detractors")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, NpsResult value, JsonSerializerOptions options)
    {
        writer.WriteNumber("promoters", value.Promoters);
        writer.WriteNumber("passives", value.Passives);
        writer.WriteNumber("detractors", value.Detractors);
        writer.WriteNumber("total", value.Total);
        JsonWriting.Number(writer, "score", value.Score);
        JsonWriting.Number(writer, "promoterShare", value.PromoterShare);
        JsonWriting.Number(writer, "passiveShare", value.PassiveShare);
        JsonWriting.Number(writer, "detractorShare", value.DetractorShare);
        JsonWriting.Number(writer, "standardError", value.StandardError);
        JsonWriting.Enum(writer, "band", value.Band);
    }
}

/// <summary>NpsDistribution: the eleven counts; the total, mean and NPS are written for readers.</summary>
internal sealed class NpsDistributionJsonConverter : LibraryConverter<NpsDistribution>
{
    internal static readonly NpsDistributionJsonConverter Instance = new();

    internal override NpsDistribution ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(NpsDistribution), ["counts"], ["total", "mean", "result"]);
        return fields.Build(() => NpsDistribution.FromCounts([.. fields.Int64Array("counts")]));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, NpsDistribution value, JsonSerializerOptions options)
    {
        JsonWriting.Longs(writer, "counts", value.Counts);
        writer.WriteNumber("total", value.Total);
        JsonWriting.Number(writer, "mean", value.Mean);
        NpsResultJsonConverter.Instance.WriteNamed(writer, "result", value.ToResult(), options);
    }
}

/// <summary>NpsComparison: the two samples and the level; the test's figures are recomputed when read.</summary>
internal sealed class NpsComparisonJsonConverter : LibraryConverter<NpsComparison>
{
    internal static readonly NpsComparisonJsonConverter Instance = new();

    internal override NpsComparison ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(NpsComparison), ["baseline", "current", "level"], ["difference", "standardError", "z", "pValue", "interval", "isSignificant"]);
        NpsResult baseline = fields.Nested("baseline", e => NpsResultJsonConverter.Instance.ReadElement(e, options));
        NpsResult current = fields.Nested("current", e => NpsResultJsonConverter.Instance.ReadElement(e, options));
        return fields.Build(() => Nps.Compare(baseline, current, fields.Double("level")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, NpsComparison value, JsonSerializerOptions options)
    {
        NpsResultJsonConverter.Instance.WriteNamed(writer, "baseline", value.Baseline, options);
        NpsResultJsonConverter.Instance.WriteNamed(writer, "current", value.Current, options);
        writer.WriteNumber("level", value.Interval.Level);
        JsonWriting.Number(writer, "difference", value.Difference);
        JsonWriting.Number(writer, "standardError", value.StandardError);
        JsonWriting.Number(writer, "z", double.IsInfinity(value.Z) ? double.NaN : value.Z);
        JsonWriting.Number(writer, "pValue", value.PValue);
        ConfidenceIntervalJsonConverter.Instance.WriteNamed(writer, "interval", value.Interval, options);
        writer.WriteBoolean("isSignificant", value.IsSignificant);
    }
}

/// <summary>WeightedNpsResult: the count and the weight sums (divided by 2^weightScale, present only for extreme weights).</summary>
internal sealed class WeightedNpsResultJsonConverter : LibraryConverter<WeightedNpsResult>
{
    internal static readonly WeightedNpsResultJsonConverter Instance = new();

    internal override WeightedNpsResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(WeightedNpsResult), ["count", "promoterWeight", "passiveWeight", "detractorWeight", "sumOfSquaredWeights", "weightScale"], ["score", "effectiveSampleSize", "standardError", "band"]);
        int scale = fields.Has("weightScale") ? fields.Int32("weightScale") : 0;
        return fields.Build(() => WeightedNpsResult.FromScaledSums(
            fields.Int64("count"),
            scale,
            fields.Double("promoterWeight"),
            fields.Double("passiveWeight"),
            fields.Double("detractorWeight"),
            fields.Double("sumOfSquaredWeights")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, WeightedNpsResult value, JsonSerializerOptions options)
    {
        (double promoters, double passives, double detractors, double squares) = value.ScaledSums;
        writer.WriteNumber("count", value.Count);
        writer.WriteNumber("promoterWeight", promoters);
        writer.WriteNumber("passiveWeight", passives);
        writer.WriteNumber("detractorWeight", detractors);
        writer.WriteNumber("sumOfSquaredWeights", squares);
        if (value.ScaleExponent != 0)
        {
            writer.WriteNumber("weightScale", value.ScaleExponent);
        }

        JsonWriting.Number(writer, "score", value.Score);
        JsonWriting.Number(writer, "effectiveSampleSize", value.EffectiveSampleSize);
        JsonWriting.Number(writer, "standardError", value.StandardError);
        JsonWriting.Enum(writer, "band", value.Band);
    }
}

/// <summary>ConfidenceInterval: the bounds (null when undefined) and the level; the default value is all zeros.</summary>
internal sealed class ConfidenceIntervalJsonConverter : LibraryConverter<ConfidenceInterval>
{
    internal static readonly ConfidenceIntervalJsonConverter Instance = new();

    internal override ConfidenceInterval ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ConfidenceInterval), ["lower", "upper", "level"]);
        double lower = fields.Double("lower");
        double upper = fields.Double("upper");
        double level = fields.Double("level");
        bool notComputed = level == 0 && lower == 0 && upper == 0;
        bool valid = notComputed
            || (level > 0 && level < 1 && (double.IsNaN(lower) ? double.IsNaN(upper) : lower <= upper));
        return valid ? new ConfidenceInterval(lower, upper, level) : throw fields.Error("the level should be in (0, 1) and the lower bound at most the upper (both null when undefined)");
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ConfidenceInterval value, JsonSerializerOptions options)
    {
        JsonWriting.Number(writer, "lower", value.Lower);
        JsonWriting.Number(writer, "upper", value.Upper);
        JsonWriting.Number(writer, "level", value.Level);
    }
}

/// <summary>NpsBandThresholds: where Average and High begin.</summary>
internal sealed class NpsBandThresholdsJsonConverter : LibraryConverter<NpsBandThresholds>
{
    internal static readonly NpsBandThresholdsJsonConverter Instance = new();

    internal override NpsBandThresholds ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(NpsBandThresholds), ["average", "high"]);
        return fields.Build(() => new NpsBandThresholds(fields.Double("average"), fields.Double("high")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, NpsBandThresholds value, JsonSerializerOptions options)
    {
        writer.WriteNumber("average", value.Average);
        writer.WriteNumber("high", value.High);
    }
}
#endif
