using System.Globalization;
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
        Assert.Contains("Lost revenue            70,000.00", run.Output);
        Assert.Contains("Lost profit             14,000.00", run.Output);
        Assert.Contains("   5  18,000.00  3,600.00     1.0000    1.0000           3,600.00   14,000.00", run.Output);
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
    public void StartOfYearTiming_IsApplied()
    {
        CliRun run = CliRun.Of("loss", "--purchases", "1000", "--years", "2", "--margin", "1", "--discount", "0.1", "--timing", "start", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"loss,,,discountedLostProfit,{1_000m + 1_000m / 1.1m}\n"), run.Output);
    }

    [Theory]
    [InlineData(new[] { "loss" }, "loss: give --purchases, --years and --margin for one client, or --clients FILE")]
    [InlineData(new[] { "loss", "--purchases", "-5", "--years", "5", "--margin", "0.2" }, "loss: --purchases: Purchases should be non-negative.")]
    [InlineData(new[] { "loss", "--purchases", "5", "--years", "0", "--margin", "0.2" }, "loss: --years: The horizon should be from 1 to 100 years.")]
    [InlineData(new[] { "loss", "--purchases", "5", "--years", "2.5", "--margin", "0.2" }, "loss: --years should be a whole number of years; got 2.5")]
    [InlineData(new[] { "loss", "--purchases", "5", "--years", "5", "--margin", "20" }, "loss: --margin: Net margin should be a share of sales in [-1, 1]")]
    [InlineData(new[] { "loss", "--purchases", "5", "--years", "5", "--margin", "0.2", "--retention", "2" }, "loss: --retention: Retention probability should be in [0, 1].")]
    [InlineData(new[] { "loss", "--purchases", "5", "--years", "5", "--margin", "0.2", "--increase", "1", "--growth-rate", "0.1" }, "loss: --growth-rate: Set either AnnualIncrease")]
    [InlineData(new[] { "loss", "--purchases", "ten", "--years", "5", "--margin", "0.2" }, "loss: --purchases 'ten' is not a number")]
    [InlineData(new[] { "loss", "--purchases", "5", "--years", "5", "--margin", "0.2", "--timing", "middle" }, "loss: --timing 'middle' is not one of: end, start")]
    [InlineData(new[] { "loss", "--clients", "x.csv", "--top", "-1" }, "loss: --top should be a whole number of clients, 0 or more; got -1")]
    [InlineData(new[] { "loss", "--clients", "x.csv", "--purchases", "5" }, "loss: unknown option --purchases")]
    public void BadInput_OneLineError(string[] args, string expected)
    {
        CliRun run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"customer-metrics: error: {expected}", run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
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
        Assert.Equal("C", top[1].GetProperty("client").GetString());
    }

    [Theory]
    [InlineData("id,purchases,years,margin,churn\nA,100,5,0.2,1.5\n", "2:5: churn should be a probability in [0, 1]; got '1.5'")]
    [InlineData("id,purchases,years,margin,churn\nA,100,0,0.2,0.5\n", "2:3: The horizon should be from 1 to 100 years.")]
    [InlineData("id,purchases,years,margin,churn\nA,abc,5,0.2,0.5\n", "2:2: 'abc' in column 'purchases' is not a number (use a dot as the decimal separator)")]
    [InlineData("id,purchases,years,margin,churn\nA,100,5,0.2\n", "2:5: expected 5 fields as in the header, found 4")]
    [InlineData("id,purchases,years,churn\nA,100,5,0.5\n", "1:1: no column 'margin' in the header (columns: id, purchases, years, churn)")]
    [InlineData("id,purchases,years,margin,churn,timing\nA,100,5,0.2,0.5,noon\n", "2:6: 'noon' is not a payment timing (end or start)")]
    public void Clients_MalformedFile_NamesLineAndColumn(string contents, string expected)
    {
        using var file = new TempFile(contents);
        CliRun run = CliRun.Of("loss", "--clients", file.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"customer-metrics: error: {file.Path}:{expected}\n", run.Error);
    }
}
