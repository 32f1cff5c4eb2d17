using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Soco;

/// <summary>
/// Every figure of a SOCO summary against the textbook statistics of the respondents' own scores and answers,
/// computed here in two passes from the raw data (the library works from integer sums of keyed answers).
/// </summary>
public class SocoSummaryReferenceTests
{
    /// <summary>A random instrument with random respondents, some answers missing.</summary>
    private static readonly Arbitrary<(SocoInstrument Instrument, int[][] Respondents)> Teams =
        SocoTallyTests.Teams(maxItems: 12, maxWidth: 9, missingOneIn: 13).ToArbitrary();

    [Fact]
    public void Summary_EqualsTheStatisticsOfTheScoresAndAnswers()
    {
        Prop.ForAll(Teams, team =>
        {
            (SocoInstrument instrument, int[][] respondents) = team;
            SocoSummary summary = instrument.Summarize(respondents);
            var scored = respondents.Select(r => (Answers: r, Score: instrument.Score(r))).Where(x => !double.IsNaN(x.Score.Total)).ToList();
            int[][] complete = scored.Where(x => !x.Score.IsProrated).Select(x => x.Answers).ToArray();

            Assert.Equal(scored.Count, summary.Count);
            Assert.Equal(respondents.Length - scored.Count, summary.Undefined);
            Assert.Equal(complete.Length, summary.CompleteCases);
            double[] totals = scored.Select(x => x.Score.Total).ToArray();
            Close(Mean(totals), summary.MeanTotal, "mean total");
            Close(SampleDeviation(totals), summary.StandardDeviation, "standard deviation");
            Close(totals.Length == 0 ? double.NaN : totals.Min(), summary.MinimumTotal, "minimum");
            Close(totals.Length == 0 ? double.NaN : totals.Max(), summary.MaximumTotal, "maximum");
            Close(Mean(scored.Select(x => x.Score.Pomp)), summary.MeanPomp, "mean POMP");
            Close(Mean(scored.Select(x => x.Score.CustomerOrientation).Where(v => !double.IsNaN(v))), summary.MeanCustomerOrientation, "mean CO");
            Close(Mean(scored.Select(x => x.Score.SellingOrientation).Where(v => !double.IsNaN(v))), summary.MeanSellingOrientation, "mean SO");

            // The distribution of mean answers by scale point, a mean halfway between two points counted at the higher.
            long[] distribution = new long[instrument.ScaleMax - instrument.ScaleMin + 1];
            foreach (var x in scored)
            {
                int point = (int)Math.Floor(x.Score.Mean - instrument.ScaleMin + 0.5);
                distribution[Math.Clamp(point, 0, distribution.Length - 1)]++;
            }

            Assert.Equal(distribution, summary.MeanDistribution);

            // Reliability from the complete cases' keyed answers.
            int k = instrument.Items.Count;
            double[][] keyed = complete.Select(row => row.Select((a, i) => Keyed(instrument, i, a)).ToArray()).ToArray();
            double alpha = Alpha(keyed, Enumerable.Range(0, k).ToArray());
            Close(alpha, summary.CronbachAlpha, "alpha");

            // SEM² = var(T)·(1 − α), compared squared: near α = 1 the reference's 1 − α is rounding noise, whose
            // square root (~1e-8) would swamp the comparison; the library computes it from exact integer sums.
            double totalVariance = Square(SampleDeviation(keyed.Select(row => row.Sum()).ToArray()));
            Assert.True(
                double.IsNaN(alpha) ? double.IsNaN(summary.StandardErrorOfMeasurement) : Math.Abs((totalVariance * (1 - alpha)) - Square(summary.StandardErrorOfMeasurement)) <= 1e-9 * Math.Max(1, totalVariance),
                $"SEM: expected the root of {totalVariance * (1 - alpha):R}, got {summary.StandardErrorOfMeasurement:R}");
            for (int i = 0; i < k; i++)
            {
                SocoItemStatistics item = summary.Items[i];
                Assert.Equal((i + 1, instrument.Items[i].Polarity), (item.Number, item.Polarity));
                Close(Mean(scored.Select(x => x.Answers[i]).Where(a => a != SocoInstrument.Missing).Select(a => (double)a)), item.Mean, $"item {i + 1} mean");
                Close(SampleDeviation(complete.Select(row => (double)row[i]).ToArray()), item.StandardDeviation, $"item {i + 1} SD");
                int item1 = i;
                double[] own = keyed.Select(row => row[item1]).ToArray();
                double[] rest = keyed.Select(row => row.Sum() - row[item1]).ToArray();
                Close(Correlation(own, rest), item.CorrectedItemTotalCorrelation, $"item {i + 1} item-rest r");
                Close(Alpha(keyed, Enumerable.Range(0, k).Where(j => j != item1).ToArray()), item.AlphaIfDeleted, $"item {i + 1} alpha if deleted");
            }
        }).Check(Properties.Default);
    }

    [Fact]
    public void PerfectlyConsistentItems_HaveAlphaOne_AndNoErrorOfMeasurement()
    {
        // Two customer-oriented items whose answers differ by 2 for everyone: the items move together, so α is 1 and
        // the SEM 0 exactly. From variances in doubles (1/3 is not exact) α came out as 0.999999999999998 and the
        // SEM as 5.2e-8; the property test below found it.
        var instrument = new SocoInstrument(Enumerable.Range(1, 2).Select(i => new SocoItem(i, ItemPolarity.CustomerOriented, $"item {i}")), -2, 4);
        SocoSummary summary = instrument.Summarize([[-1, 1], [-1, 1], [-2, 0]]);
        Assert.Equal(1.0, summary.CronbachAlpha);
        Assert.Equal(0.0, summary.StandardErrorOfMeasurement);
    }

    [Fact]
    public void ItemRestCorrelation_OfARestThatDoesNotVary_IsNaN_NotANoisyNumber()
    {
        // Item 1 varies, items 2 and 3 add up to 8 for everyone: the rest of item 1 is constant.
        var instrument = new SocoInstrument(Enumerable.Range(1, 3).Select(i => new SocoItem(i, ItemPolarity.CustomerOriented, $"item {i}")), 1, 9);
        SocoSummary summary = instrument.Summarize([[1, 3, 5], [9, 5, 3], [4, 7, 1], [6, 2, 6]]);
        Assert.True(double.IsNaN(summary.Items[0].CorrectedItemTotalCorrelation), $"got {summary.Items[0].CorrectedItemTotalCorrelation}");
        Assert.All(summary.Items, item => Assert.True(double.IsNaN(item.CorrectedItemTotalCorrelation) || Math.Abs(item.CorrectedItemTotalCorrelation) <= 1));
    }

    private static double Keyed(SocoInstrument instrument, int item, int answer) =>
        instrument.Items[item].Polarity == ItemPolarity.CustomerOriented ? answer - instrument.ScaleMin : instrument.ScaleMax - answer;

    private static double Mean(IEnumerable<double> values)
    {
        double[] all = values.ToArray();
        return all.Length == 0 ? double.NaN : all.Average();
    }

    private static double SampleDeviation(double[] values)
    {
        if (values.Length < 2)
        {
            return double.NaN;
        }

        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }

    private static double Correlation(double[] x, double[] y)
    {
        if (x.Length < 2)
        {
            return double.NaN;
        }

        double mx = x.Average();
        double my = y.Average();
        double sxx = x.Sum(v => (v - mx) * (v - mx));
        double syy = y.Sum(v => (v - my) * (v - my));
        double sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : double.NaN;
    }

    /// <summary>Cronbach's alpha of the given items: k/(k − 1)·(1 − Σ item variances / total variance); NaN below two items or without variance.</summary>
    private static double Alpha(double[][] keyed, int[] items)
    {
        if (items.Length < 2 || keyed.Length < 2)
        {
            return double.NaN;
        }

        double itemVariances = items.Sum(i => Square(SampleDeviation(keyed.Select(row => row[i]).ToArray())));
        double totalVariance = Square(SampleDeviation(keyed.Select(row => items.Sum(i => row[i])).ToArray()));
        return totalVariance > 0 ? items.Length / (items.Length - 1.0) * (1 - (itemVariances / totalVariance)) : double.NaN;
    }

    private static double Square(double x) => x * x;

    private static void Close(double expected, double actual, string what) =>
        Assert.True(
            double.IsNaN(expected) ? double.IsNaN(actual) : Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)),
            $"{what}: expected {expected:R}, got {actual:R}");
}
