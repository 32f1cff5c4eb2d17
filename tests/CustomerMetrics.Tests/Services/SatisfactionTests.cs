using System;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Services;

public class SatisfactionTests
{
    [Fact]
    public void Csat_TheSources78Percent()
    {
        // 100 ratings: 40 fives and 38 fours (78 satisfied), 12 threes, 6 twos, 4 ones.
        byte[] ratings = Enumerable.Repeat((byte)5, 40).Concat(Enumerable.Repeat((byte)4, 38)).Concat(Enumerable.Repeat((byte)3, 12))
            .Concat(Enumerable.Repeat((byte)2, 6)).Concat(Enumerable.Repeat((byte)1, 4)).ToArray();

        Assert.Equal(0.78, Satisfaction.Csat(ratings), 15);

        SatisfactionResult result = Satisfaction.Calculate(ratings);
        // Mean = (200 + 152 + 36 + 12 + 4) / 100 = 4.04; percent of maximum = (4.04 − 1) / 4 × 100 = 76.
        Assert.Equal(4.04, result.Mean, 12);
        Assert.Equal(76, result.MeanPercentOfMaximum, 10);
        Assert.Equal(new long[] { 4, 6, 12, 38, 40 }, result.Distribution);
        Assert.Equal("CSAT 78 % (mean 4.04 of 5, N 100)", result.ToString());
        Assert.Equal(result, Satisfaction.Calculate(ratings)); // value equality, distribution included
        Assert.NotEqual(result, Satisfaction.Calculate(ratings.AsSpan(1)));
    }

    [Fact]
    public void Csat_OtherScale_TopTwoBoxes()
    {
        // On 1..10 the top two boxes are 9 and 10.
        Assert.Equal(0.5, Satisfaction.Csat([10, 9, 8, 1], scaleMax: 10));
    }

    [Fact]
    public void Csat_Empty_IsNaN() => Assert.True(double.IsNaN(Satisfaction.Csat(ReadOnlySpan<byte>.Empty)));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Rating_OutsideTheScale_NamesPosition(byte bad)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.Csat([5, bad]));
        Assert.Equal("ratings", error.ParamName);
        Assert.Contains($"The rating at position 1 is {bad}; ratings should be in [1, 5].", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(255)]
    public void Scale_OutOfRange_Throws(int scaleMax) =>
        Assert.Equal("scaleMax", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.Csat([1], scaleMax)).ParamName);
}
