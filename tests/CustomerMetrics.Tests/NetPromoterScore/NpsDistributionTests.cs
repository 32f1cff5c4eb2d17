using System;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.NetPromoterScore;


public class NpsDistributionTests
{
    [Fact]
    public void CalculateDistribution_CountsEachValue()
    {
        byte[] scores = [10, 10, 9, 0, 7, 7, 7];
        NpsDistribution distribution = Nps.CalculateDistribution(scores);

        Assert.Equal(new long[] { 1, 0, 0, 0, 0, 0, 0, 3, 0, 1, 2 }, distribution.Counts);
        Assert.Equal(7, distribution.Total);
        Assert.Equal(3, distribution[7]);
        Assert.Equal(50.0 / 7, distribution.Mean, 12);
        Assert.Equal(Nps.FromCounts(3, 3, 1), distribution.ToResult());
        Assert.Equal("0:1 1:0 2:0 3:0 4:0 5:0 6:0 7:3 8:0 9:1 10:2", distribution.ToString());
    }

    [Fact]
    public void Empty_HasNaNMean()
    {
        Assert.Equal(0, NpsDistribution.Empty.Total);
        Assert.True(double.IsNaN(NpsDistribution.Empty.Mean));
        Assert.Equal(NpsDistribution.Empty, Nps.CalculateDistribution(ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void Addition_AddsValueByValue()
    {
        NpsDistribution a = Nps.CalculateDistribution([1, 2, 10]);
        NpsDistribution b = Nps.CalculateDistribution([10, 9]);

        Assert.Equal(Nps.CalculateDistribution([1, 2, 10, 10, 9]), a + b);
        Assert.Equal(a + b, a.Add(b));
        Assert.True(a + b == b + a);
        Assert.True(a != b);
        Assert.Equal((a + b).GetHashCode(), (b + a).GetHashCode());
        Assert.Throws<ArgumentNullException>(() => a + null!);
    }

    [Fact]
    public void FromCounts_RoundTrips()
    {
        long[] counts = Enumerable.Range(0, 11).Select(i => (long)i * 3).ToArray();
        NpsDistribution distribution = NpsDistribution.FromCounts(counts);
        counts[0] = 99; // the distribution keeps its own copy
        Assert.Equal(0, distribution[0]);
        Assert.Equal(30, distribution[10]);
    }

    [Fact]
    public void FromCounts_WrongLengthOrNegative_Throws()
    {
        Assert.Throws<ArgumentException>(() => NpsDistribution.FromCounts(new long[10]));
        long[] negative = new long[11];
        negative[4] = -1;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NpsDistribution.FromCounts(negative));
        Assert.Contains("Count of answer 4 is -1", error.Message);
    }

    [Fact]
    public void Indexer_OutOfScale_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NpsDistribution.Empty[11]);
        Assert.Throws<ArgumentOutOfRangeException>(() => NpsDistribution.Empty[-1]);
    }

    [Fact]
    public void CalculateDistribution_OutOfScale_NamesPosition()
    {
        var bytes = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.CalculateDistribution([1, 2, 3, 77]));
        Assert.Contains("position 3 is 77", bytes.Message);
        var ints = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.CalculateDistribution(new[] { 1, -2 }.Select(x => x)));
        Assert.Contains("position 1 is -2", ints.Message);
    }
}
