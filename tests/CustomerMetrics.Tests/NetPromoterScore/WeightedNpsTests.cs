using System;
using Xunit;

namespace CustomerMetrics.Tests.NetPromoterScore;


public class WeightedNpsTests
{
    [Fact]
    public void CalculateWeighted_HandComputed()
    {
        // W = 5.5; promoters 2 + 1 = 3, passives 1, detractors 1 + 0.5 = 1.5.
        // NPS = 100 × (3 − 1.5) / 5.5 = 27.2727…; Σw² = 7.25, n_eff = 30.25 / 7.25 = 4.1724…
        byte[] scores = [10, 9, 8, 3, 0];
        double[] weights = [2, 1, 1, 1, 0.5];

        WeightedNpsResult result = Nps.CalculateWeighted(scores, weights);

        Assert.Equal(5, result.Count);
        Assert.Equal(5.5, result.TotalWeight);
        Assert.Equal(3, result.PromoterWeight);
        Assert.Equal(1, result.PassiveWeight);
        Assert.Equal(1.5, result.DetractorWeight);
        Assert.Equal(300.0 / 11, result.Score, 12);
        Assert.Equal(30.25 / 7.25, result.EffectiveSampleSize, 12);
        Assert.Equal(42.22161908907372, result.StandardError, 10);
        Assert.Equal(NpsBand.Low, result.Band);
    }

    [Fact]
    public void CalculateWeighted_EqualWeights_EqualsUnweighted()
    {
        byte[] scores = [10, 9, 8, 3, 0, 6, 7, 9];
        double[] weights = [2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5];

        WeightedNpsResult weighted = Nps.CalculateWeighted(scores, weights);
        NpsResult plain = Nps.Calculate(scores);

        Assert.Equal(plain.Score, weighted.Score, 12);
        Assert.Equal(8, weighted.EffectiveSampleSize, 12);
        Assert.Equal(plain.StandardError, weighted.StandardError, 12);
        Assert.Equal(plain.ConfidenceInterval(0.95, NpsIntervalMethod.Wald), weighted.ConfidenceInterval());
    }

    [Fact]
    public void CalculateWeighted_ZeroWeight_CountsButDoesNotScore()
    {
        WeightedNpsResult result = Nps.CalculateWeighted([10, 0], [1, 0]);
        Assert.Equal(2, result.Count);
        Assert.Equal(100, result.Score);
        Assert.Equal(1, result.EffectiveSampleSize);
    }

    [Fact]
    public void CalculateWeighted_AllZeroOrEmpty_IsNaN()
    {
        WeightedNpsResult zero = Nps.CalculateWeighted([10, 0], [0, 0]);
        Assert.True(double.IsNaN(zero.Score));
        Assert.True(double.IsNaN(zero.EffectiveSampleSize));
        Assert.True(double.IsNaN(zero.ConfidenceInterval().Lower));
        Assert.Equal(NpsBand.Undefined, default(WeightedNpsResult).Band);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void CalculateWeighted_BadWeight_NamesPosition(double bad)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.CalculateWeighted([10, 9, 8], [1, bad, 1]));
        Assert.Equal("weights", error.ParamName);
        Assert.Contains("Weight at position 1", error.Message);
    }

    [Fact]
    public void CalculateWeighted_BadScore_NamesPosition()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.CalculateWeighted([10, 12], [1, 1]));
        Assert.Equal("scores", error.ParamName);
        Assert.Contains("position 1 is 12", error.Message);
    }

    [Fact]
    public void CalculateWeighted_LengthMismatch_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Nps.CalculateWeighted([10, 9], [1]));
        Assert.Equal("weights", error.ParamName);
        Assert.Contains("weights has 1 elements but scores has 2", error.Message);
    }

    [Fact]
    public void Addition_EqualsWhole()
    {
        WeightedNpsResult whole = Nps.CalculateWeighted([10, 9, 8, 3, 0], [2, 1, 1, 1, 0.5]);
        WeightedNpsResult parts = Nps.CalculateWeighted([10, 9], [2, 1]) + Nps.CalculateWeighted([8, 3, 0], [1, 1, 0.5]);
        Assert.Equal(whole, parts);
        Assert.Equal(whole, Nps.CalculateWeighted([10, 9], [2, 1]).Add(Nps.CalculateWeighted([8, 3, 0], [1, 1, 0.5])));
    }
}
