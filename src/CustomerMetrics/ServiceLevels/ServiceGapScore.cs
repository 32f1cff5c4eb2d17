using System.Collections.Generic;

namespace CustomerMetrics;

/// <summary>
/// Gap scores of a multi-dimension questionnaire (SERVQUAL-style): one gap per dimension, the overall
/// gap as the mean of the dimensions, and, with importance weights, the importance-weighted mean.
/// </summary>
/// <param name="Dimensions">Each dimension's gap, in the layout's order.</param>
/// <param name="Overall">The unweighted mean of the dimension gaps.</param>
/// <param name="WeightedOverall">The importance-weighted mean of the dimension gaps; NaN when no weights were given.</param>
/// <param name="Level">The service level of the overall gap (weighted when weights were given).</param>
/// <remarks>Immutable and thread-safe. Created by <see cref="ServiceLevels.ScoreGaps"/>.</remarks>
public sealed record ServiceGapScore(IReadOnlyList<DimensionGap> Dimensions, double Overall, double WeightedOverall, ServiceLevel Level);
