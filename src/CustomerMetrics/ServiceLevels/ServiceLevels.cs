using System;
using System.Collections.Generic;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Service level against expectation: Low, Standard or WOW, for one interaction, for many, and for
/// multi-dimension questionnaires (SERVQUAL-style gap scores).
/// </summary>
/// <remarks>
/// <para>The Lithuanian training source: low service — the client gets less than expected (negative
/// emotions); standard — exactly what was expected (calm, indifferent); WOW — more than expected
/// (positive emotions, wants to come back).</para>
/// <para>Gap = perceived − expected, on the same scale. With a tolerance τ ≥ 0: gap &lt; −τ is Low,
/// |gap| ≤ τ is Standard, gap &gt; τ is Wow. All methods are pure and thread-safe.</para>
/// </remarks>
public static class ServiceLevels
{
    /// <summary>The service level of one interaction.</summary>
    /// <param name="expected">What the client expected; finite.</param>
    /// <param name="perceived">What the client got, on the same scale; finite.</param>
    /// <param name="tolerance">How far from the expectation still counts as Standard; finite and non-negative; 0 by default.</param>
    /// <returns>Low, Standard or Wow.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, or the tolerance is negative.</exception>
    public static ServiceLevel Classify(double expected, double perceived, double tolerance = 0)
    {
        Preconditions.CheckFinite(nameof(expected), expected);
        Preconditions.CheckFinite(nameof(perceived), perceived);
        CheckTolerance(tolerance);
        return LevelOf(perceived - expected, tolerance);
    }

    /// <summary>The distribution of service levels over many interactions.</summary>
    /// <param name="expected">Each interaction's expectation; finite.</param>
    /// <param name="perceived">Each interaction's perception, in the same order; finite.</param>
    /// <param name="tolerance">How far from the expectation still counts as Standard; non-negative.</param>
    /// <returns>The counts and shares of Low, Standard and Wow.</returns>
    /// <exception cref="ArgumentException">The spans have different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite (its position is named), or the tolerance is negative.</exception>
    public static ServiceLevelDistribution Distribution(ReadOnlySpan<double> expected, ReadOnlySpan<double> perceived, double tolerance = 0)
    {
        Preconditions.CheckSameLength(nameof(perceived), expected.Length, perceived.Length, nameof(expected));
        CheckTolerance(tolerance);
        long low = 0;
        long wow = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            Preconditions.CheckFiniteAt(nameof(expected), expected[i], i);
            Preconditions.CheckFiniteAt(nameof(perceived), perceived[i], i);
            double gap = perceived[i] - expected[i];
            low += gap < -tolerance ? 1 : 0;
            wow += gap > tolerance ? 1 : 0;
        }

        return new ServiceLevelDistribution(low, expected.Length - low - wow, wow);
    }

    /// <summary>The distribution of service levels over (expected, perceived) pairs, enumerated once.</summary>
    /// <param name="interactions">Each interaction's expectation and perception; finite.</param>
    /// <param name="tolerance">How far from the expectation still counts as Standard; non-negative.</param>
    /// <returns>The counts and shares of Low, Standard and Wow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interactions"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite (its position is named), or the tolerance is negative.</exception>
    public static ServiceLevelDistribution Distribution(IEnumerable<(double Expected, double Perceived)> interactions, double tolerance = 0)
    {
        Preconditions.CheckNotNull(nameof(interactions), interactions);
        CheckTolerance(tolerance);
        ServiceLevelDistribution distribution = default;
        long position = 0;
        foreach ((double expected, double perceived) in interactions)
        {
            Preconditions.CheckFiniteAt(nameof(interactions), expected, position);
            Preconditions.CheckFiniteAt(nameof(interactions), perceived, position);
            position++;
            distribution = distribution.With(LevelOf(perceived - expected, tolerance));
        }

        return distribution;
    }

    /// <summary>
    /// Gap scores of one questionnaire (SERVQUAL-style): each dimension's gap is the mean item gap
    /// (perceived − expected); the overall gap is the mean of the dimensions, and with
    /// <paramref name="importance"/> also their importance-weighted mean.
    /// </summary>
    /// <param name="layout">Which items belong to which dimension, e.g. <see cref="GapLayout.Servqual"/>.</param>
    /// <param name="expected">The expectation of each item, item 1 first; finite.</param>
    /// <param name="perceived">The perception of each item, item 1 first; finite.</param>
    /// <param name="importance">Optional importance of each dimension, in layout order (e.g. SERVQUAL's 100 points); non-negative, not all 0. Empty for none.</param>
    /// <param name="tolerance">How far from the expectation still counts as Standard; non-negative.</param>
    /// <returns>The gaps per dimension and overall.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layout"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A span's length does not match the layout.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value or weight is invalid (its position is named), or the tolerance is negative.</exception>
    public static ServiceGapScore ScoreGaps(GapLayout layout, ReadOnlySpan<double> expected, ReadOnlySpan<double> perceived, ReadOnlySpan<double> importance = default, double tolerance = 0)
    {
        Preconditions.CheckNotNull(nameof(layout), layout);
        Preconditions.CheckSameLength(nameof(expected), layout.ItemCount, expected.Length, "the layout's items");
        Preconditions.CheckSameLength(nameof(perceived), layout.ItemCount, perceived.Length, "the layout's items");
        CheckTolerance(tolerance);
        if (!importance.IsEmpty)
        {
            Preconditions.CheckSameLength(nameof(importance), layout.Dimensions.Count, importance.Length, "the layout's dimensions");
        }

        var gaps = new DimensionGap[layout.Dimensions.Count];
        double gapSum = 0;
        double weightedSum = 0;
        double weightSum = 0;
        for (int d = 0; d < gaps.Length; d++)
        {
            GapDimension dimension = layout.Dimensions[d];
            double expectedSum = 0;
            double perceivedSum = 0;
            foreach (int item in dimension.Items)
            {
                Preconditions.CheckFiniteAt(nameof(expected), expected[item - 1], item - 1);
                Preconditions.CheckFiniteAt(nameof(perceived), perceived[item - 1], item - 1);
                expectedSum += expected[item - 1];
                perceivedSum += perceived[item - 1];
            }

            int n = dimension.Items.Count;
            double gap = (perceivedSum - expectedSum) / n;
            gaps[d] = new DimensionGap(dimension.Name, expectedSum / n, perceivedSum / n, gap, LevelOf(gap, tolerance));
            gapSum += gap;
            if (!importance.IsEmpty)
            {
                Preconditions.CheckWeight(nameof(importance), importance[d], d);
                weightedSum += importance[d] * gap;
                weightSum += importance[d];
            }
        }

        if (!importance.IsEmpty && weightSum == 0)
        {
            Preconditions.ThrowArgument(nameof(importance), "The importance weights are all 0.");
        }

        double overall = gapSum / gaps.Length;
        // Stryker disable once Conditional : equivalent, with no importance both sums are 0, and 0 / 0 is NaN as well
        double weighted = importance.IsEmpty ? double.NaN : weightedSum / weightSum;
        return new ServiceGapScore(Array.AsReadOnly(gaps), overall, weighted, LevelOf(importance.IsEmpty ? overall : weighted, tolerance));
    }

    private static ServiceLevel LevelOf(double gap, double tolerance) =>
        gap < -tolerance ? ServiceLevel.Low : gap > tolerance ? ServiceLevel.Wow : ServiceLevel.Standard;

    private static void CheckTolerance(double tolerance) =>
        Preconditions.CheckNonNegativeFinite(nameof(tolerance), tolerance, "The tolerance should be finite and non-negative.");
}
