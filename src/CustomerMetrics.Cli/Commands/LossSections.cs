using System.Globalization;
using System.Linq;
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

    internal static ReportSection OneClient(string title, ClientLossScenario scenario, ClientLossResult result, string? currency)
    {
        var section = new ReportSection("loss", title);
        section.Figures.Add(Figure.Line("Client", Describe(scenario, currency)));
        section.Figures.Add(new Figure("lostRevenue", "Lost revenue", result.LostRevenue, Format.Money(result.LostRevenue, currency)));
        section.Figures.Add(new Figure("lostProfit", "Lost profit", result.LostProfit, Format.Money(result.LostProfit, currency)));
        section.Figures.Add(new Figure("discountedLostProfit", "Discounted lost profit", result.DiscountedLostProfit, Format.Money(result.DiscountedLostProfit, currency)));
        section.Figures.Add(new Figure("acquisitionCost", "Cost of a new client", result.AcquisitionCost, Format.Money(result.AcquisitionCost, currency)));
        section.Figures.Add(new Figure("totalCost", "Total cost of the loss", result.TotalCost, Format.Money(result.TotalCost, currency)));
        if (currency is not null)
        {
            section.Figures.Add(Figure.Data("currency", currency));
        }

        var table = new ReportTable(
            "schedule",
            "Year by year",
            [
                new Column("year", "Year"),
                new Column("purchases", "Purchases"),
                new Column("profit", "Profit"),
                new Column("retentionWeight", "Retention", CsvFormat: "0.######"),
                new Column("discountFactor", "Discount", CsvFormat: "0.######"),
                new Column("discountedProfit", "Discounted profit"),
                new Column("cumulativeDiscountedProfit", "Cumulative"),
            ]);
        foreach (ClientLossYear year in result.Schedule)
        {
            table.Rows.Add(
            [
                (year.Year, year.Year.ToString(CultureInfo.InvariantCulture)),
                (year.Purchases, Format.Money(year.Purchases, currency)),
                (year.Profit, Format.Money(year.Profit, currency)),
                (year.RetentionWeight, Format.Factor(year.RetentionWeight)),
                (year.DiscountFactor, Format.Factor(year.DiscountFactor)),
                (year.DiscountedProfit, Format.Money(year.DiscountedProfit, currency)),
                (year.CumulativeDiscountedProfit, Format.Money(year.CumulativeDiscountedProfit, currency)),
            ]);
        }

        section.Tables.Add(table);
        section.CsvTable = table;
        section.Charts.Add(new Chart(
            "purchases",
            $"Purchases lost, year by year{(currency is null ? string.Empty : $" ({currency})")}",
            ChartKind.Bars,
            result.Schedule.Select(year => new ChartPoint($"Year {year.Year}", (double)year.Purchases, Format.Money(year.Purchases, currency))).ToList(),
            string.Empty));
        section.Formulas.Add("Purchases in year t = P + (t − 1) × increase, or P × (1 + g)^(t − 1); never below 0. Lost revenue = Σ purchases over the horizon; lost profit = net margin × lost revenue (the sources: \"10 + 12 + 14 + 16 + 18 = 70 … per 5 metus įmonė praras 14 tūkstančių\").");
        section.Formulas.Add("Discounted lost profit = Σ profitₜ × r^(t − 1) / (1 + d)^t (end of year; start of year: exponent t − 1), r the chance the client would have stayed each further year, d the discount rate. Total cost = discounted lost profit + the cost of finding a new client.");
        return section;
    }

    internal static ReportSection Portfolio(string title, ClientPortfolioResult result, string? currency)
    {
        var section = new ReportSection("portfolio", title);
        section.Figures.Add(new Figure("clients", "Clients", result.Clients, Format.Count(result.Clients)));
        section.Figures.Add(new Figure("totalLostRevenue", "Lost revenue if all left", result.TotalLostRevenue, Format.Money(result.TotalLostRevenue, currency)));
        section.Figures.Add(new Figure("totalCost", "Total cost if all left", result.TotalCost, Format.Money(result.TotalCost, currency)));
        section.Figures.Add(new Figure("expectedLostRevenue", "Expected lost revenue", result.ExpectedLostRevenue, Format.Money(result.ExpectedLostRevenue, currency)));
        section.Figures.Add(new Figure("expectedLoss", "Expected loss (churn × cost)", result.ExpectedLoss, Format.Money(result.ExpectedLoss, currency)));
        if (currency is not null)
        {
            section.Figures.Add(Figure.Data("currency", currency));
        }

        var table = new ReportTable(
            "topAtRisk",
            $"The {Plural.Of(result.TopAtRisk.Count, "client")} at most risk (largest expected loss first)",
            [
                new Column("client", "Client", RightAligned: false),
                new Column("churnProbability", "Churn", CsvFormat: "0.####"),
                new Column("totalCost", "Cost if lost"),
                new Column("expectedLoss", "Expected loss"),
                new Column("shareOfExpectedLoss", "Share of all", CsvFormat: "0.####"),
            ]);
        foreach (ClientAtRisk client in result.TopAtRisk)
        {
            double share = result.ExpectedLoss == 0 ? double.NaN : (double)(client.ExpectedLoss / result.ExpectedLoss);
            table.Rows.Add(
            [
                (client.Id, client.Id),
                (client.ChurnProbability, Format.Percent(client.ChurnProbability)),
                (client.TotalCost, Format.Money(client.TotalCost, currency)),
                (client.ExpectedLoss, Format.Money(client.ExpectedLoss, currency)),
                (share, Format.Percent(share)),
            ]);
        }

        section.Tables.Add(table);
        section.CsvTable = table;
        section.Charts.Add(new Chart(
            "topAtRisk",
            $"Expected loss of the clients at most risk{(currency is null ? string.Empty : $" ({currency})")}",
            ChartKind.Bars,
            result.TopAtRisk.Select(client => new ChartPoint(client.Id, (double)client.ExpectedLoss, Format.Money(client.ExpectedLoss, currency))).ToList(),
            string.Empty));
        section.Formulas.Add("Expected loss = Σ over clients of churn probability × total cost of losing the client (each client's cost as for one client).");
        return section;
    }

    private static string Describe(ClientLossScenario scenario, string? currency)
    {
        string growth = scenario.AnnualGrowthRate != 0
            ? $", {Format.Signed(scenario.AnnualGrowthRate * 100, "0.##")} % a year"
            : scenario.AnnualIncrease != 0 ? $", {(scenario.AnnualIncrease > 0 ? "+" : string.Empty)}{Format.Money(scenario.AnnualIncrease, currency)} a year" : string.Empty;
        string extras = string.Empty;
        if (scenario.DiscountRate != 0)
        {
            extras += $", discounted at {Format.Percent(scenario.DiscountRate)} a year ({(scenario.Timing == PaymentTiming.EndOfYear ? "end" : "start")} of year)";
        }

        if (scenario.RetentionProbability != 1)
        {
            extras += $", retention {Format.Percent(scenario.RetentionProbability)} a year";
        }

        return $"buys {Format.Money(scenario.AnnualPurchases, currency)} a year{growth}, over {Plural.Of(scenario.Years, "year")}, net margin {Format.Percent((double)scenario.NetMargin)}{extras}";
    }
}
