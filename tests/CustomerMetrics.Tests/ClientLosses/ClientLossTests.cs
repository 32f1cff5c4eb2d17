using System;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.ClientLosses;

public class ClientLossTests
{
    [Fact]
    public void Calculate_TheSourcesExample_70000And14000()
    {
        // 10 000 + 12 000 + 14 000 + 16 000 + 18 000 = 70 000 of sales; 20 % of it = 14 000 of profit.
        ClientLossResult result = ClientLoss.Calculate(annualPurchases: 10_000m, annualIncrease: 2_000m, years: 5, netMargin: 0.2m);

        Assert.Equal(70_000m, result.LostRevenue);
        Assert.Equal(14_000m, result.LostProfit);
        Assert.Equal(14_000m, result.DiscountedLostProfit);
        Assert.Equal(14_000m, result.TotalCost);
        Assert.Equal(new[] { 10_000m, 12_000m, 14_000m, 16_000m, 18_000m }, result.Schedule.Select(y => y.Purchases));
        Assert.Equal(new[] { 2_000m, 2_400m, 2_800m, 3_200m, 3_600m }, result.Schedule.Select(y => y.Profit));
        Assert.Equal(new[] { 2_000m, 4_400m, 7_200m, 10_400m, 14_000m }, result.Schedule.Select(y => y.CumulativeDiscountedProfit));
        Assert.Equal(Enumerable.Range(1, 5), result.Schedule.Select(y => y.Year));
    }

    [Fact]
    public void Calculate_GeometricGrowth()
    {
        // 1 000, 1 100, 1 210: 3 310 of sales; at 25 %, 827.5 of profit.
        ClientLossResult result = ClientLoss.Calculate(new ClientLossScenario
        {
            AnnualPurchases = 1_000m,
            AnnualGrowthRate = 0.1,
            Years = 3,
            NetMargin = 0.25m,
        });

        Assert.Equal(new[] { 1_000m, 1_100m, 1_210m }, result.Schedule.Select(y => y.Purchases));
        Assert.Equal(3_310m, result.LostRevenue);
        Assert.Equal(827.5m, result.LostProfit);
    }

    [Fact]
    public void Calculate_DecliningClient_StopsAtZero()
    {
        // 1 000, 600, 200, then 0 and 0 rather than −200 and −600.
        ClientLossResult result = ClientLoss.Calculate(1_000m, -400m, 5, 0.1m);

        Assert.Equal(new[] { 1_000m, 600m, 200m, 0m, 0m }, result.Schedule.Select(y => y.Purchases));
        Assert.Equal(1_800m, result.LostRevenue);
        Assert.Equal(180m, result.LostProfit);
    }

    [Fact]
    public void Calculate_DiscountedAtTheEndOfTheYear()
    {
        // 1 000 / 1.1 + 1 000 / 1.21 = 909.0909… + 826.4462… = 1 735.5371900826…
        ClientLossResult result = ClientLoss.Calculate(new ClientLossScenario
        {
            AnnualPurchases = 1_000m,
            Years = 2,
            NetMargin = 1m,
            DiscountRate = 0.1,
        });

        Assert.Equal(1_000m / 1.1m + 1_000m / 1.21m, result.DiscountedLostProfit);
        Assert.Equal(1_735.53719008264m, decimal.Round(result.DiscountedLostProfit, 11));
        Assert.Equal(2_000m, result.LostProfit);
        Assert.Equal(1m / 1.21m, result.Schedule[1].DiscountFactor);
    }

    [Fact]
    public void Calculate_DiscountedAtTheStartOfTheYear()
    {
        // 1 000 + 1 000 / 1.1 = 1 909.0909…: the first year is not discounted.
        ClientLossResult result = ClientLoss.Calculate(new ClientLossScenario
        {
            AnnualPurchases = 1_000m,
            Years = 2,
            NetMargin = 1m,
            DiscountRate = 0.1,
            Timing = PaymentTiming.StartOfYear,
        });

        Assert.Equal(1_000m + 1_000m / 1.1m, result.DiscountedLostProfit);
        Assert.Equal(1m, result.Schedule[0].DiscountFactor);
    }

    [Fact]
    public void Calculate_RetentionWeightsEachYear()
    {
        // Profit 500 a year, weighted 1, 0.8, 0.64: 500 + 400 + 320 = 1 220.
        ClientLossResult result = ClientLoss.Calculate(new ClientLossScenario
        {
            AnnualPurchases = 1_000m,
            Years = 3,
            NetMargin = 0.5m,
            RetentionProbability = 0.8,
        });

        Assert.Equal(1_220m, result.DiscountedLostProfit);
        Assert.Equal(1_500m, result.LostProfit);
        Assert.Equal(new[] { 1m, 0.8m, 0.64m }, result.Schedule.Select(y => y.RetentionWeight));
    }

    [Fact]
    public void Calculate_RetentionAndDiscountTogether_WithAcquisitionCost()
    {
        // Profit 100 a year; year 1: 100 / 1.25 = 80; year 2: 100 × 0.5 / 1.5625 = 32. Plus 300 to replace the client.
        ClientLossResult result = ClientLoss.Calculate(new ClientLossScenario
        {
            AnnualPurchases = 100m,
            Years = 2,
            NetMargin = 1m,
            DiscountRate = 0.25,
            RetentionProbability = 0.5,
            AcquisitionCost = 300m,
        });

        Assert.Equal(112m, result.DiscountedLostProfit);
        Assert.Equal(300m, result.AcquisitionCost);
        Assert.Equal(412m, result.TotalCost);
    }

    [Fact]
    public void Results_HaveValueEquality()
    {
        ClientLossResult first = ClientLoss.Calculate(10_000m, 2_000m, 5, 0.2m);
        ClientLossResult second = ClientLoss.Calculate(new ClientLossScenario { AnnualPurchases = 10_000m, AnnualIncrease = 2_000m, Years = 5, NetMargin = 0.2m });
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, ClientLoss.Calculate(10_000m, 2_000m, 4, 0.2m));
    }

    [Fact]
    public void Calculate_NegativeMargin_IsAllowed()
    {
        ClientLossResult result = ClientLoss.Calculate(1_000m, 0m, 2, -0.1m);
        Assert.Equal(-200m, result.LostProfit);
    }

    [Fact]
    public void LifetimeValue_InfiniteHorizon()
    {
        // 100 × 0.8 / (1 + 0.1 − 0.8) = 266.666…
        Assert.Equal(100m * 0.8m / 0.3m, ClientLoss.LifetimeValue(100m, retention: 0.8, discountRate: 0.1));
    }

    [Fact]
    public void LifetimeValue_FiniteHorizon_EqualsTheSum()
    {
        // Σ_{t=1..3} 100 × 0.8ᵗ / 1.1ᵗ = 72.72727… + 52.89256… + 38.46732… = 164.08715…
        decimal expected = 100m * 0.8m / 1.1m + 100m * 0.64m / 1.21m + 100m * 0.512m / 1.331m;
        decimal actual = ClientLoss.LifetimeValue(100m, 0.8, 0.1, years: 3);
        Assert.True(Math.Abs(expected - actual) < 1e-20m, $"{expected} vs {actual}");
        Assert.Equal(164.0872m, decimal.Round(actual, 4));
    }

    [Fact]
    public void LifetimeValue_RetentionEqualToOnePlusDiscount_FiniteIsTheMarginTimesYears()
    {
        Assert.Equal(500m, ClientLoss.LifetimeValue(100m, 1, 0, 5));
    }

    [Fact]
    public void LifetimeValue_Diverging_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ClientLoss.LifetimeValue(100m, 1, 0));
        Assert.Equal("retention", error.ParamName);
        Assert.Contains("diverges", error.Message);
        Assert.Throws<ArgumentException>(() => ClientLoss.LifetimeValue(100m, 0.9, -0.2));
    }

    [Theory]
    [InlineData(-0.1, 0.1, null, "retention")]
    [InlineData(1.1, 0.1, null, "retention")]
    [InlineData(double.NaN, 0.1, null, "retention")]
    [InlineData(0.5, -1.0, null, "discountRate")]
    [InlineData(0.5, double.NaN, null, "discountRate")]
    [InlineData(0.5, double.PositiveInfinity, null, "discountRate")]
    [InlineData(0.5, 0.1, 0, "years")]
    [InlineData(0.5, 0.1, 101, "years")]
    public void LifetimeValue_BadArguments_NameTheParameter(double retention, double discountRate, int? years, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ClientLoss.LifetimeValue(100m, retention, discountRate, years));
        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    [InlineData(-1, 0, 5, 0.2, "annualPurchases")]
    [InlineData(100, 0, 0, 0.2, "years")]
    [InlineData(100, 0, 101, 0.2, "years")]
    [InlineData(100, 0, 5, 1.01, "netMargin")]
    [InlineData(100, 0, 5, -1.01, "netMargin")]
    public void Calculate_BadArguments_NameTheParameter(double purchases, double increase, int years, double margin, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ClientLoss.Calculate((decimal)purchases, (decimal)increase, years, (decimal)margin));
        Assert.Equal(parameter, error.ParamName);
    }

    public static TheoryData<ClientLossScenario, string> BadScenarios => new()
    {
        { Valid with { AnnualPurchases = -1m }, nameof(ClientLossScenario.AnnualPurchases) },
        { Valid with { Years = 0 }, nameof(ClientLossScenario.Years) },
        { Valid with { NetMargin = 2m }, nameof(ClientLossScenario.NetMargin) },
        { Valid with { RetentionProbability = 1.5 }, nameof(ClientLossScenario.RetentionProbability) },
        { Valid with { RetentionProbability = double.NaN }, nameof(ClientLossScenario.RetentionProbability) },
        { Valid with { DiscountRate = -1 }, nameof(ClientLossScenario.DiscountRate) },
        { Valid with { DiscountRate = double.NaN }, nameof(ClientLossScenario.DiscountRate) },
        { Valid with { AnnualGrowthRate = -1.5 }, nameof(ClientLossScenario.AnnualGrowthRate) },
        { Valid with { AnnualGrowthRate = double.PositiveInfinity }, nameof(ClientLossScenario.AnnualGrowthRate) },
        { Valid with { AcquisitionCost = -5m }, nameof(ClientLossScenario.AcquisitionCost) },
        { Valid with { Timing = (PaymentTiming)7 }, nameof(ClientLossScenario.Timing) },
    };

    [Theory]
    [MemberData(nameof(BadScenarios))]
    public void Calculate_BadScenario_NamesTheProperty(ClientLossScenario scenario, string property)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ClientLoss.Calculate(scenario));
        Assert.Equal(property, error.ParamName);
    }

    [Theory]
    [MemberData(nameof(BadScenarios))]
    public void Validate_ChecksWhatCalculateChecks(ClientLossScenario scenario, string property)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ClientLoss.Validate(scenario));
        Assert.Equal(property, error.ParamName);
        ClientLoss.Validate(Valid); // a valid scenario passes without an exception
    }

    [Fact]
    public void Calculate_BothGrowthKinds_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ClientLoss.Calculate(Valid with { AnnualIncrease = 10m, AnnualGrowthRate = 0.1 }));
        Assert.Contains("not both", error.Message);
    }

    [Fact]
    public void Calculate_Null_Throws() => Assert.Throws<ArgumentNullException>(() => ClientLoss.Calculate(null!));

    [Fact]
    public void Calculate_DecimalOverflow_IsExplained()
    {
        var huge = Valid with { AnnualPurchases = 1e20m, AnnualGrowthRate = 10, Years = 100 };
        var error = Assert.Throws<ArgumentException>(() => ClientLoss.Calculate(huge));
        Assert.Equal(nameof(ClientLossScenario.AnnualGrowthRate), error.ParamName);
        Assert.StartsWith("The figures exceed the range of decimal (about 7.9e28) in year 10 of 100: purchases of 100000000000000000000 growing by 10 a year. Shorten Years or check AnnualGrowthRate.", error.Message);
        Assert.IsType<OverflowException>(error.InnerException);

        var hugeRate = Valid with { AnnualGrowthRate = 1e30 };
        var rateError = Assert.Throws<ArgumentOutOfRangeException>(() => ClientLoss.Calculate(hugeRate));
        Assert.Equal(nameof(ClientLossScenario.AnnualGrowthRate), rateError.ParamName);
        Assert.StartsWith("1E+30 is too large for a growth rate", rateError.Message);

        var margin = Assert.Throws<ArgumentException>(() => ClientLoss.LifetimeValue(decimal.MaxValue, 1, 1e-10));
        Assert.Equal("annualMargin", margin.ParamName);
        Assert.StartsWith("The lifetime value exceeds the range of decimal", margin.Message);
    }

    [Fact]
    public void Calculate_RetentionWeightTooSmallAndDiscountFactorTooLargeForDecimal_StillGivesTheExactFigures()
    {
        // r = 0.5 and d = -0.5: year t weighs 0.5^(t-1) x 2^t = 2 exactly, although 0.5^29 is below decimal's
        // resolution and 2^97 above its range. The schedule's factors cannot be shown beyond year 96, so a
        // 60-year horizon is computed and a 100-year one is refused with the reason.
        var scenario = new ClientLossScenario { AnnualPurchases = 10_000m, Years = 60, NetMargin = 0.2m, DiscountRate = -0.5, RetentionProbability = 0.5 };
        ClientLossResult result = ClientLoss.Calculate(scenario);
        Assert.All(result.Schedule, year => Assert.Equal(4_000m, year.DiscountedProfit));
        Assert.Equal(240_000m, result.DiscountedLostProfit);
        Assert.Equal(600_000m, result.LostRevenue);

        var error = Assert.Throws<ArgumentException>(() => ClientLoss.Calculate(scenario with { Years = 100 }));
        Assert.Equal(nameof(ClientLossScenario.DiscountRate), error.ParamName);
        Assert.StartsWith("The figures exceed the range of decimal (about 7.9e28) in year 96 of 100: a DiscountRate of -0.5 (each year weighs 1 / (1 + rate) = 2 times the year before) with a RetentionProbability of 0.5. Shorten Years or check DiscountRate.", error.Message);
    }

    [Fact]
    public void LifetimeValue_RateTooLargeForDecimal_NamesTheRate()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ClientLoss.LifetimeValue(100, 0.8, 1e30));
        Assert.Equal("discountRate", error.ParamName);
    }

    private static ClientLossScenario Valid => new() { AnnualPurchases = 1_000m, Years = 3, NetMargin = 0.2m };
}
