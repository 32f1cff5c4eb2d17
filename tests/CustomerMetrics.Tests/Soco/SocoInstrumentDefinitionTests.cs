using System;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Soco;

/// <summary>A custom instrument is checked where it is defined, and every error names the caller's parameter.</summary>
public class SocoInstrumentDefinitionTests
{
    private static readonly SocoItem[] TwoItems = [new(1, ItemPolarity.CustomerOriented, "Helps"), new(2, ItemPolarity.SellingOriented, "Pushes")];

    [Fact]
    public void Constructor_NullText_IsRefused()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new SocoInstrument([new SocoItem(1, ItemPolarity.CustomerOriented, null!)], 1, 9));
        Assert.Equal("items", error.ParamName);
        Assert.StartsWith("Item 1 has no text (null).", error.Message);
    }

    [Theory]
    [InlineData("", "Item 2 has an empty text.")]
    [InlineData("   ", "Item 2 has an empty text.")]
    [InlineData(" Helps ", "Items 1 and 2 have the same text 'Helps'.")]
    public void Constructor_EmptyOrRepeatedText_IsRefused(string text, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new SocoInstrument([TwoItems[0], new SocoItem(2, ItemPolarity.SellingOriented, text)], 1, 9));
        Assert.Equal("items", error.ParamName);
        Assert.StartsWith(expected, error.Message);
    }

    [Theory]
    [InlineData(0, 100_000_000)]
    [InlineData(int.MinValue + 1, int.MaxValue)]
    [InlineData(1, 1002)]
    public void Constructor_ScaleWiderThanTheLimit_IsRefusedBeforeAnythingIsAllocated(int scaleMin, int scaleMax)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SocoInstrument(TwoItems, scaleMin, scaleMax));
        Assert.Equal("scaleMax", error.ParamName);
        Assert.Contains($"at most {SocoInstrument.MaxScalePoints} are supported", error.Message);
    }

    [Fact]
    public void Constructor_WidestScale_Works()
    {
        var slider = new SocoInstrument(TwoItems, 0, 1000);
        SocoScore score = slider.Score([1000, 0]);
        Assert.Equal(2000, score.Total);
        Assert.Equal(100, score.Pomp);
        Assert.Equal(1001, slider.Summarize([[1000, 0], [0, 1000]]).MeanDistribution.Count);
    }

    [Fact]
    public void WithMinimumAnsweredShare_NamesItsOwnParameter()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SocoInstrument.Full24.WithMinimumAnsweredShare(0));
        Assert.Equal("share", error.ParamName);
        Assert.Equal("minimumAnsweredShare", Assert.Throws<ArgumentOutOfRangeException>(() => new SocoInstrument(TwoItems, 1, 9, minimumAnsweredShare: 1.5)).ParamName);
    }

    [Fact]
    public void WithTexts_EmptyOrRepeatedText_NamesTexts()
    {
        Assert.Equal("texts", Assert.Throws<ArgumentException>(() => new SocoInstrument(TwoItems, 1, 9).WithTexts(["Same", "Same"])).ParamName);
        Assert.Equal("texts", Assert.Throws<ArgumentNullException>(() => new SocoInstrument(TwoItems, 1, 9).WithTexts(["One", null!])).ParamName);
        Assert.Equal("texts", Assert.Throws<ArgumentException>(() => new SocoInstrument(TwoItems, 1, 9).WithTexts(["One"])).ParamName);
    }

    [Fact]
    public void SelectItems_RepeatedOrNone_NamesNumbers()
    {
        Assert.Equal("numbers", Assert.Throws<ArgumentException>(() => SocoInstrument.Full24.SelectItems([3, 3])).ParamName);
        Assert.Equal("numbers", Assert.Throws<ArgumentException>(() => SocoInstrument.Full24.SelectItems([])).ParamName);
        Assert.Equal("numbers", Assert.Throws<ArgumentException>(() => SocoInstrument.Full24.SelectItems([25])).ParamName);
    }

    [Fact]
    public void ScaleLabels_NullLabel_IsRefused()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new SocoInstrument(TwoItems, 1, 3, scaleLabels: ["never", null!, "always"]));
        Assert.Equal("scaleLabels", error.ParamName);
        Assert.StartsWith("The label of answer 2 is null.", error.Message);
    }
}
