using System;

namespace CustomerMetrics;

/// <summary>
/// Fills a <see cref="SocoTally"/> one respondent at a time: the reference path that every faster
/// kernel is compared with. O(items) work and no allocation per respondent.
/// </summary>
internal sealed class SocoTallyBuilder
{
    private readonly SocoInstrument instrument;
    private readonly long[] keyedItemSums;
    private readonly long[] keyedItemSquares;
    private readonly long[] keyedItemTotalProducts;
    private readonly long[] proratedItemSums;
    private readonly long[] proratedItemCounts;
    private readonly long[] meanDistribution;
    private readonly long[] keyed;

    // The scale point each complete total's mean rounds to, looked up rather than divided per respondent.
    private readonly int[] pointOfTotal;
    private long undefined;
    private long completeCases;
    private long completeMinimum = long.MaxValue;
    private long completeMaximum = long.MinValue;
    private long proratedCases;
    private double proratedTotalSum;
    private double proratedTotalSquares;
    private double proratedMinimum = double.PositiveInfinity;
    private double proratedMaximum = double.NegativeInfinity;
    private double proratedCustomerOrientationSum;
    private long proratedCustomerOrientationCount;
    private double proratedSellingOrientationSum;
    private long proratedSellingOrientationCount;

    internal SocoTallyBuilder(SocoInstrument instrument)
    {
        this.instrument = instrument;
        int k = instrument.Items.Count;
        keyedItemSums = new long[k];
        keyedItemSquares = new long[k];
        keyedItemTotalProducts = new long[k];
        proratedItemSums = new long[k];
        proratedItemCounts = new long[k];
        keyed = new long[k];
        meanDistribution = new long[instrument.ScaleMax - instrument.ScaleMin + 1];
        pointOfTotal = new int[(k * (instrument.ScaleMax - instrument.ScaleMin)) + 1];
        for (int total = 0; total < pointOfTotal.Length; total++)
        {
            pointOfTotal[total] = RoundedMeanPoint(total, k);
        }
    }

    /// <summary>Scores one respondent whose answers have one entry per item, adds them, and returns the score.</summary>
    internal SocoScore Add(ReadOnlySpan<int> answers, string paramName, long respondent)
    {
        SocoScore score = instrument.ScoreCore(answers, paramName, respondent);
        if (!score.IsDefined)
        {
            undefined++;
        }
        else if (score.Answered == answers.Length)
        {
            AddComplete(answers);
        }
        else
        {
            AddProrated(answers, score);
        }

        return score;
    }

    /// <summary>Adds a complete case from the sums a kernel already computed for it.</summary>
    internal void AddCompleteKeyed(ReadOnlySpan<long> keyedAnswers, long total)
    {
        completeCases++;
        for (int i = 0; i < keyedAnswers.Length; i++)
        {
            long x = keyedAnswers[i];
            keyedItemSums[i] += x;
            keyedItemSquares[i] += x * x;
            keyedItemTotalProducts[i] += x * total;
        }

        AddCompleteTotal(total);
    }

    /// <summary>Adds the totals of complete cases whose per-item sums a kernel adds itself (see <see cref="AddItemSums"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // into the kernel's call-free loop
    internal void AddCompleteTotal(long total)
    {
        completeMinimum = Math.Min(completeMinimum, total);
        completeMaximum = Math.Max(completeMaximum, total);
        meanDistribution[pointOfTotal[total]]++;
    }

    /// <summary>Adds per-item sums a kernel accumulated over <paramref name="cases"/> complete cases.</summary>
    internal void AddItemSums(ReadOnlySpan<long> sums, ReadOnlySpan<long> squares, ReadOnlySpan<long> totalProducts, long cases)
    {
        completeCases += cases;
        for (int i = 0; i < sums.Length; i++)
        {
            keyedItemSums[i] += sums[i];
            keyedItemSquares[i] += squares[i];
            keyedItemTotalProducts[i] += totalProducts[i];
        }
    }

    internal SocoTally ToTally()
    {
        bool anyComplete = completeCases > 0;
        bool anyProrated = proratedCases > 0;
        return new SocoTally(
            instrument,
            undefined,
            completeCases,
            keyedItemSums,
            keyedItemSquares,
            keyedItemTotalProducts,
            anyComplete ? completeMinimum : 0,
            anyComplete ? completeMaximum : 0,
            proratedCases,
            proratedItemSums,
            proratedItemCounts,
            proratedTotalSum,
            proratedTotalSquares,
            anyProrated ? proratedMinimum : 0,
            anyProrated ? proratedMaximum : 0,
            proratedCustomerOrientationSum,
            proratedCustomerOrientationCount,
            proratedSellingOrientationSum,
            proratedSellingOrientationCount,
            meanDistribution);
    }

    /// <summary>
    /// The scale point (from the lowest) that a complete case's mean rounds to, half away from zero:
    /// mean − min = T / k ≥ 0, so it is ⌊T / k + ½⌋ = (2T + k) div 2k, exactly (no double rounding).
    /// </summary>
    internal static int RoundedMeanPoint(long total, int items) => (int)(((2 * total) + items) / (2L * items));

    private void AddComplete(ReadOnlySpan<int> answers)
    {
        long total = 0;
        for (int i = 0; i < answers.Length; i++)
        {
            keyed[i] = instrument.Keyed(i, answers[i]) - instrument.ScaleMin;
            total += keyed[i];
        }

        AddCompleteKeyed(keyed, total);
    }

    private void AddProrated(ReadOnlySpan<int> answers, SocoScore score)
    {
        proratedCases++;
        double shifted = score.Total - instrument.MinimumTotal;
        proratedTotalSum += shifted;
        proratedTotalSquares += shifted * shifted;
        proratedMinimum = Math.Min(proratedMinimum, shifted);
        proratedMaximum = Math.Max(proratedMaximum, shifted);
        if (!double.IsNaN(score.CustomerOrientation))
        {
            proratedCustomerOrientationSum += score.CustomerOrientation;
            proratedCustomerOrientationCount++;
        }

        if (!double.IsNaN(score.SellingOrientation))
        {
            proratedSellingOrientationSum += score.SellingOrientation;
            proratedSellingOrientationCount++;
        }

        for (int i = 0; i < answers.Length; i++)
        {
            if (answers[i] != SocoInstrument.Missing)
            {
                proratedItemSums[i] += answers[i];
                proratedItemCounts[i]++;
            }
        }

        // Half up, as RoundedMeanPoint rounds the complete cases: rounding half away from zero sent a prorated
        // mean of −1.5 to −2 and a complete one to −1 on scales below zero.
        int point = (int)Math.Floor(score.Mean - instrument.ScaleMin + 0.5);
        // Stryker disable once Arithmetic : equivalent, the clamp's upper end is never passed: a mean lies on the scale
        meanDistribution[Math.Clamp(point, 0, meanDistribution.Length - 1)]++;
    }
}
