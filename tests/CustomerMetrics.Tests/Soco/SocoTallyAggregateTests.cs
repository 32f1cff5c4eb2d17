using System;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Soco;

/// <summary>A tally rebuilt from stored aggregates: each aggregate that answers on the scale could not produce is refused, by name.</summary>
public class SocoTallyAggregateTests
{
    private const int M = SocoInstrument.Missing;

    // Four items on 2..6 (keyed width 4), proration from half the items: two complete and two prorated respondents.
    private static readonly SocoInstrument Four = new(
        [new SocoItem(1, ItemPolarity.CustomerOriented, "a"), new SocoItem(2, ItemPolarity.SellingOriented, "b"), new SocoItem(3, ItemPolarity.CustomerOriented, "c"), new SocoItem(4, ItemPolarity.SellingOriented, "d")],
        2,
        6,
        0.5);

    private static readonly SocoTally Tally = Four.Tally([[6, 2, 5, 3], [3, 4, 4, 5], [5, M, 6, 2], [M, 3, 2, M]]);

    /// <summary>The tally's aggregates, to change one at a time.</summary>
    private sealed class Parts
    {
        public long Undefined = Tally.Undefined;
        public long CompleteCases = Tally.CompleteCases;
        public long[] Sums = Tally.KeyedItemSums.ToArray();
        public long[] Squares = Tally.KeyedItemSquares.ToArray();
        public long[] Products = Tally.KeyedItemTotalProducts.ToArray();
        public long CompleteMinimum = Tally.CompleteMinimum;
        public long CompleteMaximum = Tally.CompleteMaximum;
        public long ProratedCases = Tally.ProratedCases;
        public long[] ProratedSums = Tally.ProratedItemSums.ToArray();
        public long[] ProratedCounts = Tally.ProratedItemCounts.ToArray();
        public double ProratedTotalSum = Tally.ProratedTotalSum;
        public double ProratedTotalSquares = Tally.ProratedTotalSquares;
        public double ProratedMinimum = Tally.ProratedMinimum;
        public double ProratedMaximum = Tally.ProratedMaximum;
        public double CoSum = Tally.ProratedCustomerOrientationSum;
        public long CoCount = Tally.ProratedCustomerOrientationCount;
        public double SoSum = Tally.ProratedSellingOrientationSum;
        public long SoCount = Tally.ProratedSellingOrientationCount;
        public long[] Distribution = Tally.MeanDistribution.ToArray();

        public SocoTally Build() => new(
            Tally.ItemNumbers, Tally.Polarities, Tally.ScaleMin, Tally.ScaleMax, Undefined, CompleteCases, Sums, Squares, Products, CompleteMinimum, CompleteMaximum,
            ProratedCases, ProratedSums, ProratedCounts, ProratedTotalSum, ProratedTotalSquares, ProratedMinimum, ProratedMaximum, CoSum, CoCount, SoSum, SoCount, Distribution);
    }

    public static TheoryData<string, string> Impossible => new()
    {
        { "a keyed sum above cases × width", "keyedItemSums" },
        { "a square below 1 while its sum is not 0", "keyedItemSquares" },
        { "a square above sum × width", "keyedItemSquares" },
        { "a product below its square", "keyedItemTotalProducts" },
        { "a product above sum × k × width", "keyedItemTotalProducts" },
        { "a prorated item count above the prorated cases", "proratedItemCounts" },
        { "a prorated item sum below count × the scale's minimum", "proratedItemSums" },
        { "a prorated item sum above count × the scale's maximum", "proratedItemSums" },
        { "a negative point of the distribution", "meanDistribution" },
        { "complete extremes the wrong way round", "completeMaximum" },
        { "a complete maximum above k × width", "completeMaximum" },
        { "a prorated maximum above k × width", "proratedMaximum" },
        { "prorated extremes without prorated respondents", "proratedMaximum" },
        { "a prorated total sum that is NaN", "proratedTotalSum" },
        { "a prorated total sum above cases × maximum", "proratedTotalSum" },
        { "negative prorated squares", "proratedTotalSquares" },
        { "infinite prorated squares", "proratedTotalSquares" },
        { "more CO means than prorated respondents", "proratedCustomerOrientationCount" },
        { "more SO means than prorated respondents", "proratedSellingOrientationCount" },
        { "a CO sum above count × the scale's maximum", "proratedCustomerOrientationSum" },
        { "an SO sum below count × the scale's minimum", "proratedSellingOrientationSum" },
        { "a list of the wrong length", "keyedItemSquares" },
    };

    [Theory]
    [MemberData(nameof(Impossible))]
    public void AnImpossibleAggregate_IsRefused_ByName(string what, string parameter)
    {
        var parts = new Parts();
        switch (what)
        {
            case "a keyed sum above cases × width": parts.Sums[0] = (2 * 4) + 1; break;
            case "a square below 1 while its sum is not 0": parts.Squares[0] = 0; break;
            case "a square above sum × width": parts.Squares[0] = (parts.Sums[0] * 4) + 1; break;
            case "a product below its square": parts.Products[0] = parts.Squares[0] - 1; break;
            case "a product above sum × k × width": parts.Products[0] = (parts.Sums[0] * 16) + 1; break;
            case "a prorated item count above the prorated cases": parts.ProratedCounts[0] = 3; break;
            case "a prorated item sum below count × the scale's minimum": parts.ProratedSums[0] = (parts.ProratedCounts[0] * 2) - 1; break;
            case "a prorated item sum above count × the scale's maximum": parts.ProratedSums[0] = (parts.ProratedCounts[0] * 6) + 1; break;
            case "a negative point of the distribution": parts.Distribution[0] = -1; parts.Distribution[1] += 1; break;
            case "complete extremes the wrong way round": (parts.CompleteMinimum, parts.CompleteMaximum) = (parts.CompleteMaximum, parts.CompleteMinimum); break;
            case "a complete maximum above k × width": parts.CompleteMaximum = 17; break;
            case "a prorated maximum above k × width": parts.ProratedMaximum = 16.5; break;
            case "prorated extremes without prorated respondents": parts = WithoutProrated(); parts.ProratedMaximum = 1; break;
            case "a prorated total sum that is NaN": parts.ProratedTotalSum = double.NaN; break;
            case "a prorated total sum above cases × maximum": parts.ProratedTotalSum = (2 * parts.ProratedMaximum) + 1; break;
            case "negative prorated squares": parts.ProratedTotalSquares = -1; break;
            case "infinite prorated squares": parts.ProratedTotalSquares = double.PositiveInfinity; break;
            case "more CO means than prorated respondents": parts.CoCount = 3; break;
            case "more SO means than prorated respondents": parts.SoCount = 3; break;
            case "a CO sum above count × the scale's maximum": parts.CoSum = (parts.CoCount * 6) + 0.01; break;
            case "an SO sum below count × the scale's minimum": parts.SoSum = (parts.SoCount * 2) - 0.01; break;
            case "a list of the wrong length": parts.Squares = parts.Squares.Take(3).ToArray(); break;
            default: throw new InvalidOperationException(what);
        }

        var error = Assert.ThrowsAny<ArgumentException>(parts.Build);
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void TheUnchangedAggregates_RebuildTheTally_AndTheirBoundsAreInclusive()
    {
        Assert.Equal(Tally, new Parts().Build());
        Assert.Equal((2L, 2L), (Tally.CompleteCases, Tally.ProratedCases)); // the fixture has both kinds
        var atBounds = new Parts();
        atBounds.CoSum = atBounds.CoCount * 6.0;
        atBounds.SoSum = atBounds.SoCount * 2.0;
        atBounds.Build(); // sums exactly at count × max and count × min are possible
        var listed = Assert.Throws<ArgumentException>(() => { var p = new Parts(); p.Squares = p.Squares.Take(3).ToArray(); p.Build(); });
        Assert.Contains("the items or scale points", listed.Message);
    }

    [Fact]
    public void Tallies_WithAndWithoutProratedRespondents_MergeTheirExtremes()
    {
        SocoTally complete = Four.Tally([[6, 2, 5, 3]]);
        SocoTally prorated = Four.Tally([[5, M, 6, 2]]);
        SocoTally merged = complete + prorated;
        Assert.Equal((complete.CompleteMinimum, complete.CompleteMaximum), (merged.CompleteMinimum, merged.CompleteMaximum));
        Assert.Equal((prorated.ProratedMinimum, prorated.ProratedMaximum), (merged.ProratedMinimum, merged.ProratedMaximum));
        Assert.Equal(Math.Max(complete.CompleteMaximum, prorated.ProratedMaximum), merged.ToSummary().MaximumTotal - (4 * 2));
        SocoTally onlyProrated = prorated + Four.Tally([[M, 3, 2, M]]);
        Assert.Equal((0L, 0L), (onlyProrated.CompleteMinimum, onlyProrated.CompleteMaximum));
        Assert.Equal(Four.Tally([[5, M, 6, 2], [M, 3, 2, M]]).ToSummary().MaximumTotal, onlyProrated.ToSummary().MaximumTotal);
    }

    private static Parts WithoutProrated()
    {
        SocoTally complete = Four.Tally([[6, 2, 5, 3], [3, 4, 4, 5]]);
        return new Parts
        {
            ProratedCases = 0, ProratedSums = new long[4], ProratedCounts = new long[4], ProratedTotalSum = 0, ProratedTotalSquares = 0,
            ProratedMinimum = 0, ProratedMaximum = 0, CoSum = 0, CoCount = 0, SoSum = 0, SoCount = 0, Distribution = complete.MeanDistribution.ToArray(),
        };
    }
}
