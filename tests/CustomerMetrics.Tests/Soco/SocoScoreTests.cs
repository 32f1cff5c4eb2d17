using System;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Soco;

public class SocoScoreTests
{
    private const int M = SocoInstrument.Missing;

    private static int[] Full(int customerOriented, int sellingOriented) =>
        Enumerable.Repeat(customerOriented, 12).Concat(Enumerable.Repeat(sellingOriented, 12)).ToArray();

    [Fact]
    public void Full24_Layout()
    {
        SocoInstrument full = SocoInstrument.Full24;
        Assert.Equal(24, full.Items.Count);
        Assert.Equal(Enumerable.Range(1, 24), full.Items.Select(i => i.Number));
        Assert.All(full.Items.Take(12), i => Assert.Equal(ItemPolarity.CustomerOriented, i.Polarity));
        Assert.All(full.Items.Skip(12), i => Assert.Equal(ItemPolarity.SellingOriented, i.Polarity));
        Assert.Equal((1, 9, 24.0, 216.0), (full.ScaleMin, full.ScaleMax, full.MinimumTotal, full.MaximumTotal));
        Assert.Equal(9, full.ScaleLabels!.Count);
        Assert.All(full.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Text)));
    }

    [Fact]
    public void Short10_IsTheThomasSoutarRyanSelection()
    {
        SocoInstrument shortForm = SocoInstrument.Short10;
        Assert.Equal(new[] { 3, 6, 7, 9, 12, 13, 14, 17, 18, 23 }, shortForm.Items.Select(i => i.Number));
        Assert.Equal(5, shortForm.Items.Count(i => i.Polarity == ItemPolarity.CustomerOriented));
        Assert.Equal((10.0, 90.0), (shortForm.MinimumTotal, shortForm.MaximumTotal));
    }

    [Fact]
    public void AllMaximumAnswers_MeetInTheMiddle()
    {
        // Every answer 9: CO items keep 9, SO items key to 10 − 9 = 1: 12 × 9 + 12 × 1 = 120.
        SocoScore score = SocoInstrument.Full24.Score(Full(9, 9));
        Assert.Equal(120, score.Total);
        Assert.Equal(5, score.Mean);
        Assert.Equal(50, score.Pomp);
        Assert.Equal((9.0, 9.0), (score.CustomerOrientation, score.SellingOrientation));
    }

    [Fact]
    public void AllMinimumAnswers_AlsoMeetInTheMiddle()
    {
        SocoScore score = SocoInstrument.Full24.Score(Full(1, 1));
        Assert.Equal(120, score.Total);
        Assert.Equal((1.0, 1.0), (score.CustomerOrientation, score.SellingOrientation));
    }

    [Fact]
    public void MostAndLeastCustomerOriented_AreTheEnds()
    {
        SocoScore best = SocoInstrument.Full24.Score(Full(9, 1));
        Assert.Equal((216.0, 9.0, 100.0), (best.Total, best.Mean, best.Pomp));

        SocoScore worst = SocoInstrument.Full24.Score(Full(1, 9));
        Assert.Equal((24.0, 1.0, 0.0), (worst.Total, worst.Mean, worst.Pomp));
    }

    [Fact]
    public void MixedRespondent_HandComputed()
    {
        // CO answers 9, 8, 7 repeated: sum 96, mean 8. SO answers 2, 3, 1 repeated: sum 24, mean 2,
        // keyed 12 × 10 − 24 = 96. Total 192, mean 8, POMP (192 − 24) / 192 × 100 = 87.5.
        int[] answers = [9, 8, 7, 9, 8, 7, 9, 8, 7, 9, 8, 7, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1];
        SocoScore score = SocoInstrument.Full24.Score(answers);

        Assert.Equal(192, score.Total);
        Assert.Equal(8, score.Mean);
        Assert.Equal(87.5, score.Pomp);
        Assert.Equal(8, score.CustomerOrientation);
        Assert.Equal(2, score.SellingOrientation);
        Assert.True(score.IsDefined);
        Assert.False(score.IsProrated);
        Assert.Equal(24, score.Answered);
        Assert.Equal("SOCO total 192 (mean 8, POMP 87.5, CO 8, SO 2)", score.ToString());
    }

    [Fact]
    public void ShortForm_HandComputed()
    {
        // CO 7, 8, 6, 7, 7 (sum 35); SO 3, 2, 4, 3, 3 (sum 15, keyed 50 − 15 = 35): total 70, POMP 60 / 80 = 75.
        SocoScore score = SocoInstrument.Short10.Score([7, 8, 6, 7, 7, 3, 2, 4, 3, 3]);
        Assert.Equal(70, score.Total);
        Assert.Equal(7, score.Mean);
        Assert.Equal(75, score.Pomp);
        Assert.Equal((7.0, 3.0), (score.CustomerOrientation, score.SellingOrientation));
    }

    [Fact]
    public void Proration_AboveTheShare_ScalesTheMeanKeyedAnswer()
    {
        // Items 1, 2, 13, 14 missing (20 of 24 answered, 83 %): CO 3..12 = 8 (80), SO 15..24 = 3 (keyed 7, 70);
        // 150 / 20 = 7.5 per item, × 24 = 180.
        int[] answers = [M, M, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, M, M, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
        SocoScore score = SocoInstrument.Full24.Score(answers);

        Assert.True(score.IsProrated);
        Assert.Equal(180, score.Total);
        Assert.Equal(7.5, score.Mean);
        Assert.Equal(20, score.Answered);
        Assert.Equal((8.0, 3.0), (score.CustomerOrientation, score.SellingOrientation));
    }

    [Fact]
    public void Proration_Off_LeavesTheScoreUndefined()
    {
        int[] answers = [M, M, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, M, M, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
        SocoScore score = SocoInstrument.Full24.WithMinimumAnsweredShare(1).Score(answers);

        Assert.False(score.IsDefined);
        Assert.True(double.IsNaN(score.Total));
        Assert.True(double.IsNaN(score.Pomp));
        Assert.Equal("answered 20 of 24 items, fewer than the instrument requires for a prorated score", score.UndefinedReason);
    }

    [Fact]
    public void Proration_BelowTheShare_IsUndefined()
    {
        // 19 of 24 answered is 79 %, below the default 80 %.
        int[] answers = Full(8, 3);
        answers[0] = answers[1] = answers[2] = answers[12] = answers[13] = M;
        SocoScore score = SocoInstrument.Full24.Score(answers);
        Assert.False(score.IsDefined);
        Assert.StartsWith("SOCO score undefined: answered 19 of 24", score.ToString());
        Assert.False(default(SocoScore).IsDefined == true && default(SocoScore).Answered > 0);
    }

    [Fact]
    public void NothingAnswered_IsUndefined_EvenWithATinyShare()
    {
        SocoScore score = SocoInstrument.Full24.WithMinimumAnsweredShare(0.01).Score(Enumerable.Repeat(M, 24).ToArray());
        Assert.False(score.IsDefined);
    }

    [Fact]
    public void CustomInstrument_AnyScaleAndPolarity()
    {
        // Scale −3..3; item 2 is selling-oriented: keyed = −3 + 3 − answer = −answer.
        var instrument = new SocoInstrument(
            [new SocoItem(1, ItemPolarity.CustomerOriented, "a"), new SocoItem(2, ItemPolarity.SellingOriented, "b"), new SocoItem(7, ItemPolarity.CustomerOriented, "c")],
            scaleMin: -3,
            scaleMax: 3);

        SocoScore score = instrument.Score([2, -1, 3]); // keyed 2 + 1 + 3 = 6
        Assert.Equal(6, score.Total);
        Assert.Equal((-9.0, 9.0), (instrument.MinimumTotal, instrument.MaximumTotal));
        Assert.Equal(15.0 / 18 * 100, score.Pomp, 12);
        Assert.Equal(2.5, score.CustomerOrientation);
        Assert.Equal(-1, score.SellingOrientation);
    }

    [Fact]
    public void CustomInstrument_WithoutSellingItems_HasNaNSellingOrientation()
    {
        var instrument = new SocoInstrument([new SocoItem(1, ItemPolarity.CustomerOriented, "a")], 1, 5);
        Assert.True(double.IsNaN(instrument.Score([4]).SellingOrientation));
    }

    [Fact]
    public void WithTexts_ReplacesTheWording()
    {
        string[] texts = Enumerable.Range(1, 10).Select(i => $"Statement {i}").ToArray();
        SocoInstrument worded = SocoInstrument.Short10.WithTexts(texts);
        Assert.Equal("Statement 1", worded.Items[0].Text);
        Assert.Equal(3, worded.Items[0].Number);
        Assert.Throws<ArgumentException>(() => SocoInstrument.Short10.WithTexts(["too few"]));
    }

    [Theory]
    [InlineData(0, 2, "Item 3 (position 2) has answer 0; answers should be in [1, 9].")]
    [InlineData(10, 20, "Item 21 (position 20) has answer 10; answers should be in [1, 9].")]
    public void Score_AnswerOutsideTheScale_NamesItemAndValue(int bad, int position, string expected)
    {
        int[] answers = Full(5, 5);
        answers[position] = bad;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SocoInstrument.Full24.Score(answers));
        Assert.Equal("answers", error.ParamName);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Score_WrongNumberOfAnswers_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => SocoInstrument.Full24.Score(new int[23]));
        Assert.Contains("answers has 23 elements but the instrument's items has 24", error.Message);
    }

    [Fact]
    public void Instrument_BadDefinitions_Throw()
    {
        SocoItem a = new(1, ItemPolarity.CustomerOriented, "a");
        Assert.Contains("at least one item", Assert.Throws<ArgumentException>(() => new SocoInstrument([], 1, 9)).Message);
        Assert.Contains("Item number 1 appears twice.", Assert.Throws<ArgumentException>(() => new SocoInstrument([a, a with { Text = "b" }], 1, 9)).Message);
        Assert.Contains("unknown polarity", Assert.Throws<ArgumentException>(() => new SocoInstrument([a with { Polarity = (ItemPolarity)4 }], 1, 9)).Message);
        Assert.Equal("scaleMax", Assert.Throws<ArgumentOutOfRangeException>(() => new SocoInstrument([a], 5, 5)).ParamName);
        Assert.Equal("minimumAnsweredShare", Assert.Throws<ArgumentOutOfRangeException>(() => new SocoInstrument([a], 1, 9, 0)).ParamName);
        Assert.Equal("minimumAnsweredShare", Assert.Throws<ArgumentOutOfRangeException>(() => new SocoInstrument([a], 1, 9, 1.5)).ParamName);
        Assert.Equal("scaleLabels", Assert.Throws<ArgumentException>(() => new SocoInstrument([a], 1, 3, scaleLabels: ["x", "y"])).ParamName);
        Assert.Throws<ArgumentNullException>(() => new SocoInstrument([null!], 1, 9));
        Assert.Contains("The instrument has no item 25.", Assert.Throws<ArgumentException>(() => SocoInstrument.Full24.SelectItems([1, 25])).Message);
    }
}
