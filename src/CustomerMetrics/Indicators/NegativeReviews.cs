using System;

namespace CustomerMetrics;

/// <summary>The share of negative reviews, compared with the range typical for the market.</summary>
/// <remarks>The sources' clinic: 12 negative reviews of more than 300, 4 %, against 15–20 % typical for the market. Pure and thread-safe.</remarks>
public static class NegativeReviews
{
    /// <summary>The share of negative reviews and where it lies relative to a market range.</summary>
    /// <param name="reviews">All reviews.</param>
    /// <param name="negative">Negative reviews, at most <paramref name="reviews"/>.</param>
    /// <param name="marketLow">The lower end of the range typical for the market, a share in [0, 1] (0.15 for 15 %).</param>
    /// <param name="marketHigh">The upper end, in [<paramref name="marketLow"/>, 1].</param>
    /// <param name="level">Confidence level of the interval, in (0, 1); 0.95 by default.</param>
    /// <returns>The share, its interval and its position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, <paramref name="negative"/> exceeds <paramref name="reviews"/>, the range is not within [0, 1], or the level is not in (0, 1).</exception>
    /// <exception cref="ArgumentException">The range's ends are reversed.</exception>
    public static ShareBenchmark Compare(long reviews, long negative, double marketLow, double marketHigh, double level = 0.95) =>
        new(Proportion.Of(negative, reviews, nameof(negative), nameof(reviews)), marketLow, marketHigh, level);
}
