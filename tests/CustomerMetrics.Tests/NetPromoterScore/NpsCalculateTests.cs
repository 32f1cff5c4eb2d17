using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.NetPromoterScore;


public class NpsCalculateTests
{
    // Ten answers, one of each value 0..9 plus a 10: promoters {9, 10} = 2, passives {7, 8} = 2,
    // detractors {0..6} = 7, N = 11, NPS = 100 × (2 − 7) / 11 = −45.4545…
    private static readonly byte[] EveryValueOnce = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    [Theory]
    [InlineData(0, NpsCategory.Detractor)]
    [InlineData(6, NpsCategory.Detractor)]
    [InlineData(7, NpsCategory.Passive)]
    [InlineData(8, NpsCategory.Passive)]
    [InlineData(9, NpsCategory.Promoter)]
    [InlineData(10, NpsCategory.Promoter)]
    public void Categorize_Boundaries(int score, NpsCategory expected) => Assert.Equal(expected, Nps.Categorize(score));

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(int.MinValue)]
    public void Categorize_OutOfScale_Throws(int score)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Categorize(score));
        Assert.Equal("score", error.ParamName);
        Assert.Contains($"Score is {score}", error.Message);
    }

    [Fact]
    public void Calculate_EveryValueOnce_HandComputed()
    {
        NpsResult result = Nps.Calculate(EveryValueOnce);

        Assert.Equal(2, result.Promoters);
        Assert.Equal(2, result.Passives);
        Assert.Equal(7, result.Detractors);
        Assert.Equal(11, result.Total);
        Assert.Equal(-500.0 / 11, result.Score, 12);
        Assert.Equal(2.0 / 11, result.PromoterShare, 15);
        Assert.Equal(2.0 / 11, result.PassiveShare, 15);
        Assert.Equal(7.0 / 11, result.DetractorShare, 15);
    }

    [Fact]
    public void Calculate_TenResponses_HandComputed()
    {
        // 5 promoters, 3 passives, 2 detractors: NPS = 100 × (5 − 2) / 10 = 30, exactly Average.
        byte[] scores = [10, 9, 9, 10, 9, 8, 7, 7, 6, 0];
        NpsResult result = Nps.Calculate(scores);

        Assert.Equal((5L, 3L, 2L), (result.Promoters, result.Passives, result.Detractors));
        Assert.Equal(30.0, result.Score);
        Assert.Equal(NpsBand.Average, result.Band);
    }

    [Fact]
    public void Calculate_AllInputForms_Agree()
    {
        byte[] bytes = [10, 9, 9, 10, 9, 8, 7, 7, 6, 0, 3, 4, 9];
        int[] ints = bytes.Select(b => (int)b).ToArray();
        NpsResult expected = Nps.Calculate(bytes);

        Assert.Equal(expected, Nps.Calculate(ints));
        Assert.Equal(expected, Nps.Calculate(new ReadOnlySpan<int>(ints)));
        Assert.Equal(expected, Nps.Calculate(ints.ToList()));
        Assert.Equal(expected, Nps.Calculate(ints.Select(x => x)));
        Assert.Equal(expected, Nps.CalculateDistribution(bytes).ToResult());
        Assert.Equal(expected, Nps.CalculateDistribution(ints.Select(x => x)).ToResult());
    }

    [Fact]
    public void Calculate_EmptyInput_ReturnsZeroCountsAndNaNScore()
    {
        NpsResult result = Nps.Calculate(ReadOnlySpan<byte>.Empty);

        Assert.Equal(0, result.Total);
        Assert.True(double.IsNaN(result.Score));
        Assert.True(double.IsNaN(result.PromoterShare));
        Assert.True(double.IsNaN(result.StandardError));
        Assert.Equal(NpsBand.Undefined, result.Band);
        Assert.Equal(NpsResult.Empty, result);
        Assert.Equal(default, Nps.Calculate(Enumerable.Empty<int>()));
    }

    [Fact]
    public void Calculate_ByteOutOfScale_NamesPositionAndValue()
    {
        byte[] scores = new byte[100];
        scores[73] = 11;
        scores[90] = 200;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Calculate(scores));

        Assert.Equal("scores", error.ParamName);
        Assert.Equal(11, error.ActualValue);
        Assert.Contains("position 73 is 11", error.Message);
    }

    [Fact]
    public void Calculate_ByteOutOfScaleInScalarTail_NamesPositionAndValue()
    {
        byte[] scores = [1, 2, 255];
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Calculate(scores));
        Assert.Contains("position 2 is 255", error.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Calculate_IntOutOfScale_NamesPositionAndValue(int bad)
    {
        int[] scores = [10, 9, bad, 3];

        var spanError = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Calculate(scores));
        var sequenceError = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Calculate(scores.Select(x => x)));

        Assert.Contains($"position 2 is {bad}", spanError.Message);
        Assert.Contains($"position 2 is {bad}", sequenceError.Message);
        Assert.Equal("scores", sequenceError.ParamName);
    }

    [Fact]
    public void Calculate_NullSequence_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Nps.Calculate((IEnumerable<int>)null!));
        Assert.Throws<ArgumentNullException>(() => Nps.Calculate((int[])null!));
    }

    [Fact]
    public void CalculateSkippingInvalid_ReportsSkippedCount()
    {
        int[] scores = [10, -3, 9, 11, 0, 7, 42];

        NpsResult result = Nps.CalculateSkippingInvalid(scores, out long skipped);

        Assert.Equal(3, skipped);
        Assert.Equal(Nps.Calculate([10, 9, 0, 7]), result);
    }

    [Fact]
    public void FromCounts_HandComputed()
    {
        NpsResult result = Nps.FromCounts(promoters: 50, passives: 20, detractors: 30);
        Assert.Equal(100, result.Total);
        Assert.Equal(20.0, result.Score);
    }

    [Theory]
    [InlineData(-1, 0, 0, "promoters")]
    [InlineData(0, -1, 0, "passives")]
    [InlineData(0, 0, -5, "detractors")]
    public void FromCounts_Negative_Throws(long promoters, long passives, long detractors, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.FromCounts(promoters, passives, detractors));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void FromCounts_TotalOverflow_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Nps.FromCounts(long.MaxValue, 1, 0));
        Assert.Contains("Int64.MaxValue", error.Message);
    }
}
