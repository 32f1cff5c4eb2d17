using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.NetPromoterScore;

/// <summary>
/// The checks of the NPS entry points that take sequences and levels: each names the caller's parameter,
/// and a level is checked before the input is read (so that a bad level is not reported as a bad input, or
/// not at all when there is nothing to compare).
/// </summary>
public class NpsGuardTests
{
    [Fact]
    public void NullSequences_AreNamedAsTheCallerPassedThem()
    {
        Assert.Equal("scores", Assert.Throws<ArgumentNullException>(() => Nps.CalculateSkippingInvalid(null!, out _)).ParamName);
        Assert.Equal("scores", Assert.Throws<ArgumentNullException>(() => Nps.CalculateDistribution((IEnumerable<int>)null!)).ParamName);
        Assert.Equal("responses", Assert.Throws<ArgumentNullException>(() => Nps.CalculateBySegment<string>(null!)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentNullException>(() => Nps.Trend((IEnumerable<KeyValuePair<string, NpsResult>>)null!)).ParamName);
    }

    [Fact]
    public void Trend_ChecksTheLevel_BeforeReadingTheResponses()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Trend(Unreadable(), level: 1.5));
        Assert.Equal("level", error.ParamName);
    }

    [Fact]
    public void Trend_ChecksTheLevel_EvenWithNothingToCompare()
    {
        var onePeriod = new[] { new KeyValuePair<string, NpsResult>("2026-01", Nps.FromCounts(5, 3, 2)) };
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Trend(onePeriod, level: 0)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Trend(Array.Empty<(string, int)>(), level: 1)).ParamName);
    }

    [Fact]
    public void FromCounts_ThatOverflow_SayWhichCountsTogether()
    {
        var error = Assert.Throws<ArgumentException>(() => Nps.FromCounts(long.MaxValue, 1, 0));
        Assert.Equal("detractors", error.ParamName);
        Assert.Contains("promoters, passives and detractors", error.Message);
    }

    [Theory]
    [InlineData(1, -1, 0, 0, 1, "promoterWeight", "A sum of weights should be finite and non-negative.")]
    [InlineData(1, 1, -2, 0, 1, "passiveWeight", "A sum of weights should be finite and non-negative.")]
    [InlineData(1, 1, 0, double.NaN, 1, "detractorWeight", "A sum of weights should be finite and non-negative.")]
    [InlineData(1, 1, 0, 0, -1, "sumOfSquaredWeights", "A sum of squared weights should be finite and non-negative.")]
    public void WeightedFromSums_NameTheSumThatIsWrong(long count, double promoters, double passives, double detractors, double squares, string paramName, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WeightedNpsResult.FromSums(count, promoters, passives, detractors, squares));
        Assert.Equal(paramName, error.ParamName);
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void WeightedSum_ThatOverflows_NamesTheResponses()
    {
        WeightedNpsResult many = WeightedNpsResult.FromSums(long.MaxValue, 1, 0, 0, 1e-18);
        var error = Assert.Throws<OverflowException>(() => many + many);
        Assert.Contains("responses", error.Message);
    }

    [Fact]
    public void WeightedInterval_ChecksTheLevel_EvenWithoutWeight()
    {
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => WeightedNpsResult.Empty.ConfidenceInterval(1.5)).ParamName);
        ConfidenceInterval undefined = WeightedNpsResult.Empty.ConfidenceInterval(0.9);
        Assert.True(double.IsNaN(undefined.Lower) && double.IsNaN(undefined.Upper));
        Assert.Equal(0.9, undefined.Level);
    }

    [Fact]
    public void DistributionSum_ChecksItsArguments_AndNamesTheRespondentsOnOverflow()
    {
        NpsDistribution some = Nps.CalculateDistribution(new byte[] { 0, 9, 10 });
        Assert.Equal("left", Assert.Throws<ArgumentNullException>(() => null! + some).ParamName);
        Assert.Equal("right", Assert.Throws<ArgumentNullException>(() => some + null!).ParamName);
        NpsDistribution huge = NpsDistribution.FromCounts(new long[] { long.MaxValue - 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
        Assert.Contains("respondents", Assert.Throws<OverflowException>(() => huge + some).Message);
    }

    [Fact]
    public void DistributionEquality_HandlesNull()
    {
        NpsDistribution some = Nps.CalculateDistribution(new byte[] { 3 });
        Assert.False(null == some);
        Assert.False(some == null);
        Assert.True((NpsDistribution?)null == null);
        Assert.True(some == Nps.CalculateDistribution(new byte[] { 3 }));
    }

    [Fact]
    public void BandThresholds_OutOfScale_SayTheScale()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new NpsBandThresholds(30, 101));
        Assert.Equal("high", error.ParamName);
        Assert.StartsWith("Value should be an NPS value in [-100, 100].", error.Message);
    }

    [Fact]
    public void UnknownIntervalMethod_IsNamed()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.FromCounts(5, 3, 2).ConfidenceInterval(0.95, (NpsIntervalMethod)99));
        Assert.Equal("method", error.ParamName);
        Assert.StartsWith("Unknown interval method.", error.Message);
    }

    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 0)]
    [InlineData(0, 1, 1)]
    public void AdjustedWald_IsDefined_ForEveryNonEmptySample(long promoters, long passives, long detractors)
    {
        // Any non-empty sample has an interval, whatever the counts add or subtract to.
        ConfidenceInterval interval = Nps.FromCounts(promoters, passives, detractors).ConfidenceInterval(0.95, NpsIntervalMethod.AdjustedWald);
        Assert.False(double.IsNaN(interval.Lower) || double.IsNaN(interval.Upper));
        Assert.True(interval.Lower < interval.Upper);
    }

    [Fact]
    public void ScoreInterval_ReachesTheEndOfTheScale_ExactlyWhenEveryAnswerIsAtIt()
    {
        Assert.Equal(-100, Nps.FromCounts(0, 0, 20).ConfidenceInterval(0.95, NpsIntervalMethod.Score).Lower);
        Assert.Equal(100, Nps.FromCounts(20, 0, 0).ConfidenceInterval(0.95, NpsIntervalMethod.Score).Upper);
    }

    [Fact]
    public void TrendPoint_ChecksItsParts_AndPrintsTheChange()
    {
        NpsResult january = Nps.FromCounts(50, 40, 10);
        NpsResult february = Nps.FromCounts(60, 30, 10);
        NpsComparison change = Nps.Compare(january, february);
        Assert.Equal("Period", Assert.Throws<ArgumentNullException>(() => new NpsTrendPoint<string>(null!, february, null)).ParamName);
        var mismatch = Assert.Throws<ArgumentException>(() => new NpsTrendPoint<string>("2026-02", january, change));
        Assert.Equal("ChangeFromPrevious", mismatch.ParamName);
        Assert.StartsWith("The change's current sample should be this period's result.", mismatch.Message);

        var point = new NpsTrendPoint<string>("2026-02", february, change);
        Assert.Equal("2026-02: " + february + "; change " + change, point.ToString());
        Assert.Equal("2026-01: " + january, new NpsTrendPoint<string>("2026-01", january, null).ToString());
    }

    private static IEnumerable<(string Period, int Score)> Unreadable()
    {
        throw new InvalidOperationException("The responses were read before the level was checked.");
#pragma warning disable CS0162 // an iterator needs a yield to be lazy
        yield break;
#pragma warning restore CS0162
    }
}
