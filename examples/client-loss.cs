#!/usr/bin/env dotnet
// The cost of losing a client: the sources' example (10 000 a year, growing by 2 000 a year, for
// 5 years at a 20 % net margin), year by year, then with discounting, retention and a portfolio.
// Run from the repository root: dotnet run examples/client-loss.cs
#:project ../src/CustomerMetrics/CustomerMetrics.csproj

using System;
using System.Globalization;
using CustomerMetrics;

ClientLossResult loss = ClientLoss.Calculate(annualPurchases: 10_000m, annualIncrease: 2_000m, years: 5, netMargin: 0.2m);
Console.WriteLine("Year  Purchases  Profit");
foreach (ClientLossYear year in loss.Schedule)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{year.Year,4}  {year.Purchases,9:N0}  {year.Profit,6:N0}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Total {loss.LostRevenue,9:N0}  {loss.LostProfit,6:N0}"));

// The same client with money discounted at 10 % a year and an 80 % chance a year of staying.
var scenario = new ClientLossScenario
{
    AnnualPurchases = 10_000m,
    AnnualIncrease = 2_000m,
    Years = 5,
    NetMargin = 0.2m,
    DiscountRate = 0.1,
    RetentionProbability = 0.8,
};
ClientLossResult weighed = ClientLoss.Calculate(scenario);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Discounted at 10 %, retention 80 %: {weighed.DiscountedLostProfit:N2}"));

// A client base: the expected loss, weighted by each client's probability of leaving.
PortfolioClient[] clients =
[
    new("Ivanov LLC", scenario, ChurnProbability: 0.10),
    new("Petras UAB", scenario with { AnnualPurchases = 40_000m }, ChurnProbability: 0.25),
    new("Sidorova IE", scenario with { AnnualPurchases = 5_000m, AnnualIncrease = 0m }, ChurnProbability: 0.50),
];
ClientPortfolioResult portfolio = ClientLoss.Portfolio(clients, top: 2);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Portfolio of {portfolio.Clients}: expected loss {portfolio.ExpectedLoss:N2}"));
foreach (ClientAtRisk client in portfolio.TopAtRisk)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {client.Id}: {client.ExpectedLoss:N2}"));
}
