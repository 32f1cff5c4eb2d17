using System;
using Xunit;

namespace CustomerMetrics.Tests.Statistics;

/// <summary>Wilson intervals and Newcombe's difference of proportions against an independent computation of the formulas (Python, statistics.NormalDist).</summary>
public class ProportionReferenceTests
{
    [Theory]
    [InlineData(12, 300, 0.95, 0.02302732148794231, 0.06860421203864003)]
    [InlineData(1, 2, 0.90, 0.12086631942227377, 0.8791336805777262)]
    [InlineData(7, 7, 0.99, 0.5133885650057457, 1.0)]
    [InlineData(0, 5, 0.95, 0.0, 0.43448246478317465)]
    [InlineData(50, 100, 0.80, 0.43644222446010295, 0.563557775539897)]
    public void WilsonInterval_MatchesTheFormula(long count, long total, double level, double lower, double upper)
    {
        ConfidenceInterval interval = new Proportion(count, total).WilsonInterval(level);
        Assert.Equal(lower, interval.Lower, 1e-12);
        Assert.Equal(upper, interval.Upper, 1e-12);
        Assert.Equal(level, interval.Level);
    }

    [Theory]
    [InlineData(0, 10, 10, 10, 4.47213595499958, 7.744216431044096e-06, 0.6075093504305243, 1.0)]
    [InlineData(10, 10, 0, 10, -4.47213595499958, 7.744216431044096e-06, -1.0, -0.6075093504305243)]
    [InlineData(30, 100, 45, 120, 1.1685534824642432, 0.24258357934832098, -0.05079838581125201, 0.19554612997251714)]
    [InlineData(5, 20, 5, 20, 0.0, 1.0, -0.25867404858082255, 0.25867404858082255)]
    public void Comparison_MatchesTheFormulas(long count1, long total1, long count2, long total2, double z, double pValue, double lower, double upper)
    {
        ProportionComparison comparison = new Proportion(count1, total1).CompareWith(new Proportion(count2, total2));
        Assert.Equal(z, comparison.Z, 1e-12);
        Assert.True(Math.Abs(comparison.PValue - pValue) <= 1e-12 * Math.Max(pValue, 1e-300) + 1e-15, $"p = {comparison.PValue:R}, expected {pValue:R}");
        Assert.Equal(lower, comparison.Interval.Lower, 1e-12);
        Assert.Equal(upper, comparison.Interval.Upper, 1e-12);
        Assert.Equal((double)count2 / total2 - ((double)count1 / total1), comparison.Difference, 1e-15);
        Assert.Equal(pValue < 0.05, comparison.IsSignificant);
    }
}
