using System.Globalization;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary>Builds the cost-of-losing-a-client report sections shared by <c>loss</c> and <c>report</c>.</summary>
internal static class LossSections
{
    /// <summary>The sources' example: 10 000 a year, +2 000 a year, 5 years, 20 % net margin.</summary>
    internal static readonly ClientLossScenario SourcesExample = new()
    {
        AnnualPurchases = 10_000m,
        AnnualIncrease = 2_000m,
        Years = 5,
        NetMargin = 0.2m,
    };

    internal static ReportSection OneClient(string title, ClientLossScenario scenario, ClientLossResult result)
    {
        var section = new ReportSection("loss", title);
        section.Figures.Add(Figure.Line("Client", Describe(scenario)));
        section.Figures.Add(new Figure("lostRevenue", "Lost revenue", result.LostRevenue, Format.Money(result.LostRevenue)));
        section.Figures.Add(new Figure("lostProfit", "Lost profit", result.LostProfit, Format.Money(result.LostProfit)));
        section.Figures.Add(new Figure("discountedLostProfit", "Discounted lost profit", result.DiscountedLostProfit, Format.Money(result.DiscountedLostProfit)));
        section.Figures.Add(new Figure("acquisitionCost", "Acquisition cost", result.AcquisitionCost, Format.Money(result.AcquisitionCost)));
        section.Figures.Add(new Figure("totalCost", "Total cost", result.TotalCost, Format.Money(result.TotalCost)));

        var table = new ReportTable(
            "schedule",
            "Year by year",
            [
                new Column("year", "Year"),
                new Column("purchases", "Purchases"),
                new Column("profit", "Profit"),
                new Column("retentionWeight", "Retention"),
                new Column("discountFactor", "Discount"),
                new Column("discountedProfit", "Discounted profit"),
                new Column("cumulative", "Cumulative"),
            ]);
        foreach (ClientLossYear year in result.Schedule)
        {
            table.Rows.Add(
            [
                (year.Year, year.Year.ToString(CultureInfo.InvariantCulture)),
                (year.Purchases, Format.Money(year.Purchases)),
                (year.Profit, Format.Money(year.Profit)),
                (year.RetentionWeight, Format.Factor(year.RetentionWeight)),
                (year.DiscountFactor, Format.Factor(year.DiscountFactor)),
                (year.DiscountedProfit, Format.Money(year.DiscountedProfit)),
                (year.CumulativeDiscountedProfit, Format.Money(year.CumulativeDiscountedProfit)),
            ]);
        }

        section.Tables.Add(table);
        return section;
    }

    internal static ReportSection Portfolio(string title, ClientPortfolioResult result)
    {
        var section = new ReportSection("portfolio", title);
        section.Figures.Add(new Figure("clients", "Clients", result.Clients, Format.Count(result.Clients)));
        section.Figures.Add(new Figure("totalLostRevenue", "Lost revenue if all left", result.TotalLostRevenue, Format.Money(result.TotalLostRevenue)));
        section.Figures.Add(new Figure("totalCost", "Total cost if all left", result.TotalCost, Format.Money(result.TotalCost)));
        section.Figures.Add(new Figure("expectedLostRevenue", "Expected lost revenue", result.ExpectedLostRevenue, Format.Money(result.ExpectedLostRevenue)));
        section.Figures.Add(new Figure("expectedLoss", "Expected loss", result.ExpectedLoss, Format.Money(result.ExpectedLoss)));

        var table = new ReportTable(
            "topAtRisk",
            "Clients at risk (largest expected loss first)",
            [
                new Column("client", "Client", RightAligned: false),
                new Column("churnProbability", "Churn"),
                new Column("totalCost", "Cost if lost"),
                new Column("expectedLoss", "Expected loss"),
            ]);
        foreach (ClientAtRisk client in result.TopAtRisk)
        {
            table.Rows.Add(
            [
                (client.Id, client.Id),
                (client.ChurnProbability, Format.Percent(client.ChurnProbability)),
                (client.TotalCost, Format.Money(client.TotalCost)),
                (client.ExpectedLoss, Format.Money(client.ExpectedLoss)),
            ]);
        }

        section.Tables.Add(table);
        return section;
    }

    private static string Describe(ClientLossScenario scenario)
    {
        string growth = scenario.AnnualGrowthRate != 0
            ? $", {Format.Signed(scenario.AnnualGrowthRate * 100, "0.##")} % a year"
            : scenario.AnnualIncrease != 0 ? $", {(scenario.AnnualIncrease > 0 ? "+" : string.Empty)}{Format.Money(scenario.AnnualIncrease)} a year" : string.Empty;
        string extras = string.Empty;
        if (scenario.DiscountRate != 0)
        {
            extras += $", discounted at {Format.Percent(scenario.DiscountRate)} ({(scenario.Timing == PaymentTiming.EndOfYear ? "end" : "start")} of year)";
        }

        if (scenario.RetentionProbability != 1)
        {
            extras += $", retention {Format.Percent(scenario.RetentionProbability)}";
        }

        return $"buys {Format.Money(scenario.AnnualPurchases)} a year{growth}, over {scenario.Years} years, net margin {Format.Percent((double)scenario.NetMargin)}{extras}";
    }
}
