using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Soco;

/// <summary>The SOCO tally: merge = whole, the monoid laws, aggregates in and out, and bad aggregates refused.</summary>
public class SocoTallyTests
{
    /// <summary>
    /// A random instrument of up to <paramref name="maxItems"/> items on a scale up to <paramref name="maxWidth"/>
    /// wide, with random respondents; one answer in <paramref name="missingOneIn"/> is missing.
    /// </summary>
    internal static Gen<(SocoInstrument Instrument, int[][] Respondents)> Teams(int maxItems, int maxWidth, int missingOneIn) =>
        from k in Gen.Choose(1, maxItems)
        from polarities in Gen.Elements(ItemPolarity.CustomerOriented, ItemPolarity.SellingOriented).ArrayOf(k)
        from min in Gen.Choose(-3, 5)
        from width in Gen.Choose(1, maxWidth)
        from share in Gen.Choose(5, 10).Select(s => s / 10.0)
        let instrument = new SocoInstrument(polarities.Select((p, i) => new SocoItem(i + 1, p, $"item {i + 1}")), min, min + width, share)
        from respondents in Gen.Frequency((missingOneIn - 1, Gen.Choose(min, min + width)), (1, Gen.Constant(SocoInstrument.Missing))).ArrayOf(k).ArrayOf()
        select (instrument, respondents);

    /// <summary>A random instrument with random respondents (some answers missing) split into three parts at random.</summary>
    private static readonly Arbitrary<(SocoInstrument Instrument, int[][] Respondents, int FirstCut, int SecondCut)> SplitTeams =
        (from team in Teams(maxItems: 30, maxWidth: 15, missingOneIn: 10)
         from first in Gen.Choose(0, team.Respondents.Length)
         from second in Gen.Choose(first, team.Respondents.Length)
         select (team.Instrument, team.Respondents, first, second)).ToArbitrary();

    [Fact]
    public void Merge_EqualsWhole_AndTheSummariesAgree()
    {
        Prop.ForAll(SplitTeams, team =>
        {
            (SocoTally a, SocoTally b, SocoTally c, SocoTally whole) = Parts(team);
            SocoTally merged = a + b + c;
            AssertSame(whole, merged);
            AssertSameSummary(whole.ToSummary(), merged.ToSummary());
        }).Check(Properties.Default);
    }

    [Fact]
    public void Merge_OfCompleteCases_IsExact()
    {
        Prop.ForAll(SplitTeams, team =>
        {
            int[][] complete = team.Respondents.Where(r => !r.Contains(SocoInstrument.Missing)).ToArray();
            SocoTally whole = team.Instrument.Tally(complete);
            SocoTally merged = team.Instrument.Tally(complete.Skip(team.FirstCut)) + team.Instrument.Tally(complete.Take(team.FirstCut));
            Assert.Equal(whole, merged);
        }).Check(Properties.Default);
    }

    [Fact]
    public void Merge_IsAssociativeAndCommutative_WithEmptyAsIdentity()
    {
        Prop.ForAll(SplitTeams, team =>
        {
            (SocoTally a, SocoTally b, SocoTally c, _) = Parts(team);
            AssertSame((a + b) + c, a + (b + c));
            AssertSame(a + b, b + a);
            Assert.Same(a, a + SocoTally.Empty);
            Assert.Same(a, SocoTally.Empty + a);
            Assert.Equal(a, a.Add(SocoTally.Empty));
        }).Check(Properties.Default);
    }

    [Fact]
    public void Aggregates_RebuildTheSameTally()
    {
        Prop.ForAll(SplitTeams, team =>
        {
            SocoTally tally = team.Instrument.Tally(team.Respondents);
            var rebuilt = new SocoTally(
                tally.ItemNumbers, tally.Polarities, tally.ScaleMin, tally.ScaleMax, tally.Undefined,
                tally.CompleteCases, tally.KeyedItemSums, tally.KeyedItemSquares, tally.KeyedItemTotalProducts, tally.CompleteMinimum, tally.CompleteMaximum,
                tally.ProratedCases, tally.ProratedItemSums, tally.ProratedItemCounts, tally.ProratedTotalSum, tally.ProratedTotalSquares, tally.ProratedMinimum, tally.ProratedMaximum,
                tally.ProratedCustomerOrientationSum, tally.ProratedCustomerOrientationCount, tally.ProratedSellingOrientationSum, tally.ProratedSellingOrientationCount,
                tally.MeanDistribution);
            Assert.Equal(tally, rebuilt);
            Assert.Equal(tally.GetHashCode(), rebuilt.GetHashCode());
            Assert.Equal(team.Respondents.Length, tally.Respondents);
        }).Check(Properties.Default);
    }

    [Fact]
    public void Summary_FromTheTally_IsTheSourcesArithmetic()
    {
        // Two complete respondents of a 2-item instrument on 1..5 (item 2 reversed): keyed (4, 2) and (2, 4).
        var instrument = new SocoInstrument([new SocoItem(1, ItemPolarity.CustomerOriented, "a"), new SocoItem(2, ItemPolarity.SellingOriented, "b")], 1, 5);
        SocoTally tally = instrument.Tally([[4, 4], [2, 2]]);
        Assert.Equal(new long[] { 3 + 1, 1 + 3 }, tally.KeyedItemSums);           // x − 1: (3, 1) and (1, 3)
        Assert.Equal(new long[] { 9 + 1, 1 + 9 }, tally.KeyedItemSquares);
        Assert.Equal(new long[] { 3 * 4 + 1 * 4, 1 * 4 + 3 * 4 }, tally.KeyedItemTotalProducts);
        SocoSummary summary = tally.ToSummary();
        Assert.Equal(6, summary.MeanTotal);
        Assert.Equal(0, summary.StandardDeviation);
        Assert.True(double.IsNaN(summary.CronbachAlpha)); // the totals do not vary
        Assert.Equal(3, summary.Items[0].Mean);
        Assert.Equal(3, summary.Items[1].Mean);
    }

    [Fact]
    public void Merge_OfDifferentInstruments_IsRefused()
    {
        SocoTally full = SocoInstrument.Full24.Tally([Enumerable.Repeat(5, 24).ToArray()]);
        SocoTally shortForm = SocoInstrument.Short10.Tally([Enumerable.Repeat(5, 10).ToArray()]);
        var error = Assert.Throws<ArgumentException>(() => full + shortForm);
        Assert.Equal("right", error.ParamName);
        Assert.Throws<ArgumentNullException>(() => full + null!);
    }

    [Fact]
    public void Aggregates_ThatCannotComeFromAnswers_AreRefused()
    {
        SocoTally ok = SocoInstrument.Short10.Tally([[9, 8, 7, 8, 9, 2, 3, 1, 2, 1], [5, 6, 5, 7, 6, 4, 5, 3, 4, 4]]);
        SocoTally With(long[]? sums = null, long complete = -2, long[]? distribution = null, long minimum = -1) => new(
            ok.ItemNumbers, ok.Polarities, ok.ScaleMin, ok.ScaleMax, ok.Undefined,
            complete == -2 ? ok.CompleteCases : complete, sums ?? ok.KeyedItemSums.ToArray(), ok.KeyedItemSquares, ok.KeyedItemTotalProducts, minimum == -1 ? ok.CompleteMinimum : minimum, ok.CompleteMaximum,
            ok.ProratedCases, ok.ProratedItemSums, ok.ProratedItemCounts, ok.ProratedTotalSum, ok.ProratedTotalSquares, ok.ProratedMinimum, ok.ProratedMaximum,
            ok.ProratedCustomerOrientationSum, ok.ProratedCustomerOrientationCount, ok.ProratedSellingOrientationSum, ok.ProratedSellingOrientationCount,
            distribution ?? ok.MeanDistribution.ToArray());

        Assert.Equal(ok, With());
        Assert.Equal("keyedItemSums", Assert.Throws<ArgumentOutOfRangeException>(() => With(sums: [999, 0, 0, 0, 0, 0, 0, 0, 0, 0])).ParamName);
        Assert.Equal("keyedItemSums", Assert.Throws<ArgumentException>(() => With(sums: [1])).ParamName);
        Assert.Equal("completeCases", Assert.Throws<ArgumentOutOfRangeException>(() => With(complete: -1)).ParamName);
        Assert.Equal("meanDistribution", Assert.Throws<ArgumentException>(() => With(distribution: [0, 0, 0, 0, 0, 0, 0, 0, 0])).ParamName);
        Assert.Equal("completeMaximum", Assert.Throws<ArgumentOutOfRangeException>(() => With(minimum: 80)).ParamName);
    }

    private static (SocoTally A, SocoTally B, SocoTally C, SocoTally Whole) Parts((SocoInstrument Instrument, int[][] Respondents, int FirstCut, int SecondCut) team) =>
        (team.Instrument.Tally(team.Respondents.Take(team.FirstCut)),
         team.Instrument.Tally(team.Respondents.Skip(team.FirstCut).Take(team.SecondCut - team.FirstCut)),
         team.Instrument.Tally(team.Respondents.Skip(team.SecondCut)),
         team.Instrument.Tally(team.Respondents));

    /// <summary>Integer sums equal exactly; the prorated respondents' double sums to 1e-9 relative (their order of addition differs).</summary>
    internal static void AssertSame(SocoTally expected, SocoTally actual)
    {
        Assert.Equal(expected.Undefined, actual.Undefined);
        Assert.Equal(expected.CompleteCases, actual.CompleteCases);
        Assert.Equal(expected.KeyedItemSums, actual.KeyedItemSums);
        Assert.Equal(expected.KeyedItemSquares, actual.KeyedItemSquares);
        Assert.Equal(expected.KeyedItemTotalProducts, actual.KeyedItemTotalProducts);
        Assert.Equal((expected.CompleteMinimum, expected.CompleteMaximum), (actual.CompleteMinimum, actual.CompleteMaximum));
        Assert.Equal(expected.ProratedCases, actual.ProratedCases);
        Assert.Equal(expected.ProratedItemSums, actual.ProratedItemSums);
        Assert.Equal(expected.ProratedItemCounts, actual.ProratedItemCounts);
        Assert.Equal(expected.MeanDistribution, actual.MeanDistribution);
        Close(expected.ProratedTotalSum, actual.ProratedTotalSum);
        Close(expected.ProratedTotalSquares, actual.ProratedTotalSquares);
        Assert.Equal((expected.ProratedMinimum, expected.ProratedMaximum), (actual.ProratedMinimum, actual.ProratedMaximum));
        Close(expected.ProratedCustomerOrientationSum, actual.ProratedCustomerOrientationSum);
        Close(expected.ProratedSellingOrientationSum, actual.ProratedSellingOrientationSum);
    }

    internal static void AssertSameSummary(SocoSummary expected, SocoSummary actual)
    {
        Assert.Equal((expected.Count, expected.Undefined, expected.CompleteCases), (actual.Count, actual.Undefined, actual.CompleteCases));
        Close(expected.MeanTotal, actual.MeanTotal);
        Close(expected.StandardDeviation, actual.StandardDeviation);
        Close(expected.CronbachAlpha, actual.CronbachAlpha);
        Close(expected.StandardErrorOfMeasurement, actual.StandardErrorOfMeasurement);
        Close(expected.MeanCustomerOrientation, actual.MeanCustomerOrientation);
        for (int i = 0; i < expected.Items.Count; i++)
        {
            Close(expected.Items[i].CorrectedItemTotalCorrelation, actual.Items[i].CorrectedItemTotalCorrelation);
            Close(expected.Items[i].AlphaIfDeleted, actual.Items[i].AlphaIfDeleted);
            Close(expected.Items[i].Mean, actual.Items[i].Mean);
        }
    }

    private static void Close(double expected, double actual) =>
        Assert.True(double.IsNaN(expected) ? double.IsNaN(actual) : Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");
}
