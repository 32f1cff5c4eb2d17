using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Soco;

public class SocoPropertyTests
{
    /// <summary>A random instrument (1..30 items, random polarity, a scale inside 0..20) with random respondents, some answers missing.</summary>
    private static readonly Arbitrary<(SocoInstrument Instrument, int[][] Respondents)> Teams =
        (from k in Gen.Choose(1, 30)
         from polarities in Gen.Elements(ItemPolarity.CustomerOriented, ItemPolarity.SellingOriented).ArrayOf(k)
         from min in Gen.Choose(0, 5)
         from width in Gen.Choose(1, 15)
         from share in Gen.Choose(5, 10).Select(s => s / 10.0)
         let instrument = new SocoInstrument(polarities.Select((p, i) => new SocoItem(i + 1, p, $"item {i + 1}")), min, min + width, share)
         from respondents in Gen.OneOf(Gen.Choose(min, min + width), Gen.Constant(SocoInstrument.Missing)).ArrayOf(k).ArrayOf()
         select (instrument, respondents)).ToArbitrary();

    [Fact]
    public void Total_IsWithinTheInstrumentsRange_AndPompWithin0And100()
    {
        Prop.ForAll(Teams, team => team.Respondents.All(answers =>
        {
            SocoScore score = team.Instrument.Score(answers);
            return !score.IsDefined
                || (score.Total >= team.Instrument.MinimumTotal - 1e-9 && score.Total <= team.Instrument.MaximumTotal + 1e-9
                    && score.Pomp >= -1e-9 && score.Pomp <= 100 + 1e-9);
        })).Check(Properties.Default);
    }

    [Fact]
    public void ReversingEveryAnswer_MirrorsTheTotal()
    {
        Prop.ForAll(Teams, team => team.Respondents.All(answers =>
        {
            SocoInstrument instrument = team.Instrument;
            int[] reversed = answers.Select(a => a == SocoInstrument.Missing ? a : instrument.ScaleMin + instrument.ScaleMax - a).ToArray();
            SocoScore score = instrument.Score(answers);
            SocoScore mirror = instrument.Score(reversed);
            return score.IsDefined == mirror.IsDefined
                && (!score.IsDefined || Math.Abs(mirror.Total - (instrument.MinimumTotal + instrument.MaximumTotal - score.Total)) < 1e-9);
        })).Check(Properties.Default);
    }

    [Fact]
    public void Batch_EqualsOneByOne()
    {
        Prop.ForAll(Teams, team =>
        {
            SocoInstrument instrument = team.Instrument;
            int[] matrix = team.Respondents.SelectMany(r => r).ToArray();
            byte[] bytes = matrix.Select(a => a == SocoInstrument.Missing ? SocoInstrument.MissingByte : (byte)a).ToArray();
            var fromInts = new SocoScore[team.Respondents.Length];
            var fromBytes = new SocoScore[team.Respondents.Length];
            int rows = instrument.ScoreBatch(matrix, fromInts);
            instrument.ScoreBatch(bytes, fromBytes);
            SocoScore[] oneByOne = team.Respondents.Select(r => instrument.Score(r)).ToArray();

            SocoSummary expected = instrument.Summarize(team.Respondents);
            return rows == team.Respondents.Length
                && fromInts.SequenceEqual(oneByOne)
                && fromBytes.SequenceEqual(oneByOne)
                && SameSummary(expected, instrument.SummarizeBatch(matrix))
                && SameSummary(expected, instrument.SummarizeBatch(bytes));
        }).Check(Properties.Default);
    }

    [Fact]
    public void Alpha_IsAtMostOne()
    {
        Prop.ForAll(Teams, team =>
        {
            double alpha = team.Instrument.Summarize(team.Respondents).CronbachAlpha;
            return double.IsNaN(alpha) || alpha <= 1 + 1e-12;
        }).Check(Properties.Default);
    }

    private static bool SameSummary(SocoSummary a, SocoSummary b) =>
        a.Count == b.Count
        && a.Undefined == b.Undefined
        && a.CompleteCases == b.CompleteCases
        && a.MeanTotal.Equals(b.MeanTotal)
        && a.StandardDeviation.Equals(b.StandardDeviation)
        && a.CronbachAlpha.Equals(b.CronbachAlpha)
        && a.Items.SequenceEqual(b.Items)
        && a.MeanDistribution.SequenceEqual(b.MeanDistribution);
}
