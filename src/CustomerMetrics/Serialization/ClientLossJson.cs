#if NET
using System.Text.Json;

namespace CustomerMetrics.Serialization;

/// <summary>ClientLossScenario: every property, checked as <see cref="ClientLoss.Validate"/> checks it; absent properties take the defaults.</summary>
internal sealed class ClientLossScenarioJsonConverter : LibraryConverter<ClientLossScenario>
{
    internal static readonly ClientLossScenarioJsonConverter Instance = new();

    internal override ClientLossScenario ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(
            element,
            nameof(ClientLossScenario),
            ["annualPurchases", "annualIncrease", "annualGrowthRate", "years", "netMargin", "discountRate", "retentionProbability", "acquisitionCost", "timing"]);
        var scenario = new ClientLossScenario
        {
            AnnualPurchases = fields.Has("annualPurchases") ? fields.Decimal("annualPurchases") : 0,
            AnnualIncrease = fields.Has("annualIncrease") ? fields.Decimal("annualIncrease") : 0,
            AnnualGrowthRate = fields.Has("annualGrowthRate") ? fields.Double("annualGrowthRate") : 0,
            Years = fields.Int32("years"),
            NetMargin = fields.Has("netMargin") ? fields.Decimal("netMargin") : 0,
            DiscountRate = fields.Has("discountRate") ? fields.Double("discountRate") : 0,
            RetentionProbability = fields.Has("retentionProbability") ? fields.Double("retentionProbability") : 1,
            AcquisitionCost = fields.Has("acquisitionCost") ? fields.Decimal("acquisitionCost") : 0,
            Timing = fields.Has("timing") ? fields.Enum<PaymentTiming>("timing") : PaymentTiming.EndOfYear,
        };
        fields.Build(() =>
        {
            ClientLoss.Validate(scenario);
            return scenario;
        });
        return scenario;
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ClientLossScenario value, JsonSerializerOptions options)
    {
        writer.WriteNumber("annualPurchases", value.AnnualPurchases);
        writer.WriteNumber("annualIncrease", value.AnnualIncrease);
        writer.WriteNumber("annualGrowthRate", value.AnnualGrowthRate);
        writer.WriteNumber("years", value.Years);
        writer.WriteNumber("netMargin", value.NetMargin);
        writer.WriteNumber("discountRate", value.DiscountRate);
        writer.WriteNumber("retentionProbability", value.RetentionProbability);
        writer.WriteNumber("acquisitionCost", value.AcquisitionCost);
        JsonWriting.Enum(writer, "timing", value.Timing);
    }
}

/// <summary>ClientLossYear: one row of a schedule.</summary>
internal sealed class ClientLossYearJsonConverter : LibraryConverter<ClientLossYear>
{
    internal static readonly ClientLossYearJsonConverter Instance = new();

    internal override ClientLossYear ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ClientLossYear), ["year", "purchases", "profit", "retentionWeight", "discountFactor", "discountedProfit", "cumulativeDiscountedProfit"]);
        return new ClientLossYear(
            fields.Int32("year"),
            fields.Decimal("purchases"),
            fields.Decimal("profit"),
            fields.Decimal("retentionWeight"),
            fields.Decimal("discountFactor"),
            fields.Decimal("discountedProfit"),
            fields.Decimal("cumulativeDiscountedProfit"));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ClientLossYear value, JsonSerializerOptions options)
    {
        writer.WriteNumber("year", value.Year);
        writer.WriteNumber("purchases", value.Purchases);
        writer.WriteNumber("profit", value.Profit);
        writer.WriteNumber("retentionWeight", value.RetentionWeight);
        writer.WriteNumber("discountFactor", value.DiscountFactor);
        writer.WriteNumber("discountedProfit", value.DiscountedProfit);
        writer.WriteNumber("cumulativeDiscountedProfit", value.CumulativeDiscountedProfit);
    }
}

/// <summary>ClientLossResult: the totals and the schedule, checked against each other; the total cost is derived.</summary>
internal sealed class ClientLossResultJsonConverter : LibraryConverter<ClientLossResult>
{
    internal static readonly ClientLossResultJsonConverter Instance = new();

    internal override ClientLossResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ClientLossResult), ["lostRevenue", "lostProfit", "discountedLostProfit", "acquisitionCost", "schedule"], ["totalCost"]);
        var schedule = fields.NestedArray("schedule", e => ClientLossYearJsonConverter.Instance.ReadElement(e, options));
        return fields.Build(() => ClientLossResult.FromFigures(fields.Decimal("lostRevenue"), fields.Decimal("lostProfit"), fields.Decimal("discountedLostProfit"), fields.Decimal("acquisitionCost"), schedule));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ClientLossResult value, JsonSerializerOptions options)
    {
        writer.WriteNumber("lostRevenue", value.LostRevenue);
        writer.WriteNumber("lostProfit", value.LostProfit);
        writer.WriteNumber("discountedLostProfit", value.DiscountedLostProfit);
        writer.WriteNumber("acquisitionCost", value.AcquisitionCost);
        JsonWriting.Array(writer, "schedule", value.Schedule, (w, year) => ClientLossYearJsonConverter.Instance.Write(w, year, options));
        writer.WriteNumber("totalCost", value.TotalCost);
    }
}

/// <summary>PortfolioClient: the id, the scenario and the churn probability.</summary>
internal sealed class PortfolioClientJsonConverter : LibraryConverter<PortfolioClient>
{
    internal static readonly PortfolioClientJsonConverter Instance = new();

    internal override PortfolioClient ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(PortfolioClient), ["id", "scenario", "churnProbability"]);
        double churn = fields.Double("churnProbability");
        return churn is >= 0 and <= 1
            ? new PortfolioClient(fields.String("id"), fields.Nested("scenario", e => ClientLossScenarioJsonConverter.Instance.ReadElement(e, options)), churn)
            : throw fields.Error("\"churnProbability\" should be in [0, 1]");
    }

    protected override void WriteProperties(Utf8JsonWriter writer, PortfolioClient value, JsonSerializerOptions options)
    {
        writer.WriteString("id", value.Id);
        ClientLossScenarioJsonConverter.Instance.WriteNamed(writer, "scenario", value.Scenario, options);
        writer.WriteNumber("churnProbability", value.ChurnProbability);
    }
}

/// <summary>ClientAtRisk: one ranked client.</summary>
internal sealed class ClientAtRiskJsonConverter : LibraryConverter<ClientAtRisk>
{
    internal static readonly ClientAtRiskJsonConverter Instance = new();

    internal override ClientAtRisk ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ClientAtRisk), ["id", "position", "churnProbability", "totalCost", "expectedLoss"]);
        double churn = fields.Double("churnProbability");
        long position = fields.Int64("position");
        return churn is >= 0 and <= 1 && position >= 0
            ? new ClientAtRisk(fields.String("id"), position, churn, fields.Decimal("totalCost"), fields.Decimal("expectedLoss"))
            : throw fields.Error("\"churnProbability\" should be in [0, 1] and \"position\" non-negative");
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ClientAtRisk value, JsonSerializerOptions options)
    {
        writer.WriteString("id", value.Id);
        writer.WriteNumber("position", value.Position);
        writer.WriteNumber("churnProbability", value.ChurnProbability);
        writer.WriteNumber("totalCost", value.TotalCost);
        writer.WriteNumber("expectedLoss", value.ExpectedLoss);
    }
}

/// <summary>ClientPortfolioResult: the sums, the top and the clients at risk, read through the constructor's checks.</summary>
internal sealed class ClientPortfolioResultJsonConverter : LibraryConverter<ClientPortfolioResult>
{
    internal static readonly ClientPortfolioResultJsonConverter Instance = new();

    internal override ClientPortfolioResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(ClientPortfolioResult), ["clients", "totalLostRevenue", "totalCost", "expectedLostRevenue", "expectedLoss", "top", "topAtRisk"]);
        var atRisk = fields.NestedArray("topAtRisk", e => ClientAtRiskJsonConverter.Instance.ReadElement(e, options));
        return fields.Build(() => new ClientPortfolioResult(
            fields.Int64("clients"), fields.Decimal("totalLostRevenue"), fields.Decimal("totalCost"), fields.Decimal("expectedLostRevenue"), fields.Decimal("expectedLoss"), fields.Int32("top"), atRisk));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, ClientPortfolioResult value, JsonSerializerOptions options)
    {
        writer.WriteNumber("clients", value.Clients);
        writer.WriteNumber("totalLostRevenue", value.TotalLostRevenue);
        writer.WriteNumber("totalCost", value.TotalCost);
        writer.WriteNumber("expectedLostRevenue", value.ExpectedLostRevenue);
        writer.WriteNumber("expectedLoss", value.ExpectedLoss);
        writer.WriteNumber("top", value.Top);
        JsonWriting.Array(writer, "topAtRisk", value.TopAtRisk, (w, client) => ClientAtRiskJsonConverter.Instance.Write(w, client, options));
    }
}
#endif
