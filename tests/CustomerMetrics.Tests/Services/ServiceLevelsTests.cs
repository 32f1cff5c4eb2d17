using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Services;


public class ServiceLevelsTests
{
    [Theory]
    [InlineData(4, 3, 0, ServiceLevel.Low)]
    [InlineData(4, 4, 0, ServiceLevel.Standard)]
    [InlineData(4, 5, 0, ServiceLevel.Wow)]
    [InlineData(4, 4.5, 0.5, ServiceLevel.Standard)] // |gap| = τ is Standard
    [InlineData(4, 3.5, 0.5, ServiceLevel.Standard)]
    [InlineData(4, 4.6, 0.5, ServiceLevel.Wow)]
    [InlineData(4, 3.4, 0.5, ServiceLevel.Low)]
    public void Classify_ByTheGap(double expected, double perceived, double tolerance, ServiceLevel level) =>
        Assert.Equal(level, ServiceLevels.Classify(expected, perceived, tolerance));

    [Theory]
    [InlineData(double.NaN, 1, 0, "expected")]
    [InlineData(1, double.PositiveInfinity, 0, "perceived")]
    [InlineData(1, 1, -0.1, "tolerance")]
    [InlineData(1, 1, double.NaN, "tolerance")]
    public void Classify_BadInput_Throws(double expected, double perceived, double tolerance, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => ServiceLevels.Classify(expected, perceived, tolerance)).ParamName);

    [Fact]
    public void Distribution_CountsAndShares()
    {
        double[] expected = [4, 4, 4, 4, 4];
        double[] perceived = [3, 4, 5, 5, 4.2];
        ServiceLevelDistribution distribution = ServiceLevels.Distribution(expected, perceived, tolerance: 0.25);

        Assert.Equal((1L, 2L, 2L, 5L), (distribution.Low, distribution.Standard, distribution.Wow, distribution.Total));
        Assert.Equal(0.4, distribution.WowShare);
        Assert.Equal(distribution, ServiceLevels.Distribution(expected.Zip(perceived), tolerance: 0.25));
        Assert.Equal(distribution + distribution, ServiceLevels.Distribution([.. expected, .. expected], [.. perceived, .. perceived], 0.25));
        Assert.True(double.IsNaN(default(ServiceLevelDistribution).LowShare));
    }

    [Fact]
    public void Distribution_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => ServiceLevels.Distribution([1, 2], [1], 0));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ServiceLevels.Distribution([1, 2], [1, double.NaN], 0));
        Assert.Contains("The value at position 1 is NaN", error.Message);
    }

    [Fact]
    public void ScoreGaps_Servqual_HandComputed()
    {
        // Expectations 6 everywhere. Perceptions: tangibles 6 (gap 0), reliability 5 (−1), responsiveness 4 (−2),
        // assurance 7 (+1), empathy 6 (0). Overall = (0 − 1 − 2 + 1 + 0) / 5 = −0.4.
        // Weights 10, 30, 20, 20, 20 (of 100): weighted = (0 − 30 − 40 + 20 + 0) / 100 = −0.5.
        double[] expected = Enumerable.Repeat(6.0, 22).ToArray();
        double[] perceived = [6, 6, 6, 6, 5, 5, 5, 5, 5, 4, 4, 4, 4, 7, 7, 7, 7, 6, 6, 6, 6, 6];

        ServiceGapScore score = ServiceLevels.ScoreGaps(GapLayout.Servqual, expected, perceived, importance: [10, 30, 20, 20, 20]);

        Assert.Equal(new[] { "Tangibles", "Reliability", "Responsiveness", "Assurance", "Empathy" }, score.Dimensions.Select(d => d.Name));
        Assert.Equal(new[] { 0.0, -1, -2, 1, 0 }, score.Dimensions.Select(d => d.Gap));
        Assert.Equal(new[] { ServiceLevel.Standard, ServiceLevel.Low, ServiceLevel.Low, ServiceLevel.Wow, ServiceLevel.Standard }, score.Dimensions.Select(d => d.Level));
        Assert.Equal(-0.4, score.Overall, 12);
        Assert.Equal(-0.5, score.WeightedOverall, 12);
        Assert.Equal(ServiceLevel.Low, score.Level);
        Assert.Equal(5, score.Dimensions[1].Perceived);

        ServiceGapScore unweighted = ServiceLevels.ScoreGaps(GapLayout.Servqual, expected, perceived);
        Assert.True(double.IsNaN(unweighted.WeightedOverall));
        Assert.Equal(unweighted, ServiceLevels.ScoreGaps(GapLayout.Servqual, expected, perceived)); // value equality
        Assert.NotEqual(unweighted, score);
        Assert.Equal(new GapDimension("A", [1, 2]), new GapDimension("A", new List<int> { 1, 2 }));
    }

    [Fact]
    public void ScoreGaps_BadInput_Throws()
    {
        double[] items = new double[22];
        Assert.Throws<ArgumentException>(() => ServiceLevels.ScoreGaps(GapLayout.Servqual, items, new double[21]));
        Assert.Throws<ArgumentException>(() => ServiceLevels.ScoreGaps(GapLayout.Servqual, items, items, importance: [1, 2]));
        Assert.Contains("all 0", Assert.Throws<ArgumentException>(() => ServiceLevels.ScoreGaps(GapLayout.Servqual, items, items, importance: [0, 0, 0, 0, 0])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ServiceLevels.ScoreGaps(GapLayout.Servqual, items, items, importance: [1, -1, 1, 1, 1]));
        Assert.Throws<ArgumentNullException>(() => ServiceLevels.ScoreGaps(null!, items, items));
    }

    [Fact]
    public void GapLayout_Validation()
    {
        Assert.Equal(22, GapLayout.Servqual.ItemCount);
        Assert.Contains("Item 2 belongs to more than one dimension.", Assert.Throws<ArgumentException>(() => new GapLayout([new GapDimension("a", [1, 2]), new GapDimension("b", [2, 3])])).Message);
        Assert.Contains("numbered 1 to 2 without gaps", Assert.Throws<ArgumentException>(() => new GapLayout([new GapDimension("a", [1, 3])])).Message);
        Assert.Throws<ArgumentException>(() => new GapLayout([]));
        Assert.Throws<ArgumentException>(() => new GapLayout([new GapDimension("", [1])]));
    }
}
