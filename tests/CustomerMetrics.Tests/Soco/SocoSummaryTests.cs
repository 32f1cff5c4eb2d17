using System;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Soco;

public class SocoSummaryTests
{
    // Three customer-oriented items on 1..5 and four respondents:
    //   R1 1 2 2 (total 5), R2 2 3 3 (8), R3 4 4 5 (13), R4 5 5 4 (14).
    // Item variances 10/3, 5/3, 5/3 (sum 20/3); total variance 54/3 = 18.
    // α = 3/2 × (1 − (20/3) / 18) = 17/18. Without item 1: α = 2 × (1 − (10/3) / 6) = 8/9.
    // Item 1 against the rest (4, 6, 9, 9): r = 13 / √(10 × 18) = 0.968971…; SEM = √18 × √(1/18) = 1.
    private static readonly SocoInstrument ThreeItems = new(
        [new SocoItem(1, ItemPolarity.CustomerOriented, "a"), new SocoItem(2, ItemPolarity.CustomerOriented, "b"), new SocoItem(3, ItemPolarity.CustomerOriented, "c")],
        scaleMin: 1,
        scaleMax: 5);

    private static readonly int[][] FourRespondents = [[1, 2, 2], [2, 3, 3], [4, 4, 5], [5, 5, 4]];

    [Fact]
    public void CronbachAlpha_HandComputed()
    {
        SocoSummary summary = ThreeItems.Summarize(FourRespondents);

        Assert.Equal(4, summary.Count);
        Assert.Equal(4, summary.CompleteCases);
        Assert.Equal(10, summary.MeanTotal, 12);
        Assert.Equal(Math.Sqrt(18), summary.StandardDeviation, 12);
        Assert.Equal(17.0 / 18, summary.CronbachAlpha, 12);
        Assert.Equal(1, summary.StandardErrorOfMeasurement, 12);
        Assert.Equal(8.0 / 9, summary.Items[0].AlphaIfDeleted, 12);
        Assert.Equal(13 / Math.Sqrt(180), summary.Items[0].CorrectedItemTotalCorrelation, 12);
        Assert.Equal(3, summary.Items[0].Mean);
        Assert.Equal(Math.Sqrt(10.0 / 3), summary.Items[0].StandardDeviation, 12);
        Assert.Equal((5.0, 14.0), (summary.MinimumTotal, summary.MaximumTotal));
    }

    [Fact]
    public void CronbachAlpha_UsesKeyedItems()
    {
        // The same data with item 3 selling-oriented and its answers reversed (6 − x) keys back to the same.
        var mixed = new SocoInstrument(
            [new SocoItem(1, ItemPolarity.CustomerOriented, "a"), new SocoItem(2, ItemPolarity.CustomerOriented, "b"), new SocoItem(3, ItemPolarity.SellingOriented, "c")],
            1,
            5);
        SocoSummary summary = mixed.Summarize(FourRespondents.Select(r => new[] { r[0], r[1], 6 - r[2] }));
        Assert.Equal(17.0 / 18, summary.CronbachAlpha, 12);
        Assert.Equal(ThreeItems.Summarize(FourRespondents).Items[2].CorrectedItemTotalCorrelation, summary.Items[2].CorrectedItemTotalCorrelation, 12);
    }

    [Fact]
    public void Alpha_WithFewerThanTwoRespondents_IsNaN()
    {
        Assert.True(double.IsNaN(ThreeItems.Summarize([[1, 2, 3]]).CronbachAlpha));
        Assert.True(double.IsNaN(ThreeItems.Summarize([]).CronbachAlpha));
        Assert.True(double.IsNaN(ThreeItems.Summarize([]).MeanTotal));
    }

    [Fact]
    public void Alpha_WithZeroVarianceTotals_IsNaN()
    {
        SocoSummary summary = ThreeItems.Summarize([[3, 3, 3], [3, 3, 3], [2, 3, 4]]);
        Assert.True(double.IsNaN(summary.CronbachAlpha)); // every total is 9
        Assert.True(double.IsNaN(summary.StandardErrorOfMeasurement));
    }

    [Fact]
    public void IncompleteRespondents_CountButStayOutOfAlpha()
    {
        var lenient = ThreeItems.WithMinimumAnsweredShare(0.5);
        SocoSummary summary = lenient.Summarize([.. FourRespondents, [5, SocoInstrument.Missing, 5], [SocoInstrument.Missing, SocoInstrument.Missing, 1]]);

        Assert.Equal(5, summary.Count);          // the prorated respondent scores 15
        Assert.Equal(1, summary.Undefined);      // one of three answered: below 50 %
        Assert.Equal(4, summary.CompleteCases);
        Assert.Equal(17.0 / 18, summary.CronbachAlpha, 12);
        Assert.Equal((5 + 8 + 13 + 14 + 15) / 5.0, summary.MeanTotal, 12);
    }

    [Fact]
    public void Distribution_CountsRoundedMeans()
    {
        // Means 5/3, 8/3, 13/3, 14/3 round to 2, 3, 4, 5.
        SocoSummary summary = ThreeItems.Summarize(FourRespondents);
        Assert.Equal(new long[] { 0, 1, 1, 1, 1 }, summary.MeanDistribution);
    }

    [Fact]
    public void SummarizeBy_Team()
    {
        var teams = ThreeItems.SummarizeBy([("north", FourRespondents[0]), ("south", FourRespondents[1]), ("north", FourRespondents[2])]);
        Assert.Equal(new[] { "north", "south" }, teams.Select(t => t.Key));
        Assert.Equal(9, teams[0].Value.MeanTotal, 12);
        Assert.Equal(1, teams[1].Value.Count);
    }

    [Fact]
    public void Summarize_BadRespondents_NameTheRespondent()
    {
        Assert.Contains("Respondent 1 has 2 answers; the instrument has 3 items.", Assert.Throws<ArgumentException>(() => ThreeItems.Summarize([[1, 2, 3], [1, 2]])).Message);
        Assert.Contains("Respondent 0 has no answers (null).", Assert.Throws<ArgumentNullException>(() => ThreeItems.Summarize([null!])).Message);
        Assert.Contains("Respondent 1, item 2 (position 1) has answer 6; answers should be in [1, 5].", Assert.Throws<ArgumentOutOfRangeException>(() => ThreeItems.Summarize([[1, 2, 3], [1, 6, 3]])).Message);
    }

    [Fact]
    public void Batch_BadMatrices_Throw()
    {
        Assert.Contains("The matrix has 7 answers, which is not a whole number of respondents of 3 items.", Assert.Throws<ArgumentException>(() => ThreeItems.SummarizeBatch(new int[7])).Message);
        Assert.Contains("The destination holds 1 scores but the matrix has 2 respondents.", Assert.Throws<ArgumentException>(() => ThreeItems.ScoreBatch(new int[] { 1, 1, 1, 2, 2, 2 }, new SocoScore[1])).Message);
        Assert.Contains("Respondent 1, item 1 (position 0) has answer 0", Assert.Throws<ArgumentOutOfRangeException>(() => ThreeItems.ScoreBatch(new byte[] { 1, 1, 1, 0, 2, 2 }, new SocoScore[2])).Message);
        var wide = new SocoInstrument([new SocoItem(1, ItemPolarity.CustomerOriented, "a")], 1, 1000);
        Assert.Contains("does not fit in bytes", Assert.Throws<ArgumentException>(() => wide.SummarizeBatch(new byte[] { 1 })).Message);
    }
}
