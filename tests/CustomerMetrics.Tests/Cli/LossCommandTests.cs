using System.Text.Json;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

public class LossCommandTests
{
    [Fact]
    public void OneClient_TheSourcesExample_PrintsScheduleAndTotals()
    {
        CliRun run = CliRun.Of("loss", "--purchases", "10000", "--increase", "2000", "--years", "5", "--margin", "0.2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("buys 10,000.00 a year, +2,000.00 a year, over 5 years, net margin 20.0 %", run.Output);
        Assert.Contains("Lost revenue            70,000.00", run.Output);
        Assert.Contains("Lost profit             14,000.00", run.Output);
        Assert.Contains("   5  18,000.00  3,600.00     1.0000    1.0000           3,600.00   14,000.00", run.Output);
    }

    [Fact]
    public void Currency_IsWrittenAfterMoney_AndOneYearIsSingular()
    {
        CliRun run = CliRun.Of("loss", "--purchases", "10000", "--years", "1", "--margin", "0.2", "--currency", "RUB");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("over 1 year,", run.Output);
        Assert.Contains("Lost revenue            10,000.00 RUB", run.Output);
    }

    [Fact]
    public void OneClient_WithEveryConvention_AsJson()
    {
        // Year 1: 2 000 / 1.1; year 2: 2 100 × 0.9 / 1.21; year 3: 2 205 × 0.81 / 1.331; plus 5 000.
        CliRun run = CliRun.Of(
            "loss", "--purchases", "10000", "--growth-rate", "0.05", "--years", "3", "--margin", "0.2",
            "--discount", "0.1", "--retention", "0.9", "--acquisition-cost", "5000", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement loss = json.RootElement.GetProperty("loss");
        decimal expected = 2_000m / 1.1m + 2_100m * 0.9m / 1.21m + 2_205m * 0.81m / 1.331m;
        Assert.Equal(31_525m, loss.GetProperty("lostRevenue").GetDecimal());
        // Discounted figures are exact to decimal's precision, not to the last of its 28 digits.
        Assert.Equal(decimal.Round(expected, 20), decimal.Round(loss.GetProperty("discountedLostProfit").GetDecimal(), 20));
        Assert.Equal(decimal.Round(expected + 5_000m, 20), decimal.Round(loss.GetProperty("totalCost").GetDecimal(), 20));
        Assert.Equal(3, loss.GetProperty("schedule").GetArrayLength());
    }

    [Fact]
    public void Csv_IsTheScheduleByYear()
    {
        CliRun run = CliRun.Of("loss", "--purchases", "1000", "--years", "2", "--margin", "1", "--discount", "0.1", "--timing", "start", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "year,purchases,profit,retentionWeight,discountFactor,discountedProfit,cumulativeDiscountedProfit\n" +
            "1,1000.00,1000.00,1,1,1000.00,1000.00\n" +
            "2,1000.00,1000.00,1,0.909091,909.09,1909.09\n",
            run.Output);
    }

    [Theory]
    [InlineData(new[] { "--purchases", "10000,5", "--years", "5", "--margin", "0.2" }, "--purchases: '10000,5' has a comma, which could be a decimal comma or a thousands separator, so it is not read as either; write 10000.5 if it is the decimal separator, or 100005 if it separates thousands (or pass --decimal-comma if every number is written with a decimal comma)")]
    [InlineData(new[] { "--purchases", "10000", "--years", "5", "--margin", "0,2" }, "--margin: '0,2' has a comma")]
    [InlineData(new[] { "--purchases", "10 000", "--years", "5", "--margin", "0.2" }, "--purchases: '10 000' groups its digits")]
    [InlineData(new[] { "--purchases", "5", "--years", "2.5", "--margin", "0.2" }, "--years: '2.5' is not a whole number")]
    [InlineData(new[] { "--purchases", "ten", "--years", "5", "--margin", "0.2" }, "--purchases: 'ten' is not a number")]
    [InlineData(new string[0], "loss: give --purchases, --years and --margin for one client, or --clients FILE for a client base")]
    [InlineData(new[] { "--purchases", "-5", "--years", "5", "--margin", "0.2" }, "loss: --purchases: ")]
    [InlineData(new[] { "--purchases", "5", "--years", "0", "--margin", "0.2" }, "loss: --years: The horizon should be from 1 to 100 years")]
    [InlineData(new[] { "--purchases", "5", "--years", "5", "--margin", "20" }, "loss: --margin: ")]
    [InlineData(new[] { "--purchases", "5", "--years", "5", "--margin", "0.2", "--retention", "2" }, "loss: --retention: ")]
    [InlineData(new[] { "--clients", "x.csv", "--top", "-1" }, "loss: --top should be a number of clients, 0 or more; got -1")]
    [InlineData(new[] { "--clients", "x.csv", "--purchases", "5" }, "loss: --purchases describes one client; with --clients every client's figures come from the file")]
    [InlineData(new[] { "--purchases", "5", "--years", "5", "--margin", "0.2", "--top", "3" }, "loss: --top lists the clients at risk of a client base: give --clients FILE")]
    public void BadInput_OneLineError_NamingTheOption(string[] options, string expected)
    {
        CliRun.Of(["loss", .. options]).AssertError(expected);
    }

    [Fact]
    public void TheIssuesCrash_IsAnErrorNamingTheInputs()
    {
        // 100 years at a discount rate of −50 %: the discounted figures leave decimal's range.
        CliRun run = CliRun.Of("loss", "--purchases", "10000", "--years", "100", "--margin", "0.2", "--discount", "-0.5", "--retention", "0.5");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("customer-metrics: error: loss: ", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
        run.AssertOneLine();
    }

    [Theory]
    [InlineData("--decimal-comma")]
    [InlineData("--culture=ru-RU")]
    [InlineData("--culture=lt-LT")]
    public void DecimalCommas_AreReadWhenAskedFor(string option)
    {
        CliRun run = CliRun.Of("loss", "--purchases", "10000,5", "--years", "2", "--margin", "0,2", option, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(20_001m, json.RootElement.GetProperty("loss").GetProperty("lostRevenue").GetDecimal());
        Assert.Equal(4_000.2m, json.RootElement.GetProperty("loss").GetProperty("lostProfit").GetDecimal());
    }

    [Fact]
    public void Clients_PortfolioWithTopClients()
    {
        // Costs 14 000, 1 000 and 19 000; expected 7 000 + 1 000 + 1 900 = 9 900.
        using var file = new TempFile(
            "id,purchases,increase,years,margin,acquisition_cost,churn\n" +
            "A,10000,2000,5,0.2,,0.5\n" +
            "B,1000,,5,0.2,,1\n" +
            "C,10000,2000,5,0.2,5000,0.1\n");

        CliRun run = CliRun.Of("loss", "--clients", file.Path, "--top", "2", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement portfolio = json.RootElement.GetProperty("portfolio");
        Assert.Equal(3, portfolio.GetProperty("clients").GetInt64());
        Assert.Equal(34_000m, portfolio.GetProperty("totalCost").GetDecimal());
        Assert.Equal(9_900m, portfolio.GetProperty("expectedLoss").GetDecimal());
        JsonElement top = portfolio.GetProperty("topAtRisk");
        Assert.Equal(2, top.GetArrayLength());
        Assert.Equal("A", top[0].GetProperty("client").GetString());
        Assert.Equal(7_000.0 / 9_900, top[0].GetProperty("shareOfExpectedLoss").GetDouble(), 12);
        Assert.Equal("C", top[1].GetProperty("client").GetString());
    }

    [Fact]
    public void Clients_AsExcelWritesThem_SemicolonsAndDecimalCommas()
    {
        using var file = new TempFile("id;purchases;years;margin;churn\r\nA;\"10000,5\";2;0,2;0,5\r\n");
        CliRun run = CliRun.Of("loss", "--clients", file.Path, "--decimal-comma", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(20_001m, json.RootElement.GetProperty("portfolio").GetProperty("totalLostRevenue").GetDecimal());

        // Without --decimal-comma, the same cell is an error that names it, never 100005.
        CliRun strict = CliRun.Of("loss", "--clients", file.Path);
        strict.AssertError($"{file.Path}:2:2 (purchases): '10000,5' has a comma");
    }

    [Theory]
    [InlineData("id,purchases,years,margin,churn\nA,100,5,0.2,1.5\n", "2:5 (churn): churn should be a probability in [0, 1]; got '1.5'")]
    [InlineData("id,purchases,years,margin,churn\nA,100,0,0.2,0.5\n", "2:3 (years): The horizon should be from 1 to 100 years")]
    [InlineData("id,purchases,years,margin,churn\nA,abc,5,0.2,0.5\n", "2:2 (purchases): 'abc' is not a number")]
    [InlineData("id,purchases,years,margin,churn\nA,,5,0.2,0.5\n", "2:2 (purchases): the cell is empty; every client needs an id, purchases, years, margin and churn")]
    [InlineData("id,purchases,years,margin,churn\nA,100,5,0.2\n", "2: expected 5 fields as in the header, found 4")]
    [InlineData("id,purchases,years,churn\nA,100,5,0.5\n", " no column 'margin' in the header (columns: id, purchases, years, churn)")]
    [InlineData("id,purchases,years,margin,churn,timing\nA,100,5,0.2,0.5,noon\n", "2:6 (timing): 'noon' is not a payment timing (end or start)")]
    [InlineData("id,purchases,years,margin,churn,increase,growth_rate\nA,100,5,0.2,0.5,1,0.1\n", "2:7 (growth_rate): give either increase or growth_rate for a client, not both")]
    public void Clients_MalformedFile_NamesLineColumnAndCell(string contents, string expected)
    {
        using var file = new TempFile(contents);
        CliRun.Of("loss", "--clients", file.Path).AssertError($"{file.Path}:{expected}");
    }
}
