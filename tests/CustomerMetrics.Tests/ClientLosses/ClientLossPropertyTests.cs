using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.ClientLosses;

public class ClientLossPropertyTests
{
    /// <summary>Scenarios whose amounts stay well inside decimal: purchases up to 1e6, growth up to 50 % a year.</summary>
    private static readonly Arbitrary<ClientLossScenario> Scenarios =
        (from purchases in Gen.Choose(0, 1_000_000)
         from linear in Gen.Elements(true, false)
         from increase in Gen.Choose(-50_000, 50_000)
         from growthPercent in Gen.Choose(-90, 50)
         from years in Gen.Choose(1, ClientLoss.MaxYears)
         from marginPercent in Gen.Choose(-100, 100)
         from discountPercent in Gen.Choose(0, 50)
         from retentionPercent in Gen.Choose(0, 100)
         from acquisition in Gen.Choose(0, 100_000)
         from start in Gen.Elements(PaymentTiming.EndOfYear, PaymentTiming.StartOfYear)
         select new ClientLossScenario
         {
             AnnualPurchases = purchases,
             AnnualIncrease = linear ? increase : 0,
             AnnualGrowthRate = linear ? 0 : growthPercent / 100.0,
             Years = years,
             NetMargin = marginPercent / 100m,
             DiscountRate = discountPercent / 100.0,
             RetentionProbability = retentionPercent / 100.0,
             AcquisitionCost = acquisition,
             Timing = start,
         }).ToArbitrary();

    [Fact]
    public void LostRevenue_NeverFallsAsTheHorizonGrows()
    {
        Prop.ForAll(Scenarios, scenario =>
        {
            if (scenario.Years == ClientLoss.MaxYears)
            {
                return true;
            }

            return ClientLoss.Calculate(scenario with { Years = scenario.Years + 1 }).LostRevenue >= ClientLoss.Calculate(scenario).LostRevenue;
        }).Check(Properties.Default);
    }

    [Fact]
    public void LostProfit_IsMarginTimesLostRevenue()
    {
        Prop.ForAll(Scenarios, scenario =>
        {
            ClientLossResult result = ClientLoss.Calculate(scenario);
            return result.LostProfit == scenario.NetMargin * result.LostRevenue;
        }).Check(Properties.Default);
    }

    [Fact]
    public void Discounting_NeverIncreasesTheValue()
    {
        Prop.ForAll(Scenarios, scenario =>
        {
            ClientLossScenario positive = scenario with { NetMargin = Math.Abs(scenario.NetMargin) };
            decimal undiscounted = ClientLoss.Calculate(positive with { DiscountRate = 0 }).DiscountedLostProfit;
            return ClientLoss.Calculate(positive).DiscountedLostProfit <= undiscounted;
        }).Check(Properties.Default);
    }

    [Fact]
    public void WithoutDiscountOrRetention_DiscountedEqualsLostProfit()
    {
        Prop.ForAll(Scenarios, scenario =>
        {
            ClientLossResult result = ClientLoss.Calculate(scenario with { DiscountRate = 0, RetentionProbability = 1 });
            return Math.Abs(result.DiscountedLostProfit - result.LostProfit) <= 1e-18m * Math.Max(1, Math.Abs(result.LostProfit));
        }).Check(Properties.Default);
    }

    [Fact]
    public void Schedule_SumsToTheTotals()
    {
        Prop.ForAll(Scenarios, scenario =>
        {
            ClientLossResult result = ClientLoss.Calculate(scenario);
            decimal profits = result.Schedule.Sum(y => y.Profit);
            return result.Schedule.Count == scenario.Years
                && result.Schedule.Sum(y => y.Purchases) == result.LostRevenue
                && result.Schedule.Sum(y => y.DiscountedProfit) == result.DiscountedLostProfit
                && result.Schedule[^1].CumulativeDiscountedProfit == result.DiscountedLostProfit
                && Math.Abs(profits - result.LostProfit) <= 1e-18m * Math.Max(1, Math.Abs(result.LostProfit))
                && result.TotalCost == result.DiscountedLostProfit + scenario.AcquisitionCost
                && result.Schedule.All(y => y.Purchases >= 0);
        }).Check(Properties.Default);
    }

    [Fact]
    public void LifetimeValue_ClosedFormEqualsExplicitSum()
    {
        var cases = (from margin in Gen.Choose(-10_000, 10_000)
                     from retentionPercent in Gen.Choose(0, 100)
                     from discountPercent in Gen.Choose(-20, 50)
                     from years in Gen.Choose(1, ClientLoss.MaxYears)
                     select (margin: (decimal)margin, retention: retentionPercent / 100.0, discount: discountPercent / 100.0, years)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            decimal ratio = (decimal)c.retention / (1 + (decimal)c.discount);
            decimal sum = 0;
            decimal power = 1;
            for (int t = 1; t <= c.years; t++)
            {
                power *= ratio;
                sum += c.margin * power;
            }

            decimal closed = ClientLoss.LifetimeValue(c.margin, c.retention, c.discount, c.years);
            return Math.Abs(closed - sum) <= 1e-12m * Math.Max(1, Math.Abs(sum));
        }).Check(Properties.Default);
    }

    [Fact]
    public void Portfolio_EqualsTheSumOfItsClients_AndRanksLikeASort()
    {
        Prop.ForAll(Portfolios, clients =>
        {
            ClientPortfolioResult result = ClientLoss.Portfolio(clients, top: 5);
            var expected = clients
                .Select((c, i) => (c.Id, result: ClientLoss.Calculate(c.Scenario), churn: (decimal)c.ChurnProbability, i))
                .Select(e => (e.Id, e.result.LostRevenue, cost: e.result.TotalCost, loss: e.churn * e.result.TotalCost, e.i, size: Math.Abs(e.result.DiscountedLostProfit) + e.result.AcquisitionCost + (1e-14m * Math.Abs(e.result.LostProfit))))
                .ToList();

            // Undiscounted money in cents is exact; discounted and churn-weighted figures within 1e-12 (documented).
            Assert.Equal(clients.Length, result.Clients);
            Revenue(expected.Sum(e => e.LostRevenue), result.TotalLostRevenue, clients);

            // Negative margins make some costs negative: the tolerance is relative to the sum of their sizes.
            // The decimal reference itself keeps 28 decimal places, so a tiny weight (0.01^99) times a huge profit
            // (compounded purchases) has few significant digits there: its size includes 1e-26 of the lost profit.
            decimal scale = expected.Sum(e => e.size);
            Close(expected.Sum(e => e.cost), result.TotalCost, scale);
            Close(expected.Sum(e => e.loss), result.ExpectedLoss, scale);
            Close(expected.Sum(e => (decimal)clients[e.i].ChurnProbability * e.LostRevenue), result.ExpectedLostRevenue, expected.Sum(e => e.LostRevenue));

            var ranked = expected.OrderByDescending(e => e.loss).ThenBy(e => e.i).Take(5).ToList();
            Assert.Equal(ranked.Count, result.TopAtRisk.Count);
            for (int k = 0; k < ranked.Count; k++)
            {
                ClientAtRisk client = result.TopAtRisk[k];
                var own = expected[(int)client.Position];
                Close(ranked[k].loss, client.ExpectedLoss, Math.Max(ranked[k].size, own.size));
                Close(own.loss, client.ExpectedLoss, own.size);
                Close(own.cost, client.TotalCost, own.size);
                Assert.True(k == 0 || result.TopAtRisk[k - 1].ExpectedLoss >= client.ExpectedLoss);
            }
        }).Check(Properties.Default);
    }

    [Fact]
    public void Portfolio_MergeOfParts_EqualsTheWhole()
    {
        Prop.ForAll(Portfolios, Gen.Choose(0, 100).ToArbitrary(), Gen.Choose(0, 8).ToArbitrary(), (clients, cutPercent, top) =>
        {
            int cut = clients.Length * cutPercent / 100;
            ClientPortfolioResult whole = ClientLoss.Portfolio(clients, top);
            decimal scale = clients.Select(c => ClientLoss.Calculate(c.Scenario)).Sum(r => Math.Abs(r.DiscountedLostProfit) + r.AcquisitionCost + (1e-14m * Math.Abs(r.LostProfit)));
            ClientPortfolioResult first = ClientLoss.Portfolio(clients.AsSpan(0, cut), top);
            ClientPortfolioResult second = ClientLoss.Portfolio(clients.Skip(cut), top, firstPosition: cut);
            foreach (ClientPortfolioResult merged in new[] { first + second, second.Add(first), ClientPortfolioResult.Empty + first + second })
            {
                Assert.Equal(whole.Clients, merged.Clients);
                Revenue(whole.TotalLostRevenue, merged.TotalLostRevenue, clients);
                Assert.Equal(whole.TopAtRisk, merged.TopAtRisk);
                Assert.Equal(top, merged.Top);
                Close(whole.TotalCost, merged.TotalCost, scale);
                Close(whole.ExpectedLoss, merged.ExpectedLoss, scale);
                Close(whole.ExpectedLostRevenue, merged.ExpectedLostRevenue, whole.TotalLostRevenue);
            }

            Assert.Equal(first, first + ClientPortfolioResult.Empty);
        }).Check(Properties.Default);
    }

    [Fact]
    public void Portfolio_OfLinearClientsSharingTheirRates_EqualsEachClientsCalculation()
    {
        // The portfolio's path for linear growth in cents: tables of the discount series for the rates the
        // clients share, grown as longer horizons come, and the year-by-year sum where purchases fall while
        // the weights grow (a negative discount rate). Each client's cost must be its own calculation's.
        // Amounts in mills and margins of 28 digits take the decimal paths; clients who buy nothing at first
        // buy only their increases.
        var cases = (from discountPercent in Gen.Choose(-40, 50)
                     from retentionPercent in Gen.Choose(0, 100)
                     from clients in (from purchases in Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(0, 100_000)))
                                      from increase in Gen.Choose(-20_000, 20_000)
                                      from cents in Gen.Choose(0, 99)
                                      from mills in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 9)))
                                      from years in Gen.Choose(1, ClientLoss.MaxYears)
                                      from marginPercent in Gen.Choose(-100, 100)
                                      from thirds in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
                                      from acquisition in Gen.Choose(0, 100_000)
                                      from start in Gen.Elements(PaymentTiming.EndOfYear, PaymentTiming.StartOfYear)
                                      select (
                                          purchases: purchases + (cents / 100m) + (mills / 1000m),
                                          increase: increase + (mills / 1000m),
                                          years,
                                          margin: thirds ? marginPercent / 300m : marginPercent / 100m,
                                          acquisition: (acquisition / 100m) + (mills / 1000m),
                                          start)).ListOf()
                     select (discount: discountPercent / 100.0, retention: retentionPercent / 100.0, clients)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            PortfolioClient[] clients = c.clients.Select((x, i) => new PortfolioClient($"C{i}", new ClientLossScenario
            {
                AnnualPurchases = x.purchases,
                AnnualIncrease = x.increase,
                Years = x.years,
                NetMargin = x.margin,
                DiscountRate = c.discount,
                RetentionProbability = c.retention,
                AcquisitionCost = x.acquisition,
                Timing = x.start,
            }, 1)).ToArray();
            ClientPortfolioResult result = ClientLoss.Portfolio(clients, top: clients.Length);
            ClientLossResult[] each = clients.Select(x => ClientLoss.Calculate(x.Scenario)).ToArray();
            Assert.Equal(clients.Length, result.TopAtRisk.Count);
            foreach (ClientAtRisk client in result.TopAtRisk)
            {
                ClientLossResult own = each[client.Position];
                decimal size = Math.Abs(own.DiscountedLostProfit) + (1e-14m * Math.Abs(own.LostProfit));
                Close(own.TotalCost, client.TotalCost, size);
            }

            Assert.Equal(each.Sum(o => o.LostRevenue), result.TotalLostRevenue);
            Close(each.Sum(o => o.TotalCost), result.TotalCost, each.Sum(o => Math.Abs(o.DiscountedLostProfit) + o.AcquisitionCost + (1e-14m * Math.Abs(o.LostProfit))));
        }).Check(Properties.Default);
    }

    [Fact]
    public void Portfolio_FromAggregates_RebuildsTheResult()
    {
        Prop.ForAll(Portfolios, clients =>
        {
            ClientPortfolioResult result = ClientLoss.Portfolio(clients, top: 3);
            var rebuilt = new ClientPortfolioResult(result.Clients, result.TotalLostRevenue, result.TotalCost, result.ExpectedLostRevenue, result.ExpectedLoss, result.Top, result.TopAtRisk);
            Assert.Equal(result, rebuilt);
        }).Check(Properties.Default);
    }

    private static readonly Arbitrary<PortfolioClient[]> Portfolios = Scenarios.Generator
        .SelectMany(s => Gen.Choose(0, 100).Select(churn => (scenario: s, churn: churn / 100.0)))
        .ListOf()
        .Select(list => list.Select((c, i) => new PortfolioClient($"C{i}", c.scenario, c.churn)).ToArray())
        .ToArbitrary();

    /// <summary>Exact when every client has linear growth (amounts in cents); otherwise decimal's 28 digits round the long geometric sums.</summary>
    private static void Revenue(decimal expected, decimal actual, PortfolioClient[] clients)
    {
        if (clients.All(c => c.Scenario.AnnualGrowthRate == 0))
        {
            Assert.Equal(expected, actual);
        }
        else
        {
            Assert.True(Math.Abs(expected - actual) <= 1e-20m * Math.Abs(expected) + 1e-20m, $"expected {expected}, got {actual}");
        }
    }

    private static void Close(decimal expected, decimal actual, decimal? scale = null) =>
        Assert.True(Math.Abs(expected - actual) <= (1e-12m * (scale ?? Math.Abs(expected))) + 1e-9m, $"expected {expected}, got {actual}");
}
