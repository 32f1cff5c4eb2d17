#if NET
using System.Linq;
using System.Text.Json;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Serialization;

/// <summary>SocoItem: the number, the polarity and the text.</summary>
internal sealed class SocoItemJsonConverter : LibraryConverter<SocoItem>
{
    internal static readonly SocoItemJsonConverter Instance = new();

    internal override SocoItem ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(SocoItem), ["number", "polarity", "text"]);
        return new SocoItem(fields.Int32("number"), fields.Enum<ItemPolarity>("polarity"), fields.String("text"));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, SocoItem value, JsonSerializerOptions options)
    {
        writer.WriteNumber("number", value.Number);
        JsonWriting.Enum(writer, "polarity", value.Polarity);
        writer.WriteString("text", value.Text);
    }
}

/// <summary>SocoInstrument: the items, the scale, the proration share and the labels; read through the constructor's checks.</summary>
internal sealed class SocoInstrumentJsonConverter : LibraryConverter<SocoInstrument>
{
    internal static readonly SocoInstrumentJsonConverter Instance = new();

    internal override SocoInstrument ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(SocoInstrument), ["items", "scaleMin", "scaleMax", "minimumAnsweredShare", "scaleLabels"], ["minimumTotal", "maximumTotal"]);
        var items = fields.NestedArray("items", e => SocoItemJsonConverter.Instance.ReadElement(e, options));
        var labels = fields.Has("scaleLabels") ? fields.StringArray("scaleLabels") : null;
        return fields.Build(() => new SocoInstrument(items, fields.Int32("scaleMin"), fields.Int32("scaleMax"), fields.Double("minimumAnsweredShare"), labels));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, SocoInstrument value, JsonSerializerOptions options)
    {
        JsonWriting.Array(writer, "items", value.Items, (w, item) => SocoItemJsonConverter.Instance.Write(w, item, options));
        writer.WriteNumber("scaleMin", value.ScaleMin);
        writer.WriteNumber("scaleMax", value.ScaleMax);
        writer.WriteNumber("minimumAnsweredShare", value.MinimumAnsweredShare);
        if (value.ScaleLabels is { } labels)
        {
            JsonWriting.Array(writer, "scaleLabels", labels, (w, label) => w.WriteStringValue(label));
        }

        writer.WriteNumber("minimumTotal", value.MinimumTotal);
        writer.WriteNumber("maximumTotal", value.MaximumTotal);
    }
}

/// <summary>SocoScore: the figures and the counts; the mean and the reason are derived.</summary>
internal sealed class SocoScoreJsonConverter : LibraryConverter<SocoScore>
{
    internal static readonly SocoScoreJsonConverter Instance = new();

    internal override SocoScore ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(SocoScore), ["total", "customerOrientation", "sellingOrientation", "pomp", "answered", "items", "isProrated"], ["mean", "isDefined", "undefinedReason"]);
        return fields.Build(() => SocoScore.FromFigures(
            fields.Double("total"),
            fields.Double("customerOrientation"),
            fields.Double("sellingOrientation"),
            fields.Double("pomp"),
            fields.Int32("answered"),
            fields.Int32("items"),
            fields.Boolean("isProrated")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, SocoScore value, JsonSerializerOptions options)
    {
        JsonWriting.Number(writer, "total", value.Total);
        JsonWriting.Number(writer, "customerOrientation", value.CustomerOrientation);
        JsonWriting.Number(writer, "sellingOrientation", value.SellingOrientation);
        JsonWriting.Number(writer, "pomp", value.Pomp);
        writer.WriteNumber("answered", value.Answered);
        writer.WriteNumber("items", value.Items);
        writer.WriteBoolean("isProrated", value.IsProrated);
        JsonWriting.Number(writer, "mean", value.Mean);
        writer.WriteBoolean("isDefined", value.IsDefined);
        writer.WriteString("undefinedReason", value.UndefinedReason);
    }
}

/// <summary>SocoItemStatistics: one item's figures, checked for their ranges.</summary>
internal sealed class SocoItemStatisticsJsonConverter : LibraryConverter<SocoItemStatistics>
{
    internal static readonly SocoItemStatisticsJsonConverter Instance = new();

    internal override SocoItemStatistics ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(SocoItemStatistics), ["number", "polarity", "mean", "standardDeviation", "correctedItemTotalCorrelation", "alphaIfDeleted"]);
        double deviation = fields.Double("standardDeviation");
        double correlation = fields.Double("correctedItemTotalCorrelation");
        double alpha = fields.Double("alphaIfDeleted");
        if (deviation < 0 || correlation < -1 - 1e-9 || correlation > 1 + 1e-9 || alpha > 1 + 1e-9)
        {
            throw fields.Error("the standard deviation should be non-negative, the correlation in [-1, 1] and alpha at most 1 (null when undefined)");
        }

        return new SocoItemStatistics(fields.Int32("number"), fields.Enum<ItemPolarity>("polarity"), fields.Double("mean"), deviation, correlation, alpha);
    }

    protected override void WriteProperties(Utf8JsonWriter writer, SocoItemStatistics value, JsonSerializerOptions options)
    {
        writer.WriteNumber("number", value.Number);
        JsonWriting.Enum(writer, "polarity", value.Polarity);
        JsonWriting.Number(writer, "mean", value.Mean);
        JsonWriting.Number(writer, "standardDeviation", value.StandardDeviation);
        JsonWriting.Number(writer, "correctedItemTotalCorrelation", value.CorrectedItemTotalCorrelation);
        JsonWriting.Number(writer, "alphaIfDeleted", value.AlphaIfDeleted);
    }
}

/// <summary>SocoTally: every sum, read through the constructor's checks.</summary>
internal sealed class SocoTallyJsonConverter : LibraryConverter<SocoTally>
{
    internal static readonly SocoTallyJsonConverter Instance = new();

    private static readonly string[] Inputs =
    [
        "itemNumbers", "polarities", "scaleMin", "scaleMax", "undefined", "completeCases", "keyedItemSums", "keyedItemSquares", "keyedItemTotalProducts",
        "completeMinimum", "completeMaximum", "proratedCases", "proratedItemSums", "proratedItemCounts", "proratedTotalSum", "proratedTotalSquares",
        "proratedMinimum", "proratedMaximum", "proratedCustomerOrientationSum", "proratedCustomerOrientationCount", "proratedSellingOrientationSum",
        "proratedSellingOrientationCount", "meanDistribution",
    ];

    internal override SocoTally ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(SocoTally), Inputs, ["respondents"]);
        var numbers = fields.Int32Array("itemNumbers");
        if (numbers.Count == 0)
        {
            return SocoTally.Empty;
        }

        var polarities = fields.StringArray("polarities")
            .Select(text => System.Enum.TryParse(text, ignoreCase: true, out ItemPolarity polarity) && System.Enum.IsDefined(polarity) && !char.IsDigit(text[0]) ? polarity : throw fields.Error(Preconditions.Format($"'{TextInput.ForMessage(text)}' is not a polarity")))
            .ToArray();
        return fields.Build(() => new SocoTally(
            numbers, polarities, fields.Int32("scaleMin"), fields.Int32("scaleMax"), fields.Int64("undefined"),
            fields.Int64("completeCases"), fields.Int64Array("keyedItemSums"), fields.Int64Array("keyedItemSquares"), fields.Int64Array("keyedItemTotalProducts"),
            fields.Int64("completeMinimum"), fields.Int64("completeMaximum"),
            fields.Int64("proratedCases"), fields.Int64Array("proratedItemSums"), fields.Int64Array("proratedItemCounts"), fields.Double("proratedTotalSum"), fields.Double("proratedTotalSquares"),
            fields.Double("proratedMinimum"), fields.Double("proratedMaximum"), fields.Double("proratedCustomerOrientationSum"), fields.Int64("proratedCustomerOrientationCount"),
            fields.Double("proratedSellingOrientationSum"), fields.Int64("proratedSellingOrientationCount"), fields.Int64Array("meanDistribution")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, SocoTally value, JsonSerializerOptions options)
    {
        JsonWriting.Array(writer, "itemNumbers", value.ItemNumbers, (w, n) => w.WriteNumberValue(n));
        JsonWriting.Array(writer, "polarities", value.Polarities, (w, p) => w.WriteStringValue(p.ToString()));
        writer.WriteNumber("scaleMin", value.ScaleMin);
        writer.WriteNumber("scaleMax", value.ScaleMax);
        writer.WriteNumber("undefined", value.Undefined);
        writer.WriteNumber("completeCases", value.CompleteCases);
        JsonWriting.Longs(writer, "keyedItemSums", value.KeyedItemSums);
        JsonWriting.Longs(writer, "keyedItemSquares", value.KeyedItemSquares);
        JsonWriting.Longs(writer, "keyedItemTotalProducts", value.KeyedItemTotalProducts);
        writer.WriteNumber("completeMinimum", value.CompleteMinimum);
        writer.WriteNumber("completeMaximum", value.CompleteMaximum);
        writer.WriteNumber("proratedCases", value.ProratedCases);
        JsonWriting.Longs(writer, "proratedItemSums", value.ProratedItemSums);
        JsonWriting.Longs(writer, "proratedItemCounts", value.ProratedItemCounts);
        writer.WriteNumber("proratedTotalSum", value.ProratedTotalSum);
        writer.WriteNumber("proratedTotalSquares", value.ProratedTotalSquares);
        writer.WriteNumber("proratedMinimum", value.ProratedMinimum);
        writer.WriteNumber("proratedMaximum", value.ProratedMaximum);
        writer.WriteNumber("proratedCustomerOrientationSum", value.ProratedCustomerOrientationSum);
        writer.WriteNumber("proratedCustomerOrientationCount", value.ProratedCustomerOrientationCount);
        writer.WriteNumber("proratedSellingOrientationSum", value.ProratedSellingOrientationSum);
        writer.WriteNumber("proratedSellingOrientationCount", value.ProratedSellingOrientationCount);
        JsonWriting.Longs(writer, "meanDistribution", value.MeanDistribution);
        writer.WriteNumber("respondents", value.Respondents);
    }
}

/// <summary>SocoSummary: its tally; every figure is derived from it, written for readers and recomputed when read.</summary>
internal sealed class SocoSummaryJsonConverter : LibraryConverter<SocoSummary>
{
    internal static readonly SocoSummaryJsonConverter Instance = new();

    private static readonly string[] Derived =
    [
        "count", "undefined", "completeCases", "meanTotal", "standardDeviation", "minimumTotal", "maximumTotal", "meanPomp", "meanCustomerOrientation",
        "meanSellingOrientation", "cronbachAlpha", "standardErrorOfMeasurement", "items", "meanDistribution",
    ];

    internal override SocoSummary ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(SocoSummary), ["tally"], Derived);
        SocoTally tally = fields.Nested("tally", e => SocoTallyJsonConverter.Instance.ReadElement(e, options));
        return fields.Build(tally.ToSummary);
    }

    protected override void WriteProperties(Utf8JsonWriter writer, SocoSummary value, JsonSerializerOptions options)
    {
        SocoTallyJsonConverter.Instance.WriteNamed(writer, "tally", value.Tally, options);
        writer.WriteNumber("count", value.Count);
        writer.WriteNumber("undefined", value.Undefined);
        writer.WriteNumber("completeCases", value.CompleteCases);
        JsonWriting.Number(writer, "meanTotal", value.MeanTotal);
        JsonWriting.Number(writer, "standardDeviation", value.StandardDeviation);
        JsonWriting.Number(writer, "minimumTotal", value.MinimumTotal);
        JsonWriting.Number(writer, "maximumTotal", value.MaximumTotal);
        JsonWriting.Number(writer, "meanPomp", value.MeanPomp);
        JsonWriting.Number(writer, "meanCustomerOrientation", value.MeanCustomerOrientation);
        JsonWriting.Number(writer, "meanSellingOrientation", value.MeanSellingOrientation);
        JsonWriting.Number(writer, "cronbachAlpha", value.CronbachAlpha);
        JsonWriting.Number(writer, "standardErrorOfMeasurement", value.StandardErrorOfMeasurement);
        JsonWriting.Array(writer, "items", value.Items, (w, item) => SocoItemStatisticsJsonConverter.Instance.Write(w, item, options));
        JsonWriting.Longs(writer, "meanDistribution", value.MeanDistribution);
    }
}
#endif
