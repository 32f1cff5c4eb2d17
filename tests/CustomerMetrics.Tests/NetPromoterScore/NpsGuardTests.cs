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

    private static IEnumerable<(string Period, int Score)> Unreadable()
    {
        throw new InvalidOperationException("The responses were read before the level was checked.");
#pragma warning disable CS0162 // an iterator needs a yield to be lazy
        yield break;
#pragma warning restore CS0162
    }
}
