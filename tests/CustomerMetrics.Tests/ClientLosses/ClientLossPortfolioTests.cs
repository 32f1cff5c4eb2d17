using System;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.ClientLosses;

public class ClientLossPortfolioTests
{
    private static readonly ClientLossScenario SourcesExample = new() { AnnualPurchases = 10_000m, AnnualIncrease = 2_000m, Years = 5, NetMargin = 0.2m };

    [Fact]
    public void Portfolio_HandComputed()
    {
        // Costs: 14 000 (sources' example), 1 000 (5 × 1 000 × 0.2) and 14 000 + 5 000 acquisition.
        PortfolioClient[] clients =
        [
            new("A", SourcesExample, 0.5),
            new("B", new ClientLossScenario { AnnualPurchases = 1_000m, Years = 5, NetMargin = 0.2m }, 1.0),
            new("C", SourcesExample with { AcquisitionCost = 5_000m }, 0.1),
        ];

        ClientPortfolioResult result = ClientLoss.Portfolio(clients, top: 2);

        Assert.Equal(3, result.Clients);
        Assert.Equal(145_000m, result.TotalLostRevenue);          // 70 000 + 5 000 + 70 000
        Assert.Equal(34_000m, result.TotalCost);                  // 14 000 + 1 000 + 19 000
        Assert.Equal(47_000m, result.ExpectedLostRevenue);        // 35 000 + 5 000 + 7 000
        Assert.Equal(9_900m, result.ExpectedLoss);                // 7 000 + 1 000 + 1 900
        Assert.Equal(new[] { "A", "C" }, result.TopAtRisk.Select(c => c.Id));
        Assert.Equal(new ClientAtRisk("A", 0, 0.5, 14_000m, 7_000m), result.TopAtRisk[0]);
        Assert.Equal(result, ClientLoss.Portfolio(clients.AsEnumerable(), top: 2));
    }

    [Fact]
    public void Portfolio_TiesKeepTheEarlierClient()
    {
        PortfolioClient[] clients = Enumerable.Range(0, 5).Select(i => new PortfolioClient($"C{i}", SourcesExample, 0.5)).ToArray();
        ClientPortfolioResult result = ClientLoss.Portfolio(clients, top: 3);
        Assert.Equal(new[] { "C0", "C1", "C2" }, result.TopAtRisk.Select(c => c.Id));
    }

    [Fact]
    public void Portfolio_Empty_AndTopZero()
    {
        ClientPortfolioResult empty = ClientLoss.Portfolio(ReadOnlySpan<PortfolioClient>.Empty);
        Assert.Equal(0, empty.Clients);
        Assert.Equal(0m, empty.ExpectedLoss);
        Assert.Empty(empty.TopAtRisk);

        Assert.Empty(ClientLoss.Portfolio([new PortfolioClient("A", SourcesExample, 1)], top: 0).TopAtRisk);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Portfolio_BadChurn_NamesTheClient(double churn)
    {
        PortfolioClient[] clients = [new("A", SourcesExample, 0.5), new("B", SourcesExample, churn)];
        var error = Assert.Throws<ArgumentException>(() => ClientLoss.Portfolio(clients));
        Assert.Equal("clients", error.ParamName);
        Assert.StartsWith("Client at position 1 ('B'): Churn probability should be in [0, 1].", error.Message);
    }

    [Fact]
    public void Portfolio_BadScenario_NamesTheClient()
    {
        PortfolioClient[] clients = [new("X-17", SourcesExample with { Years = 0 }, 0.5)];
        var error = Assert.Throws<ArgumentException>(() => ClientLoss.Portfolio(clients));
        Assert.StartsWith("Client at position 0 ('X-17'): The horizon should be from 1 to 100 years.", error.Message);
        Assert.Equal("Years", ((ArgumentException)error.InnerException!).ParamName);
    }

    public static TheoryData<string, ClientLossScenario> ScenariosBeyondDecimal => new()
    {
        // Purchases compounding past decimal: the exact revenue overflows.
        { "revenue", new ClientLossScenario { AnnualPurchases = 1e27m, AnnualGrowthRate = 1, Years = 100, NetMargin = 0.2m } },

        // Weights of 1 / (1 − 0.99) = 100 a year: the discounted profit (a double, 1e199) is beyond decimal.
        { "discounted", new ClientLossScenario { AnnualPurchases = 10_000m, Years = 100, NetMargin = 0.2m, DiscountRate = -0.99 } },
    };

    [Theory]
    [MemberData(nameof(ScenariosBeyondDecimal))]
    public void Portfolio_FiguresBeyondDecimal_NameTheClient_InEveryInputForm(string what, ClientLossScenario huge)
    {
        PortfolioClient[] clients = [new("A", SourcesExample, 0.5), new("B\n", huge, 0.5), new("C", SourcesExample, 0.5)];
        const string Expected = "The portfolio's figures exceed the range of decimal (about 7.9e28) at client 8 ('B\\n').";
        foreach (Func<ClientPortfolioResult> call in new Func<ClientPortfolioResult>[]
        {
            () => ClientLoss.Portfolio(clients, top: 2, firstPosition: 7),
            () => ClientLoss.Portfolio(clients.AsEnumerable(), top: 2, firstPosition: 7),
        })
        {
            var error = Assert.Throws<ArgumentException>(call);
            Assert.Equal("clients", error.ParamName);
            Assert.True(error.Message.StartsWith(Expected, StringComparison.Ordinal), $"{what}: {error.Message}");
            Assert.IsType<OverflowException>(error.InnerException);
        }

        Assert.Throws<ArgumentException>(() => ClientLoss.Calculate(huge)); // the single client's calculation agrees
    }

    [Fact]
    public void Portfolio_RevenueInCents_BeyondLong_CarriesOnInDecimal()
    {
        // 100 years of 10^12 cents a client: past 92 234 clients the cents exceed long, and the sum carries on exactly.
        var rich = new ClientLossScenario { AnnualPurchases = 10_000_000_000m, Years = 100, NetMargin = 0.2m };
        const int Clients = 100_000;
        ClientPortfolioResult result = ClientLoss.Portfolio(Enumerable.Range(0, Clients).Select(i => new PortfolioClient($"C{i}", rich, 0.5)), top: 0);
        Assert.Equal(Clients * ClientLoss.Calculate(rich).LostRevenue, result.TotalLostRevenue);
        Assert.Equal(100_000_000_000_000_000m, result.TotalLostRevenue);
    }

    [Fact]
    public void Portfolio_GrowingPurchases_AreNotGrownPastTheLastYear()
    {
        // A year later 6e28 × 1.5 would exceed decimal; the horizon ends first.
        var scenario = new ClientLossScenario { AnnualPurchases = 60_000_000_000_000_000_000_000_000_000m, AnnualGrowthRate = 0.5, Years = 1, NetMargin = 0.1m };
        ClientPortfolioResult result = ClientLoss.Portfolio([new PortfolioClient("A", scenario, 0.5)], top: 1);
        Assert.Equal(scenario.AnnualPurchases, result.TotalLostRevenue);
        Assert.Equal(ClientLoss.Calculate(scenario).LostRevenue, result.TotalLostRevenue);
    }

    [Fact]
    public void Portfolio_TotalsBeyondDecimal_AreAnArgumentException()
    {
        // Without a top, no client's own figures are converted: the sum is what exceeds decimal.
        var huge = new ClientLossScenario { AnnualPurchases = 10_000m, Years = 100, NetMargin = 0.2m, DiscountRate = -0.99 };
        var error = Assert.Throws<ArgumentException>(() => ClientLoss.Portfolio([new PortfolioClient("A", huge, 0.5)], top: 0));
        Assert.Equal("clients", error.ParamName);
        Assert.StartsWith("The portfolio totals exceed the range of decimal (about 7.9e28).", error.Message);
        Assert.IsType<OverflowException>(error.InnerException);
    }

    [Fact]
    public void Portfolio_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ClientLoss.Portfolio((System.Collections.Generic.IEnumerable<PortfolioClient>)null!));
        Assert.Throws<ArgumentException>(() => ClientLoss.Portfolio([new PortfolioClient("A", null!, 0.5)]));
        var noId = Assert.Throws<ArgumentException>(() => ClientLoss.Portfolio([new PortfolioClient(null!, SourcesExample, 0.5)]));
        Assert.Contains("The client id should not be null.", noId.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ClientLoss.Portfolio(ReadOnlySpan<PortfolioClient>.Empty, top: -1));
    }
}
