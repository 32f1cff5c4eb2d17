using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Soco;

/// <summary>SOCO's messages, equality and text at the edges the mutation run found unchecked.</summary>
public class SocoEdgeTests
{
    private static long[] Distribution(int points, long atLowest)
    {
        long[] counts = new long[Math.Max(1, points)];
        counts[0] = atLowest;
        return counts;
    }

    private static readonly SocoInstrument Two = new([new SocoItem(1, ItemPolarity.CustomerOriented, "a"), new SocoItem(2, ItemPolarity.SellingOriented, "b")], 1, 5);

    [Fact]
    public void Scale_WiderThanSupported_SaysHowManyPoints()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SocoInstrument(Two.Items, -500, 501));
        Assert.Equal("scaleMax", error.ParamName);
        Assert.StartsWith("The scale [-500, 501] has 1002 points; at most 1001 are supported.", error.Message);
        Assert.Equal(1001, new SocoInstrument(Two.Items, -500, 500).ScaleMax - (-500) + 1);
    }

    [Fact]
    public void ScaleLabels_OfTheWrongNumber_SayHowManyPointsThereAre()
    {
        var error = Assert.Throws<ArgumentException>(() => new SocoInstrument(Two.Items, 3, 6, scaleLabels: ["a", "b", "c"]));
        Assert.Equal("scaleLabels", error.ParamName);
        Assert.StartsWith("There are 3 labels for 4 scale points.", error.Message);
        var nullLabel = Assert.Throws<ArgumentNullException>(() => new SocoInstrument(Two.Items, 3, 6, scaleLabels: ["a", "b", "c", null!]));
        Assert.StartsWith("The label of answer 6 is null.", nullLabel.Message);
    }

    [Fact]
    public void AnsweredShare_OutOfRange_SaysWhatItShouldBe()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Two.WithMinimumAnsweredShare(0));
        Assert.StartsWith("The answered share should be in (0, 1], for example 0.8; 1 turns proration off.", error.Message);
    }

    [Fact]
    public void ByteMatrices_NameTheirProblem()
    {
        var destination = Assert.Throws<ArgumentException>(() => Two.ScoreBatch(new byte[] { 1, 2, 3, 4 }, new SocoScore[1]));
        Assert.Equal("destination", destination.ParamName);
        Assert.StartsWith("The destination holds 1 scores but the matrix has 2 respondents.", destination.Message);

        var wide = new SocoInstrument(Two.Items, 0, 255);
        var bytes = Assert.Throws<ArgumentException>(() => wide.ScoreBatch(new byte[] { 1, 2 }, new SocoScore[1]));
        Assert.Equal("answers", bytes.ParamName);
        Assert.StartsWith("The scale [0, 255] does not fit in bytes (0 to 254); use int answers.", bytes.Message);
        Assert.Throws<ArgumentException>(() => wide.TallyBatch(new byte[] { 1, 2 }));
        Assert.Equal(1, new SocoInstrument(Two.Items, 0, 254).ScoreBatch(new byte[] { 1, 2 }, new SocoScore[1]));
        Assert.Throws<ArgumentException>(() => new SocoInstrument(Two.Items, -1, 5).ScoreBatch(new byte[] { 1, 2 }, new SocoScore[1]));
    }

    [Fact]
    public void WideInstruments_ScoreAndTallyByteMatrices_LikeIntRows()
    {
        // 300 items: more than a row kept on the stack (256), so the row buffers come from the pool or the heap.
        var wide = new SocoInstrument(Enumerable.Range(1, 300).Select(i => new SocoItem(i, i % 2 == 0 ? ItemPolarity.CustomerOriented : ItemPolarity.SellingOriented, $"item {i}")), 1, 9);
        var random = new Random(11);
        int[][] rows = Enumerable.Range(0, 40).Select(_ => Enumerable.Range(0, 300).Select(_ => random.Next(8) == 0 ? SocoInstrument.Missing : random.Next(1, 10)).ToArray()).ToArray();
        byte[] bytes = rows.SelectMany(row => row.Select(a => a == SocoInstrument.Missing ? SocoInstrument.MissingByte : (byte)a)).ToArray();

        var scores = new SocoScore[rows.Length];
        Assert.Equal(rows.Length, wide.ScoreBatch(bytes, scores));
        Assert.Equal(rows.Select(row => wide.Score(row)), scores);
        SocoTallyTests.AssertSame(wide.Tally(rows), wide.TallyBatch(bytes));
    }

    [Fact]
    public void BatchErrors_NameTheRespondent_FromTheFirst()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Two.ScoreBatch(new[] { 9, 1, 1, 1 }, new SocoScore[2]));
        Assert.StartsWith("Respondent 0, item 1 (position 0) has answer 9; answers should be in [1, 5].", error.Message, StringComparison.Ordinal);
        var single = Assert.Throws<ArgumentOutOfRangeException>(() => Two.Score(new[] { 1, 9 }));
        Assert.StartsWith("Item 2 (position 1) has answer 9;", single.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullSequences_AreNamed()
    {
        Assert.Equal("texts", Assert.Throws<ArgumentNullException>(() => Two.WithTexts(null!)).ParamName);
        Assert.StartsWith("texts", Assert.Throws<ArgumentException>(() => Two.WithTexts(["only one"])).ParamName);
        Assert.Equal("respondents", Assert.Throws<ArgumentNullException>(() => Two.Tally(null!)).ParamName);
        Assert.Equal("respondents", Assert.Throws<ArgumentNullException>(() => Two.SummarizeBy<string>(null!)).ParamName);
    }

    [Fact]
    public void SummarizeBy_NamesTheRespondentWithANullKeyOrBadAnswers()
    {
        var nullKey = Assert.Throws<ArgumentNullException>(() => Two.SummarizeBy([("a", new[] { 1, 2 }), (null!, new[] { 1, 2 })]));
        Assert.Equal("respondents", nullKey.ParamName);
        Assert.Contains("1", nullKey.Message);
        var tooFew = Assert.Throws<ArgumentException>(() => Two.SummarizeBy([("a", new[] { 1, 2 }), ("b", new[] { 1, 2 }), ("a", new[] { 1 })]));
        Assert.StartsWith("Respondent 2 has 1 answers; the instrument has 2 items.", tooFew.Message);
    }

    [Fact]
    public void Items_AndTheirStatistics_PrintTheirPolarity()
    {
        Assert.StartsWith("Item 1 (CO)", Two.Items[0].ToString());
        Assert.StartsWith("Item 2 (SO)", Two.Items[1].ToString());
        Assert.StartsWith("Item 7 (CO): mean 4.5", new SocoItemStatistics(7, ItemPolarity.CustomerOriented, 4.5, 1, 0.5, 0.8).ToString());
        Assert.StartsWith("Item 8 (SO): mean 2", new SocoItemStatistics(8, ItemPolarity.SellingOriented, 2, 1, 0.5, 0.8).ToString());
    }

    [Fact]
    public void Scores_PrintWhetherTheyAreProrated_AndWhyTheyAreUndefined()
    {
        var four = new SocoInstrument(Enumerable.Range(1, 4).Select(i => new SocoItem(i, ItemPolarity.CustomerOriented, $"i{i}")), 1, 5, 0.5);
        SocoScore complete = four.Score([5, 5, 5, 5]);
        SocoScore prorated = four.Score([5, 5, SocoInstrument.Missing, 5]);
        SocoScore undefined = four.Score([5, SocoInstrument.Missing, SocoInstrument.Missing, SocoInstrument.Missing]);
        Assert.DoesNotContain("prorated", complete.ToString());
        Assert.EndsWith(", prorated)", prorated.ToString());
        Assert.Null(complete.UndefinedReason);
        Assert.Equal("answered 1 of 4 items, fewer than the instrument requires for a prorated score", undefined.UndefinedReason);
        Assert.Equal("SOCO score undefined: " + undefined.UndefinedReason, undefined.ToString());
    }

    public static TheoryData<SocoInstrument> DifferentInstruments => new()
    {
        new SocoInstrument([new SocoItem(1, ItemPolarity.CustomerOriented, "a"), new SocoItem(2, ItemPolarity.CustomerOriented, "b")], 1, 5),
        new SocoInstrument(Two.Items, 0, 5),
        new SocoInstrument(Two.Items, 1, 6),
        Two.WithMinimumAnsweredShare(0.5),
        new SocoInstrument(Two.Items, 1, 5, scaleLabels: ["1", "2", "3", "4", "5"]),
        Two.WithTexts(["a", "c"]),
    };

    [Theory]
    [MemberData(nameof(DifferentInstruments))]
    public void Instruments_DifferingInOnePart_AreNotEqual(SocoInstrument other)
    {
        Assert.NotEqual(Two, other);
        Assert.NotEqual(other, Two);
        Assert.False(Two.Equals((object)other));
    }

    [Fact]
    public void Instruments_WithTheSameParts_AreEqual()
    {
        var labelled = new SocoInstrument(Two.Items, 1, 5, scaleLabels: ["1", "2", "3", "4", "5"]);
        Assert.Equal(labelled, new SocoInstrument(Two.Items.ToList(), 1, 5, scaleLabels: new List<string> { "1", "2", "3", "4", "5" }));
        Assert.NotEqual(labelled, new SocoInstrument(Two.Items, 1, 5, scaleLabels: ["1", "2", "3", "4", "five"]));
        Assert.Equal(Two, new SocoInstrument(Two.Items, 1, 5));
        Assert.False(Two.Equals(null));
    }

    [Fact]
    public void Tallies_AndSummaries_OfDifferentAnswersOrInstruments_AreNotEqual()
    {
        SocoTally tally = Two.Tally([[1, 2], [3, 4]]);
        Assert.Equal(tally, Two.Tally([[1, 2], [3, 4]]));
        Assert.NotEqual(tally, Two.Tally([[1, 2], [3, 5]]));
        var reversed = new SocoInstrument([new SocoItem(1, ItemPolarity.SellingOriented, "a"), new SocoItem(2, ItemPolarity.CustomerOriented, "b")], 1, 5);
        var renumbered = new SocoInstrument([new SocoItem(1, ItemPolarity.CustomerOriented, "a"), new SocoItem(3, ItemPolarity.SellingOriented, "b")], 1, 5);
        Assert.NotEqual(tally, reversed.Tally([[5, 2], [3, 4]]));
        Assert.NotEqual(tally, renumbered.Tally([[1, 2], [3, 4]]));
        Assert.False(tally.Equals(null));
        Assert.Equal(tally.ToSummary(), Two.Tally([[1, 2], [3, 4]]).ToSummary());
        Assert.NotEqual(tally.ToSummary(), Two.Tally([[1, 2]]).ToSummary());
        Assert.False(tally.ToSummary().Equals(null));
    }

    [Fact]
    public void Merge_OfTalliesFromDifferentScalesOrItems_IsRefused_WithTheReason()
    {
        SocoTally tally = Two.Tally([[1, 2]]);
        var renumbered = new SocoInstrument([new SocoItem(1, ItemPolarity.CustomerOriented, "a"), new SocoItem(3, ItemPolarity.SellingOriented, "b")], 1, 5);
        foreach (SocoTally other in new[] { renumbered.Tally([[1, 2]]), new SocoInstrument(Two.Items, 1, 6).Tally([[1, 2]]) })
        {
            var error = Assert.Throws<ArgumentException>(() => tally + other);
            Assert.Equal("right", error.ParamName);
            Assert.StartsWith("The tallies come from different instruments", error.Message);
        }

        Assert.Equal("left", Assert.Throws<ArgumentNullException>(() => null! + tally).ParamName);
    }

    [Fact]
    public void Merge_KeepsTheExtremesOfEachKindOfRespondent()
    {
        var four = new SocoInstrument(Enumerable.Range(1, 4).Select(i => new SocoItem(i, ItemPolarity.CustomerOriented, $"i{i}")), 1, 5, 0.5);
        SocoTally low = four.Tally([[1, 1, 1, 2], [2, 2, SocoInstrument.Missing, 2]]);
        SocoTally high = four.Tally([[5, 5, 4, 5], [4, SocoInstrument.Missing, 4, 4]]);
        SocoTally merged = low + high;
        Assert.Equal(four.Tally([[1, 1, 1, 2], [2, 2, SocoInstrument.Missing, 2], [5, 5, 4, 5], [4, SocoInstrument.Missing, 4, 4]]), merged);
        SocoSummary summary = merged.ToSummary();
        Assert.Equal(5, summary.MinimumTotal);   // 1 + 1 + 1 + 2
        Assert.Equal(19, summary.MaximumTotal);  // 5 + 5 + 4 + 5
        Assert.Equal((low.CompleteMinimum, high.CompleteMaximum), (merged.CompleteMinimum, merged.CompleteMaximum));
        Assert.Equal((low.ProratedMinimum, high.ProratedMaximum), (merged.ProratedMinimum, merged.ProratedMaximum));
        SocoTally onlyComplete = four.Tally([[1, 1, 1, 2]]) + four.Tally([[5, 5, 4, 5]]);
        Assert.Equal((0.0, 0.0), (onlyComplete.ProratedMinimum, onlyComplete.ProratedMaximum));
    }

    [Fact]
    public void MeanDistribution_CountsAHalfAtTheHigherPoint_ForCompleteAndProratedRespondentsAlike()
    {
        // Scale −3..3: means of −1.5 and 0.5, once from complete answers and once prorated.
        var four = new SocoInstrument(Enumerable.Range(1, 4).Select(i => new SocoItem(i, ItemPolarity.CustomerOriented, $"i{i}")), -3, 3, 0.5);
        int m = SocoInstrument.Missing;
        SocoSummary summary = four.Summarize([[-2, -1, -2, -1], [-2, -1, m, m], [0, 1, 0, 1], [1, m, 0, m]]);
        Assert.Equal(new long[] { 0, 0, 2, 0, 2, 0, 0 }, summary.MeanDistribution); // −1 and 1, twice each
    }

    [Fact]
    public void Aggregates_OfAnImpossibleScale_AreRefused()
    {
        SocoTally ok = Two.Tally([[1, 2]]);
        SocoTally With(int scaleMin, int scaleMax, int[]? numbers = null, ItemPolarity[]? polarities = null) => new(
            numbers ?? ok.ItemNumbers, polarities ?? ok.Polarities, scaleMin, scaleMax, ok.Undefined,
            ok.CompleteCases, ok.KeyedItemSums, ok.KeyedItemSquares, ok.KeyedItemTotalProducts, ok.CompleteMinimum, ok.CompleteMaximum,
            ok.ProratedCases, ok.ProratedItemSums, ok.ProratedItemCounts, ok.ProratedTotalSum, ok.ProratedTotalSquares, ok.ProratedMinimum, ok.ProratedMaximum,
            ok.ProratedCustomerOrientationSum, ok.ProratedCustomerOrientationCount, ok.ProratedSellingOrientationSum, ok.ProratedSellingOrientationCount,
            Distribution(scaleMax - scaleMin + 1, ok.CompleteCases));
        Assert.Equal("scaleMax", Assert.Throws<ArgumentOutOfRangeException>(() => With(5, 5)).ParamName);
        Assert.Equal("scaleMax", Assert.Throws<ArgumentOutOfRangeException>(() => With(0, 1001)).ParamName);
        Assert.Equal(1001, With(0, 1000).MeanDistribution.Count); // the widest scale supported
        var noItems = Assert.Throws<ArgumentException>(() => With(1, 5, numbers: []));
        Assert.Equal("itemNumbers", noItems.ParamName);
        Assert.StartsWith("A tally needs the instrument's items; use SocoTally.Empty", noItems.Message);
        var polarity = Assert.Throws<ArgumentOutOfRangeException>(() => With(1, 5, polarities: [ItemPolarity.CustomerOriented, (ItemPolarity)7]));
        Assert.Equal("polarities", polarity.ParamName);
        Assert.StartsWith("Unknown item polarity.", polarity.Message);
    }
}
