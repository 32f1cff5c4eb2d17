using System.Globalization;
using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerMetrics;

/// <summary>
/// Gap scores of a multi-dimension questionnaire (SERVQUAL-style): one gap per dimension, the overall
/// gap as the mean of the dimensions, and, with importance weights, the importance-weighted mean.
/// </summary>
/// <param name="Dimensions">Each dimension's gap, in the layout's order.</param>
/// <param name="Overall">The unweighted mean of the dimension gaps.</param>
/// <param name="WeightedOverall">The importance-weighted mean of the dimension gaps; NaN when no weights were given.</param>
/// <param name="Level">The service level of the overall gap (weighted when weights were given).</param>
/// <remarks>Immutable and thread-safe; equality compares the dimensions one by one. Created by <see cref="ServiceLevels.ScoreGaps"/>.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ServiceGapScoreJsonConverter))]
#endif
public sealed record ServiceGapScore(IReadOnlyList<DimensionGap> Dimensions, double Overall, double WeightedOverall, ServiceLevel Level)
{
    /// <summary>Value equality, the dimensions compared one by one.</summary>
    /// <param name="other">Another score or <c>null</c>.</param>
    /// <returns><c>true</c> when every figure and every dimension are equal.</returns>
    public bool Equals(ServiceGapScore? other) =>
        other is not null
        && Overall.Equals(other.Overall)
        && WeightedOverall.Equals(other.WeightedOverall)
        && Level == other.Level
        && Dimensions.SequenceEqual(other.Dimensions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Overall, WeightedOverall, Level, Dimensions.Count);

    /// <summary>Formats the score with the invariant culture.</summary>
    /// <returns>For example <c>Gap -0.42 over 5 dimensions (weighted -0.51): Low</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Gap {Overall:0.###} over {Dimensions.Count} dimensions{(double.IsNaN(WeightedOverall) ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (weighted {WeightedOverall:0.###})"))}: {Level}");
}
