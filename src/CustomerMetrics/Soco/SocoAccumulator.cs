using System;

namespace CustomerMetrics;

/// <summary>
/// Sums over respondents, one at a time, from which every summary figure follows: O(items) work and
/// no allocation per respondent. Keyed answers and totals are shifted by the scale minimum so that
/// the sums of integer answers stay exact in doubles.
/// </summary>
internal sealed class SocoAccumulator
{
    private readonly SocoInstrument instrument;
    private readonly double[] keyedSum;
    private readonly double[] keyedSquares;
    private readonly double[] keyedTimesTotal;
    private readonly double[] rawSum;
    private readonly long[] rawCount;
    private readonly long[] meanDistribution;
    private int count;
    private int undefined;
    private int complete;
    private double totalSum;
    private double totalSquares;
    private double minimum = double.PositiveInfinity;
    private double maximum = double.NegativeInfinity;
    private double pompSum;
    private double coSum;
    private int coCount;
    private double soSum;
    private int soCount;
    private double completeTotalSum;
    private double completeTotalSquares;

    internal SocoAccumulator(SocoInstrument instrument)
    {
        this.instrument = instrument;
        int k = instrument.Items.Count;
        keyedSum = new double[k];
        keyedSquares = new double[k];
        keyedTimesTotal = new double[k];
        rawSum = new double[k];
        rawCount = new long[k];
        meanDistribution = new long[instrument.ScaleMax - instrument.ScaleMin + 1];
    }

    /// <summary>Scores one respondent and adds them; returns the score.</summary>
    internal SocoScore Add(ReadOnlySpan<int> answers, string paramName, long respondent)
    {
        SocoScore score = instrument.ScoreCore(answers, paramName, respondent);
        if (!score.IsDefined)
        {
            undefined++;
            return score;
        }

        count++;
        double shifted = score.Total - instrument.MinimumTotal;
        totalSum += shifted;
        totalSquares += shifted * shifted;
        minimum = Math.Min(minimum, score.Total);
        maximum = Math.Max(maximum, score.Total);
        pompSum += score.Pomp;
        if (!double.IsNaN(score.CustomerOrientation))
        {
            coSum += score.CustomerOrientation;
            coCount++;
        }

        if (!double.IsNaN(score.SellingOrientation))
        {
            soSum += score.SellingOrientation;
            soCount++;
        }

        int point = (int)Math.Round(score.Mean, MidpointRounding.AwayFromZero) - instrument.ScaleMin;
        meanDistribution[Math.Clamp(point, 0, meanDistribution.Length - 1)]++;

        bool isComplete = score.Answered == answers.Length;
        if (isComplete)
        {
            complete++;
            completeTotalSum += shifted;
            completeTotalSquares += shifted * shifted;
        }

        for (int i = 0; i < answers.Length; i++)
        {
            if (answers[i] == SocoInstrument.Missing)
            {
                continue;
            }

            rawSum[i] += answers[i];
            rawCount[i]++;
            if (isComplete)
            {
                double keyed = instrument.Keyed(i, answers[i]) - instrument.ScaleMin;
                keyedSum[i] += keyed;
                keyedSquares[i] += keyed * keyed;
                keyedTimesTotal[i] += keyed * shifted;
            }
        }

        return score;
    }

    internal SocoSummary ToSummary()
    {
        int k = keyedSum.Length;
        double n = complete;
        double totalVariance = SampleVariance(completeTotalSum, completeTotalSquares, complete);
        var variances = new double[k];
        double varianceSum = 0;
        for (int i = 0; i < k; i++)
        {
            variances[i] = SampleVariance(keyedSum[i], keyedSquares[i], complete);
            varianceSum += variances[i];
        }

        double alpha = Alpha(k, varianceSum, totalVariance);
        var items = new SocoItemStatistics[k];
        for (int i = 0; i < k; i++)
        {
            double covarianceWithTotal = complete > 1 ? (keyedTimesTotal[i] - (keyedSum[i] * completeTotalSum / n)) / (n - 1) : double.NaN;
            double restVariance = totalVariance + variances[i] - (2 * covarianceWithTotal);
            double covarianceWithRest = covarianceWithTotal - variances[i];
            double correlation = variances[i] > 0 && restVariance > 0 ? covarianceWithRest / Math.Sqrt(variances[i] * restVariance) : double.NaN;
            SocoItem item = instrument.Items[i];
            items[i] = new SocoItemStatistics(
                item.Number,
                item.Polarity,
                rawCount[i] > 0 ? rawSum[i] / rawCount[i] : double.NaN,
                Math.Sqrt(variances[i]),
                correlation,
                Alpha(k - 1, varianceSum - variances[i], restVariance));
        }

        double completeSd = Math.Sqrt(totalVariance);
        return new SocoSummary(
            count,
            undefined,
            complete,
            count > 0 ? (totalSum / count) + instrument.MinimumTotal : double.NaN,
            Math.Sqrt(SampleVariance(totalSum, totalSquares, count)),
            count > 0 ? minimum : double.NaN,
            count > 0 ? maximum : double.NaN,
            count > 0 ? pompSum / count : double.NaN,
            coCount > 0 ? coSum / coCount : double.NaN,
            soCount > 0 ? soSum / soCount : double.NaN,
            alpha,
            completeSd * Math.Sqrt(1 - alpha),
            Array.AsReadOnly(items),
            Array.AsReadOnly((long[])meanDistribution.Clone()));
    }

    /// <summary>α = k / (k − 1) × (1 − Σ var(itemᵢ) / var(total)); NaN for fewer than two items or no total variance.</summary>
    private static double Alpha(int items, double itemVarianceSum, double totalVariance) =>
        items >= 2 && totalVariance > 0 ? items / (items - 1.0) * (1 - (itemVarianceSum / totalVariance)) : double.NaN;

    private static double SampleVariance(double sum, double squares, int n) =>
        n > 1 ? Math.Max(0, (squares - (sum * sum / n)) / (n - 1)) : double.NaN;
}
