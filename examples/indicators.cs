#!/usr/bin/env dotnet
// The sources' other indicators and the 14-steps scorecard: repeat orders (75 %), referrals (90 %,
// every third), negative reviews (4 % against 15–20 %), positive comments, complaint topics, training,
// the idea contest, process-cycle efficiency, service maturity, internal vs external CSAT.
// Run from the repository root: dotnet run examples/indicators.cs
#:project ../src/CustomerMetrics/CustomerMetrics.csproj

using System;
using System.Collections.Generic;
using System.Linq;
using CustomerMetrics;

// 300 repeat orders of 400: 50 customers bought 7 times, 50 once.
RepeatPurchaseResult repeat = RepeatPurchases.FromPurchaseCounts([.. Enumerable.Repeat(7, 50), .. Enumerable.Repeat(1, 50)]);
Console.WriteLine($"Repeat purchases: {repeat}; 95 % interval of the order share {repeat.OrderRepeatRate.WilsonInterval()}");

Console.WriteLine($"Referrals: {Referrals.Calculate(newClients: 200, referredNewClients: 180, clients: 300, recommendingClients: 100)}");
Console.WriteLine($"Negative reviews: {NegativeReviews.Compare(reviews: 300, negative: 12, marketLow: 0.15, marketHigh: 0.20)}");
Console.WriteLine($"Positive comments: {PositiveComments.Change(previous: 120, current: 150)}");

ComplaintTally complaints = ComplaintTally.Count(["price", "late delivery", "price", "rude staff", "late delivery", "broken", "price"]);
Console.WriteLine($"Complaints: {complaints.Top(2)}");
Console.WriteLine($"Training: {TrainingCoverage.Calculate(staff: 50, trained: 45)}");

Idea[] ideas =
[
    new("Delivery tracking by SMS", "2026-Q2", 120_000m, importance: 4),
    new("Self check-in kiosk", "2026-Q2", 120_000m, importance: 3),
    new("Callback within 15 minutes", "2026-Q2", 84_000m, importance: 5),
    new("Plain-language contract", "2026-Q2", 31_000m, importance: 5),
    new("Loyalty card for families", "2026-Q3", 150_000m, importance: 4),
];
foreach (IdeaQuarter quarter in IdeaContest.Rank(ideas))
{
    Console.WriteLine($"Ideas {quarter}");
}

ProcessCycleEfficiencyResult pce = ProcessCycleEfficiency.FromSteps(
[
    new ValueStreamStep("Order taken", TimeSpan.FromMinutes(10), valueAdding: true),
    new ValueStreamStep("Waiting for the warehouse", TimeSpan.FromHours(20), valueAdding: false),
    new ValueStreamStep("Picking and packing", TimeSpan.FromMinutes(50), valueAdding: true),
    new ValueStreamStep("Waiting for the courier", TimeSpan.FromHours(3), valueAdding: false),
]);
Console.WriteLine($"Value stream: {pce}");

ServiceMaturityResult maturity = ServiceMaturity.Assess(new Dictionary<Touchpoint, MaturityLevel>
{
    [Touchpoint.Product] = MaturityLevel.CustomerServiceCentre,
    [Touchpoint.Advertising] = MaturityLevel.ProfessionalService,
    [Touchpoint.Website] = MaturityLevel.QualityService,
    [Touchpoint.CommunicationAndSupport] = MaturityLevel.ProfessionalService,
    [Touchpoint.Logistics] = MaturityLevel.QualityService,
});
Console.WriteLine($"Service maturity: {maturity}");

byte[] colleagues = [.. Enumerable.Repeat((byte)5, 30), .. Enumerable.Repeat((byte)3, 20)];
byte[] clients = [.. Enumerable.Repeat((byte)4, 160), .. Enumerable.Repeat((byte)2, 40)];
Console.WriteLine($"Satisfaction: {Satisfaction.CompareInternalExternal(colleagues, clients)}");

var scorecard = new Scorecard(
[
    Kpi.Nps(Nps.FromCounts(50, 30, 20), target: 50, previous: Nps.FromCounts(40, 35, 25)),
    Kpi.PositiveComments(PositiveComments.Change(120, 150), target: 140),
    Kpi.IdeasEffect(150_000m, "RUB", target: 300_000m, previous: 355_000m),
    Kpi.ServiceLevel(Sla.Compliance(364, 365), target: 99),
    Kpi.Csat(Satisfaction.Calculate([5, 4, 4, 3, 5, 2, 5, 4, 1, 5]), target: 80),
]);
Console.WriteLine($"Scorecard: {scorecard}");
foreach (Kpi kpi in scorecard.Kpis)
{
    Console.WriteLine($"  {kpi}");
}
