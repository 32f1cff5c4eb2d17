using System;
using Xunit;

namespace CustomerMetrics.Tests.NetPromoterScore;


public class NpsComparisonTests
{
    [Fact]
    public void Compare_HandComputed()
    {
        // Baseline 40/30/30 → NPS 10, SE₁ = 100·√((0.4 + 0.3 − 0.01)/100) = 8.3066;
        // current 55/25/20 → NPS 35, SE₂ = 100·√((0.55 + 0.2 − 0.1225)/100) = 7.9215;
        // SE = √(SE₁² + SE₂²) = 11.478240283248997, z = 25 / SE = 2.178034209345161.
        NpsResult baseline = Nps.FromCounts(40, 30, 30);
        NpsResult current = Nps.FromCounts(55, 25, 20);

        NpsComparison comparison = Nps.Compare(baseline, current);

        Assert.Equal(25.0, comparison.Difference, 12);
        Assert.Equal(11.478240283248997, comparison.StandardError, 10);
        Assert.Equal(2.1780342093451606, comparison.Z, 10);
        Assert.Equal(0.029403489976589592, comparison.PValue, 10);
        Assert.Equal(2.5030624389351424, comparison.Interval.Lower, 9);
        Assert.Equal(47.496937561064854, comparison.Interval.Upper, 9);
        Assert.True(comparison.IsSignificant);
        Assert.Equal(baseline, comparison.Baseline);
        Assert.Equal(current, comparison.Current);
    }

    [Fact]
    public void Compare_IsAntisymmetric()
    {
        NpsResult a = Nps.FromCounts(40, 30, 30);
        NpsResult b = Nps.FromCounts(55, 25, 20);
        NpsComparison forward = Nps.Compare(a, b);
        NpsComparison backward = Nps.Compare(b, a);

        Assert.Equal(-forward.Difference, backward.Difference, 12);
        Assert.Equal(-forward.Z, backward.Z, 12);
        Assert.Equal(forward.PValue, backward.PValue, 12);
    }

    [Fact]
    public void Compare_AtStricterLevel_IsNotSignificant()
    {
        // p = 0.0294 is below 0.05 but above 0.01.
        NpsComparison comparison = Nps.Compare(Nps.FromCounts(40, 30, 30), Nps.FromCounts(55, 25, 20), level: 0.99);
        Assert.False(comparison.IsSignificant);
        Assert.True(comparison.Interval.Contains(0));
    }

    [Fact]
    public void Compare_WithEmptySample_IsNaN()
    {
        NpsComparison comparison = Nps.Compare(NpsResult.Empty, Nps.FromCounts(1, 1, 1));
        Assert.True(double.IsNaN(comparison.Difference));
        Assert.True(double.IsNaN(comparison.Z));
        Assert.True(double.IsNaN(comparison.PValue));
        Assert.True(double.IsNaN(comparison.Interval.Lower));
        Assert.False(comparison.IsSignificant);
    }

    [Fact]
    public void Compare_WithoutSamplingError_IsDecidedByTheDifference()
    {
        NpsComparison same = Nps.Compare(Nps.FromCounts(5, 0, 0), Nps.FromCounts(9, 0, 0));
        Assert.Equal(0, same.Z);
        Assert.Equal(1, same.PValue);

        NpsComparison different = Nps.Compare(Nps.FromCounts(5, 0, 0), Nps.FromCounts(0, 0, 5));
        Assert.Equal(double.NegativeInfinity, different.Z);
        Assert.Equal(0, different.PValue);
        Assert.Equal(-200, different.Difference);
    }

    [Fact]
    public void Compare_BadLevel_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Compare(default, default, 1.5));
        Assert.Equal("level", error.ParamName);
    }
}
