using System;
using System.Globalization;
using System.Threading;
using Xunit;

namespace CustomerMetrics.Tests.NetPromoterScore;


public class NpsResultTests
{
    // 50 promoters, 20 passives, 30 detractors: pP = 0.5, pD = 0.3, NPS = 20.
    private static readonly NpsResult Sample = Nps.FromCounts(50, 20, 30);

    [Fact]
    public void StandardError_HandComputed()
    {
        // SE = 100 × √((0.5 + 0.3 − 0.2²) / 100) = 100 × √0.0076 = 8.717797887081346
        Assert.Equal(8.717797887081346, Sample.StandardError, 12);
    }

    [Fact]
    public void StandardError_AllOneCategory_IsZero()
    {
        Assert.Equal(0.0, Nps.FromCounts(10, 0, 0).StandardError);
        Assert.Equal(0.0, Nps.FromCounts(0, 10, 0).StandardError);
    }

    [Theory]
    [InlineData(100, 0, 0, NpsBand.High)]
    [InlineData(50, 50, 0, NpsBand.High)] // exactly 50
    [InlineData(49, 51, 0, NpsBand.Average)]
    [InlineData(30, 70, 0, NpsBand.Average)] // exactly 30
    [InlineData(29, 71, 0, NpsBand.Low)]
    [InlineData(0, 0, 10, NpsBand.Low)]
    public void Band_FollowsTheSources(long promoters, long passives, long detractors, NpsBand expected) =>
        Assert.Equal(expected, Nps.FromCounts(promoters, passives, detractors).Band);

    [Fact]
    public void GetBand_CustomThresholds()
    {
        var strict = new NpsBandThresholds(average: 40, high: 70);
        Assert.Equal(NpsBand.Low, Sample.GetBand(strict));
        Assert.Equal(NpsBand.High, Sample.GetBand(new NpsBandThresholds(0, 20)));
        Assert.Equal(NpsBand.Undefined, NpsResult.Empty.GetBand(strict));
    }

    [Theory]
    [InlineData(double.NaN, 50, "average")]
    [InlineData(30, 101, "high")]
    [InlineData(-101, 50, "average")]
    public void BandThresholds_OutOfScale_Throw(double average, double high, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new NpsBandThresholds(average, high));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void BandThresholds_HighBelowAverage_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new NpsBandThresholds(60, 40));
        Assert.Equal("high", error.ParamName);
    }

    [Fact]
    public void IsSmallSample_BelowThirty()
    {
        Assert.True(Nps.FromCounts(10, 10, 9).IsSmallSample);
        Assert.False(Nps.FromCounts(10, 10, 10).IsSmallSample);
        Assert.True(Sample.IsSmallerThan(101));
        Assert.False(Sample.IsSmallerThan(100));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample.IsSmallerThan(-1));
    }

    [Fact]
    public void Addition_AddsCounts()
    {
        NpsResult sum = Nps.FromCounts(1, 2, 3) + Nps.FromCounts(10, 20, 30);
        Assert.Equal(Nps.FromCounts(11, 22, 33), sum);
        Assert.Equal(sum, Nps.FromCounts(1, 2, 3).Add(Nps.FromCounts(10, 20, 30)));
        Assert.Equal(sum, sum + NpsResult.Empty);
    }

    [Fact]
    public void Wald_HandComputed()
    {
        // 20 ± 1.959963984540054 × 8.717797887081346
        ConfidenceInterval interval = Sample.ConfidenceInterval(0.95, NpsIntervalMethod.Wald);
        Assert.Equal(2.9134301168211856, interval.Lower, 10);
        Assert.Equal(37.08656988317881, interval.Upper, 10);
        Assert.Equal(0.95, interval.Level);
    }

    [Fact]
    public void AdjustedWald_HandComputed()
    {
        // Counts 50.75 / 21.5 / 30.75, n' = 103: NPS' = 2000 / 103 = 19.4175, SE' = 8.553420365969881.
        ConfidenceInterval interval = Sample.ConfidenceInterval();
        Assert.Equal(2.653079866222967, interval.Lower, 10);
        Assert.Equal(36.18187159008771, interval.Upper, 10);
    }

    [Theory]
    [InlineData(30, 20, 50, 2.488370777069056, 36.217246465156514)]
    [InlineData(2, 3, 5, -21.659219749038005, 67.52778879882568)]
    [InlineData(0, 0, 5, 13.10350704336506, 100)]
    [InlineData(1, 1, 1, -69.24047419873769, 69.24047419873767)]
    public void Score_MatchesIndependentBisection(long detractors, long passives, long promoters, double lower, double upper)
    {
        // Reference: the spec's T(Δ) solved by 200 bisection steps in a separate Python implementation.
        ConfidenceInterval interval = Nps.FromCounts(promoters, passives, detractors).ConfidenceInterval(0.95, NpsIntervalMethod.Score);
        Assert.Equal(lower, interval.Lower, 8);
        Assert.Equal(upper, interval.Upper, 8);
    }

    [Fact]
    public void Score_AllDetractors_LowerLimitIsMinusHundred()
    {
        ConfidenceInterval interval = Nps.FromCounts(0, 0, 8).ConfidenceInterval(0.95, NpsIntervalMethod.Score);
        Assert.Equal(-100, interval.Lower);
        Assert.True(interval.Upper > -100 && interval.Upper < 0);
    }

    [Fact]
    public void Wald_AllPromoters_IsDegenerate_AdjustedAndScoreAreNot()
    {
        NpsResult allPromoters = Nps.FromCounts(20, 0, 0);
        Assert.Equal(0, allPromoters.ConfidenceInterval(0.95, NpsIntervalMethod.Wald).Width);
        Assert.True(allPromoters.ConfidenceInterval(0.95, NpsIntervalMethod.AdjustedWald).Width > 0);
        Assert.True(allPromoters.ConfidenceInterval(0.95, NpsIntervalMethod.Score).Width > 0);
    }

    [Theory]
    [InlineData(NpsIntervalMethod.Wald)]
    [InlineData(NpsIntervalMethod.AdjustedWald)]
    [InlineData(NpsIntervalMethod.Score)]
    public void ConfidenceInterval_Empty_IsNaN(NpsIntervalMethod method)
    {
        ConfidenceInterval interval = NpsResult.Empty.ConfidenceInterval(0.9, method);
        Assert.True(double.IsNaN(interval.Lower));
        Assert.True(double.IsNaN(interval.Upper));
        Assert.Equal(0.9, interval.Level);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(95)]
    [InlineData(double.NaN)]
    public void ConfidenceInterval_LevelOutsideOpenUnitInterval_Throws(double level)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Sample.ConfidenceInterval(level));
        Assert.Equal("level", error.ParamName);
    }

    [Fact]
    public void ConfidenceInterval_UnknownMethod_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Sample.ConfidenceInterval(0.95, (NpsIntervalMethod)42));
        Assert.Equal("method", error.ParamName);
    }

    [Fact]
    public void HigherLevel_GivesWiderInterval()
    {
        foreach (NpsIntervalMethod method in Enum.GetValues<NpsIntervalMethod>())
        {
            Assert.True(Sample.ConfidenceInterval(0.99, method).Width > Sample.ConfidenceInterval(0.9, method).Width, method.ToString());
        }
    }

    [Fact]
    public void ToString_IsCultureInvariant()
    {
        CultureInfo original = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("ru-RU");
            Assert.Equal("NPS -45.45 (P 2, Passives 2, D 7, N 11)", Nps.FromCounts(2, 2, 7).ToString());
            Assert.Equal("[2.913, 37.087] (95 %)", Sample.ConfidenceInterval(0.95, NpsIntervalMethod.Wald).ToString());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = original;
        }
    }

    [Fact]
    public void ConfidenceInterval_ContainsAndMargin()
    {
        var interval = new ConfidenceInterval(10, 30, 0.95);
        Assert.Equal(20, interval.Width);
        Assert.Equal(10, interval.MarginOfError);
        Assert.True(interval.Contains(10));
        Assert.True(interval.Contains(30));
        Assert.False(interval.Contains(30.0001));
        Assert.False(interval.Contains(double.NaN));
    }
}
