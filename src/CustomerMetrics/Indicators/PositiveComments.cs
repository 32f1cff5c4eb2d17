using System;

namespace CustomerMetrics;

/// <summary>The dynamics of positive comments: a KPI of the 14-steps source's scorecard.</summary>
/// <remarks>Pure and thread-safe. For the share of positive comments among all comments, use <see cref="Proportion.CompareWith"/>.</remarks>
public static class PositiveComments
{
    /// <summary>The change of the positive comments from one period to the next (periods of equal length).</summary>
    /// <param name="previous">Positive comments in the previous period.</param>
    /// <param name="current">Positive comments in the current period.</param>
    /// <returns>The absolute and relative change and the p-value of the exact conditional test.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">The counts add up to more than <see cref="long.MaxValue"/>.</exception>
    public static CountChange Change(long previous, long current) => new(previous, current);
}
