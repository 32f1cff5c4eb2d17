using System;

namespace CustomerMetrics.Statistics;

/// <summary>
/// Sample percentiles by Hyndman &amp; Fan's definition 7 (Excel PERCENTILE.INC, numpy's default, R's
/// default): with n sorted values and h = (n − 1)·p, the percentile is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
/// One percentile is found by selection (expected O(n)); several share one sort.
/// </summary>
internal static class Percentiles
{
    /// <summary>Type-7 percentile of values already in ascending order; <paramref name="percentile"/> in [0, 100].</summary>
    internal static double FromSorted(ReadOnlySpan<double> sorted, double percentile)
    {
        if (sorted.IsEmpty)
        {
            return double.NaN;
        }

        (int lower, double weight) = Position(sorted.Length, percentile);
        return lower >= sorted.Length - 1 ? sorted[sorted.Length - 1] : Interpolate(sorted[lower], sorted[lower + 1], weight);
    }

    /// <summary>
    /// Type-7 percentile (<paramref name="percentile"/> in [0, 100]) by selection: rearranges <paramref name="scratch"/> (a copy the caller owns) so
    /// that the ⌊h⌋-th smallest value is in place, and takes the next one as the minimum of the rest.
    /// </summary>
    internal static double BySelection(Span<double> scratch, double percentile)
    {
        if (scratch.IsEmpty)
        {
            return double.NaN;
        }

        (int lower, double weight) = Position(scratch.Length, percentile);

        // Stryker disable Arithmetic,Logical,Block : equivalent, guards for the 100th percentile, whose weight is 0 and whose position is the last
        lower = Math.Min(lower, scratch.Length - 1);
        double low = Select(scratch, lower);
        if (lower == scratch.Length - 1 || weight == 0)
        {
            return low;
        }

        // Stryker restore Arithmetic,Logical,Block
        // Everything after position `lower` is ≥ the selected value; the next order statistic is their minimum.
        double high = double.PositiveInfinity;
        foreach (double value in scratch.Slice(lower + 1))
        {
            high = Math.Min(high, value);
        }

        return Interpolate(low, high, weight);
    }

    /// <summary>
    /// ⌊h⌋ and h − ⌊h⌋ for h = (n − 1)·p / 100. The fraction is taken before dividing by 100, so that
    /// whole percentiles give exact weights: the 90th of 10 values is 45 + 0.1 × 15 = 46.5, not 46.49999999999999.
    /// </summary>
    internal static (int Lower, double Weight) Position(int count, double percentile)
    {
        double scaled = (count - 1) * percentile;
        double lower = Math.Floor(scaled / 100);
        return ((int)lower, Math.Max(0, (scaled - (lower * 100)) / 100));
    }

    /// <summary>
    /// Puts the k-th smallest value (0-based) at index k, smaller or equal values before it and greater
    /// or equal after it: Hoare-partition quickselect with a median-of-three pivot, falling back to a sort
    /// of the remaining range if partitions stop shrinking, so the worst case stays O(n log n).
    /// </summary>
    internal static double Select(Span<double> values, int k)
    {
        // Stryker disable all : the quickselect's safeguards (budget, pivot, scan steps) are equivalent, a spoilt partition ending in the sort; the mutants that select a wrong value share their statements, and the selection properties kill those
        int left = 0;
        int right = values.Length - 1;
        int budget = 2 * (BitLength(values.Length) + 1);
        while (right > left)
        {
            if (budget-- == 0)
            {
                values.Slice(left, right - left + 1).Sort();
                break;
            }

            int middle = left + ((right - left) / 2);
            double pivot = MedianOfThree(values[left], values[middle], values[right]);
            int i = left;
            int j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            // Now [left, j] ≤ pivot ≤ [i, right], and anything between j and i equals the pivot.
            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                break;
            }
        }

        // Stryker restore all
        return values[k];
    }

    /// <summary>
    /// low + w·(high − low), the usual form, which is exact at whole positions and monotone; when the
    /// difference overflows (−MaxValue and MaxValue) the equivalent low·(1 − w) + high·w, which does not.
    /// </summary>
    internal static double Interpolate(double low, double high, double weight)
    {
        if (weight == 0 || low == high)
        {
            return low;
        }

        double difference = high - low;
        return double.IsInfinity(difference) ? (low * (1 - weight)) + (high * weight) : low + (weight * difference);
    }

    // Stryker disable once all : equivalent, the pivot's choice only changes how fast selection runs
    private static double MedianOfThree(double a, double b, double c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));

    // Stryker disable once all : equivalent, the budget's bit length only changes when selection falls back to the sort
    private static int BitLength(int n)
    {
        int bits = 0;
        for (; n > 0; n >>= 1)
        {
            bits++;
        }

        return bits;
    }
}
