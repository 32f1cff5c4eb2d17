using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using static CustomerMetrics.Tests.Refusal;

namespace CustomerMetrics.Tests.ClientLosses;

/// <summary>
/// The cost-of-losing-a-client family at its edges: every part of a scenario's text, a result rebuilt from
/// stored figures that do not fit together, the portfolio result's own checks, equality in every part.
/// </summary>
public class ClientLossArgumentTests
{
    private static readonly ClientLossScenario Sources = new() { AnnualPurchases = 10000, AnnualIncrease = 2000, Years = 5, NetMargin = 0.2m };

    [Fact]
    public void Scenarios_NameEveryPartThatDiffersFromTheDefaults()
    {
        Assert.Equal("buys 10000 a year, over 5 years, net margin 0.2", (Sources with { AnnualIncrease = 0 }).ToString());
        Assert.Equal(
            "buys 10000 a year, -500 a year, over 5 years, net margin 0.2, discounted at 0.1 (start of year), retention 0.8, acquisition cost 300",
            (Sources with { AnnualIncrease = -500, DiscountRate = 0.1, Timing = PaymentTiming.StartOfYear, RetentionProbability = 0.8, AcquisitionCost = 300 }).ToString());
        Assert.Equal(
            "buys 10000 a year, growing by a rate of 0.05 a year, over 5 years, net margin 0.2, discounted at 0.1 (end of year)",
            (Sources with { AnnualIncrease = 0, AnnualGrowthRate = 0.05, DiscountRate = 0.1 }).ToString());
    }

    [Fact]
    public void Refusals_OfRatesAndPurchases_SayWhy()
    {
        Refused<ArgumentOutOfRangeException>(() => ClientLoss.LifetimeValue(100, 0.8, 1e30), "discountRate", "1E+30 is too large for a discount rate in decimal money arithmetic (about 7.9e28 at most).");
        Refused<ArgumentException>(() => ClientLoss.LifetimeValue(100, 0.95, -0.1), "retention", "With an infinite horizon the value diverges unless retention (0.95) is below 1 + discountRate (0.9); give a number of years.");
        Refused<ArgumentOutOfRangeException>(() => ClientLoss.Calculate(-0.01m, 0, 5, 0.2m), "annualPurchases", "Purchases should be non-negative.");

        // The closest double above -1 converts to a decimal rate of exactly -1 (15 significant digits): 1 / (1 + rate) has no value.
        Refused<ArgumentOutOfRangeException>(() => ClientLoss.Calculate(Sources with { DiscountRate = Math.BitIncrement(-1.0) }), "DiscountRate", "A discount rate this close to -1 makes 1 / (1 + rate) exceed the range of decimal.");
    }

    [Fact]
    public void ResultsFromStoredFigures_ThatFitTogether_AreRebuilt()
    {
        ClientLossResult result = ClientLoss.Calculate(Sources with { DiscountRate = 0.1, AcquisitionCost = 300 });
        Assert.Equal(result, Rebuild(result));
        ClientLossResult noCost = ClientLoss.Calculate(Sources);
        Assert.Equal(noCost, ClientLossResult.FromFigures(noCost.LostRevenue, noCost.LostProfit, noCost.DiscountedLostProfit, 0, noCost.Schedule));
    }

    [Fact]
    public void ResultsFromStoredFigures_ThatDoNotFitTogether_AreRefused_WithTheReason()
    {
        ClientLossResult result = ClientLoss.Calculate(Sources with { DiscountRate = 0.1 });
        IReadOnlyList<ClientLossYear> schedule = result.Schedule;
        const string YearMessage = "of the schedule does not fit: years count from 1, purchases and factors are non-negative";

        Refused<ArgumentException>(() => ClientLossResult.FromFigures(0, 0, 0, 0, []), "schedule", $"A schedule has from 1 to {ClientLoss.MaxYears} years.");
        Refused<ArgumentException>(() => ClientLossResult.FromFigures(0, 0, 0, 0, Enumerable.Range(1, ClientLoss.MaxYears + 1).Select(y => new ClientLossYear(y, 0, 0, 1, 1, 0, 0)).ToArray()), "schedule", "A schedule has from 1 to");
        Assert.Equal(ClientLoss.MaxYears, ClientLossResult.FromFigures(0, 0, 0, 0, Enumerable.Range(1, ClientLoss.MaxYears).Select(y => new ClientLossYear(y, 0, 0, 1, 1, 0, 0)).ToArray()).Schedule.Count);
        Refused<ArgumentOutOfRangeException>(() => ClientLossResult.FromFigures(result.LostRevenue, result.LostProfit, result.DiscountedLostProfit, -0.01m, schedule), "acquisitionCost", "Acquisition cost should be non-negative.");

        Refused<ArgumentException>(() => Rebuild(result, With(schedule, 1, schedule[1] with { Year = 3 })), "schedule", $"Year 2 {YearMessage}");
        Refused<ArgumentException>(() => Rebuild(result, With(schedule, 0, schedule[0] with { Purchases = -1 })), "schedule", $"Year 1 {YearMessage}");
        Refused<ArgumentException>(() => Rebuild(result, With(schedule, 2, schedule[2] with { RetentionWeight = -0.5m })), "schedule", $"Year 3 {YearMessage}");
        Refused<ArgumentException>(() => Rebuild(result, With(schedule, 3, schedule[3] with { DiscountFactor = -0.5m })), "schedule", $"Year 4 {YearMessage}");
        Refused<ArgumentException>(() => Rebuild(result, With(schedule, 4, schedule[4] with { CumulativeDiscountedProfit = schedule[4].CumulativeDiscountedProfit + 1 })), "schedule", $"Year 5 {YearMessage}");

        // A weight and a factor of 0 fit (a client sure to leave, a payment worth nothing today).
        ClientLossYear[] zeros = [new ClientLossYear(1, 100, 20, 0, 0, 0, 0)];
        Assert.Equal(100, ClientLossResult.FromFigures(100, 20, 0, 0, zeros).LostRevenue);

        Refused<ArgumentException>(() => ClientLossResult.FromFigures(result.LostRevenue + 1, result.LostProfit, result.DiscountedLostProfit, 0, schedule), "lostRevenue", "The lost revenue and the discounted lost profit should be the schedule's sums.");
        Refused<ArgumentException>(() => ClientLossResult.FromFigures(result.LostRevenue, result.LostProfit, result.DiscountedLostProfit + 1, 0, schedule), "lostRevenue", "The lost revenue and the discounted lost profit should be the schedule's sums.");
        Refused<ArgumentOutOfRangeException>(() => ClientLossResult.FromFigures(result.LostRevenue, result.LostRevenue + 1, result.DiscountedLostProfit, 0, schedule), "lostProfit", "The lost profit is a net margin in [-1, 1] times the lost revenue");
        Assert.Equal(-result.LostRevenue, ClientLossResult.FromFigures(result.LostRevenue, -result.LostRevenue, result.DiscountedLostProfit, 0, schedule).LostProfit);
    }

    [Fact]
    public void Results_DifferingInOnePart_AreNotEqual()
    {
        ClientLossResult result = ClientLoss.Calculate(Sources with { DiscountRate = 0.1, AcquisitionCost = 300 });
        Assert.NotEqual(result, ClientLossResult.FromFigures(result.LostRevenue, result.LostProfit - 1, result.DiscountedLostProfit, result.AcquisitionCost, result.Schedule));
        Assert.NotEqual(result, ClientLossResult.FromFigures(result.LostRevenue, result.LostProfit, result.DiscountedLostProfit, result.AcquisitionCost + 1, result.Schedule));
        ClientLossResult otherSchedule = ClientLoss.Calculate(Sources with { DiscountRate = 0.2, AcquisitionCost = 300 });
        Assert.NotEqual(result, otherSchedule);
        ClientLossResult otherRevenue = ClientLoss.Calculate(Sources with { AnnualPurchases = 10001, DiscountRate = 0.1, AcquisitionCost = 300 });
        Assert.NotEqual(result, otherRevenue);
        Assert.False(result.Equals(null));
    }

    [Fact]
    public void PortfolioResults_CheckTheirOwnFigures_ByName()
    {
        ClientAtRisk first = new("a", 0, 0.5, 100, 50);
        ClientAtRisk second = new("b", 1, 0.5, 80, 40);
        Refused<ArgumentOutOfRangeException>(() => new ClientPortfolioResult(-1, 0, 0, 0, 0, 10, []), "clients", "Value should be non-negative.");
        Refused<ArgumentOutOfRangeException>(() => new ClientPortfolioResult(2, -1, 0, 0, 0, 10, []), "totalLostRevenue", "The amount should be in [0, ");
        Refused<ArgumentOutOfRangeException>(() => new ClientPortfolioResult(2, 100, 0, -0.01m, 0, 10, []), "expectedLostRevenue", "The amount should be in [0, ");
        Refused<ArgumentOutOfRangeException>(() => new ClientPortfolioResult(2, 100, 0, 50, 0, -1, []), "top", "Value should be non-negative.");
        Refused<ArgumentException>(() => new ClientPortfolioResult(2, 100, 0, 50, 0, 1, [first, second]), "topAtRisk", "2 clients at risk are given for a top of 1 out of 2 clients.");
        Refused<ArgumentException>(() => new ClientPortfolioResult(1, 100, 0, 50, 0, 10, [first, second]), "topAtRisk", "2 clients at risk are given for a top of 10 out of 1 clients.");
        Refused<ArgumentNullException>(() => new ClientPortfolioResult(2, 100, 0, 50, 0, 10, [first, second with { Id = null! }]), "topAtRisk", "The client at rank 1 has no id.");
        Refused<ArgumentException>(() => new ClientPortfolioResult(2, 100, 0, 50, 0, 10, [second, first]), "topAtRisk", "The client at rank 1 ('a', position 0) is out of order or repeated");
        Refused<ArgumentException>(() => new ClientPortfolioResult(2, 100, 0, 50, 0, 10, [first, first with { Id = "c" }]), "topAtRisk", "The client at rank 1 ('c', position 0) is out of order or repeated");

        // Equal losses: the earlier position ranks first, so position 0 before position 1 is in order, the reverse is not.
        ClientAtRisk tied = second with { ExpectedLoss = 50 };
        Assert.Equal(2, new ClientPortfolioResult(2, 100, 0, 50, 0, 10, [first, tied]).TopAtRisk.Count);
        Refused<ArgumentException>(() => new ClientPortfolioResult(2, 100, 0, 50, 0, 10, [tied, first]), "topAtRisk", "The client at rank 1 ('a', position 0) is out of order or repeated");
        Assert.Equal(2, new ClientPortfolioResult(2, 0, 0, 0, 0, 2, [first, second]).Top);

        // Amounts up to decimal's largest value are accepted.
        Assert.Equal(decimal.MaxValue, new ClientPortfolioResult(2, decimal.MaxValue, 0, decimal.MaxValue, 0, 0, []).ExpectedLostRevenue);
    }

    [Fact]
    public void PortfolioResults_DifferingInOnePart_AreNotEqual_AndMergesNameWhatOverflows()
    {
        ClientAtRisk first = new("a", 0, 0.5, 100, 50);
        var result = new ClientPortfolioResult(2, 100, 90, 50, 45, 10, [first]);
        Assert.Equal(result, new ClientPortfolioResult(2, 100, 90, 50, 45, 10, [first]));
        Assert.NotEqual(result, new ClientPortfolioResult(3, 100, 90, 50, 45, 10, [first]));
        Assert.NotEqual(result, new ClientPortfolioResult(2, 101, 90, 50, 45, 10, [first]));
        Assert.NotEqual(result, new ClientPortfolioResult(2, 100, 91, 50, 45, 10, [first]));
        Assert.NotEqual(result, new ClientPortfolioResult(2, 100, 90, 51, 45, 10, [first]));
        Assert.NotEqual(result, new ClientPortfolioResult(2, 100, 90, 50, 46, 10, [first]));
        Assert.NotEqual(result, new ClientPortfolioResult(2, 100, 90, 50, 45, 9, [first]));
        Assert.NotEqual(result, new ClientPortfolioResult(2, 100, 90, 50, 45, 10, [first with { Id = "b" }]));
        Assert.False(result.Equals(null));

        Refused<ArgumentNullException>(() => _ = null! + result, "left", string.Empty);
        Refused<ArgumentNullException>(() => _ = result + null!, "right", string.Empty);
        var many = new ClientPortfolioResult(long.MaxValue, 0, 0, 0, 0, 10, []);
        Assert.Contains("clients", Assert.Throws<OverflowException>(() => many + result).Message, StringComparison.Ordinal);
    }

    private static ClientLossResult Rebuild(ClientLossResult result, IReadOnlyList<ClientLossYear>? schedule = null) =>
        ClientLossResult.FromFigures(result.LostRevenue, result.LostProfit, result.DiscountedLostProfit, result.AcquisitionCost, schedule ?? result.Schedule);

    private static ClientLossYear[] With(IReadOnlyList<ClientLossYear> schedule, int index, ClientLossYear year)
    {
        ClientLossYear[] copy = schedule.ToArray();
        copy[index] = year;
        return copy;
    }
}
