using System;
using System.Collections.Generic;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Customer satisfaction (CSAT) from ratings on a 1..max scale: the share of top-2-box answers (4–5
/// on a 1–5 scale), and the mean-based variant.
/// </summary>
/// <remarks>
/// The sources report a "satisfaction level" such as 78 %: that is the CSAT of 78 satisfied
/// (4 or 5) answers out of 100. All methods are pure and thread-safe.
/// </remarks>
public static class Satisfaction
{
    /// <summary>CSAT: the share of ratings in the top two boxes (scaleMax − 1 and scaleMax).</summary>
    /// <param name="ratings">Ratings from 1 to <paramref name="scaleMax"/>.</param>
    /// <param name="scaleMax">The top of the scale, 2 to 254; 5 by default.</param>
    /// <returns>The share in [0, 1]; NaN with no ratings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale is invalid, or a rating is outside it (position and value are named).</exception>
    public static double Csat(ReadOnlySpan<byte> ratings, int scaleMax = 5) => Calculate(ratings, scaleMax).Csat;

    /// <summary>CSAT, the mean rating, the mean as a percent of the scale, and the distribution.</summary>
    /// <param name="ratings">Ratings from 1 to <paramref name="scaleMax"/>.</param>
    /// <param name="scaleMax">The top of the scale, 2 to 254; 5 by default.</param>
    /// <returns>The summary; NaN figures with no ratings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale is invalid, or a rating is outside it (position and value are named).</exception>
    public static SatisfactionResult Calculate(ReadOnlySpan<byte> ratings, int scaleMax = 5)
    {
        if (scaleMax is < 2 or > 254)
        {
            Preconditions.ThrowOutOfRange(nameof(scaleMax), scaleMax, "The scale should run from 1 to a maximum between 2 and 254.");
        }

        long[] distribution = new long[scaleMax];
        for (int i = 0; i < ratings.Length; i++)
        {
            int rating = ratings[i];
            if (rating < 1 || rating > scaleMax)
            {
                Preconditions.ThrowOutOfRange(nameof(ratings), rating, Preconditions.Format($"The rating at position {i} is {rating}; ratings should be in [1, {scaleMax}]."));
            }

            distribution[rating - 1]++;
        }

        return FromCheckedDistribution(scaleMax, distribution);
    }

    /// <summary>
    /// Internal and external satisfaction side by side (source 004: every department is the internal
    /// customer of another, and the way it is served shows in how external customers are served).
    /// </summary>
    /// <param name="internalRatings">Ratings by internal customers (other departments), 1 to <paramref name="scaleMax"/>.</param>
    /// <param name="externalRatings">Ratings by external customers, on the same scale.</param>
    /// <param name="scaleMax">The top of the scale, 2 to 254; 5 by default.</param>
    /// <param name="level">Confidence level of the comparison, in (0, 1); 0.95 by default.</param>
    /// <returns>Both results, the gap and its significance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale or the level is invalid, or a rating is outside the scale (its list, position and value are named).</exception>
    public static SatisfactionGap CompareInternalExternal(ReadOnlySpan<byte> internalRatings, ReadOnlySpan<byte> externalRatings, int scaleMax = 5, double level = 0.95)
    {
        Preconditions.CheckConfidenceLevel(nameof(level), level);
        return new SatisfactionGap(Calculate(internalRatings, scaleMax), Calculate(externalRatings, scaleMax), level);
    }

    /// <summary>The result of a distribution stored elsewhere (the counts of ratings 1..scaleMax), checked and summarised as <see cref="Calculate"/> summarises ratings.</summary>
    internal static SatisfactionResult FromDistribution(int scaleMax, IReadOnlyList<long> distribution)
    {
        if (scaleMax is < 2 or > 254)
        {
            Preconditions.ThrowOutOfRange(nameof(scaleMax), scaleMax, "The scale should run from 1 to a maximum between 2 and 254.");
        }

        Preconditions.CheckSameLength(nameof(distribution), scaleMax, distribution.Count, "the scale's points");
        long[] counts = new long[scaleMax];
        long total = 0;
        for (int i = 0; i < scaleMax; i++)
        {
            Preconditions.CheckNonNegative(nameof(distribution), distribution[i]);
            counts[i] = distribution[i];
            total = CountSums.Add(total, counts[i], "ratings");
        }

        return FromCheckedDistribution(scaleMax, counts);
    }

    private static SatisfactionResult FromCheckedDistribution(int scaleMax, long[] distribution)
    {
        long n = 0;
        long sum = 0;
        for (int rating = 1; rating <= scaleMax; rating++)
        {
            n += distribution[rating - 1];
            sum += rating * distribution[rating - 1];
        }

        // Stryker disable once Block : equivalent, a fast path; with no rating every figure is 0 / 0, NaN as well
        if (n == 0)
        {
            return new SatisfactionResult(0, scaleMax, double.NaN, double.NaN, double.NaN, Array.AsReadOnly(distribution));
        }

        double mean = (double)sum / n;
        double topTwo = distribution[scaleMax - 1] + distribution[scaleMax - 2];
        return new SatisfactionResult(n, scaleMax, topTwo / n, mean, (mean - 1) / (scaleMax - 1) * 100, Array.AsReadOnly(distribution));
    }
}
