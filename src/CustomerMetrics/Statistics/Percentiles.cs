using System;

namespace CustomerMetrics.Statistics;

/// <summary>
/// Sample percentiles by Hyndman &amp; Fan's definition 7 (Excel PERCENTILE.INC, numpy's default, R's
/// default): with n sorted values and h = (n − 1)·p, the percentile is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
/// One percentile is found by selection (expected O(n)); several share one sort.
/// </summary>
internal static class Percentiles
{
    /// <summary>Type-7 percentile of values already in ascending order; <paramref name="fraction"/> in [0, 1].</summary>
    internal static double FromSorted(ReadOnlySpan<double> sorted, double fraction)
    {
        if (sorted.IsEmpty)
        {
            return double.NaN;
        }

        double h = (sorted.Length - 1) * fraction;
        int lower = (int)Math.Floor(h);
        if (lower >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        return Interpolate(sorted[lower], sorted[lower + 1], h - lower);
    }

    /// <summary>
    /// Type-7 percentile by selection: rearranges <paramref name="scratch"/> (a copy the caller owns) so
    /// that the ⌊h⌋-th smallest value is in place, and takes the next one as the minimum of the rest.
    /// </summary>
    internal static double BySelection(Span<double> scratch, double fraction)
    {
        if (scratch.IsEmpty)
        {
            return double.NaN;
        }

        double h = (scratch.Length - 1) * fraction;
        int lower = (int)Math.Floor(h);
        if (lower >= scratch.Length - 1)
        {
            lower = scratch.Length - 1;
        }

        double low = Select(scratch, lower);
        if (lower == scratch.Length - 1 || h == lower)
        {
            return low;
        }

        // Everything after position `lower` is ≥ the selected value; the next order statistic is their minimum.
        double high = double.PositiveInfinity;
        foreach (double value in scratch.Slice(lower + 1))
        {
            high = Math.Min(high, value);
        }

        return Interpolate(low, high, h - lower);
    }

    /// <summary>
    /// Puts the k-th smallest value (0-based) at index k, smaller or equal values before it and greater
    /// or equal after it: Hoare-partition quickselect with a median-of-three pivot, falling back to a sort
    /// of the remaining range if partitions stop shrinking, so the worst case stays O(n log n).
    /// </summary>
    internal static double Select(Span<double> values, int k)
    {
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

        return values[k];
    }

    private static double Interpolate(double low, double high, double weight) =>
        weight == 0 ? low : low + (weight * (high - low));

    private static double MedianOfThree(double a, double b, double c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));

    private static int BitLength(int n) => 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)n);
}
