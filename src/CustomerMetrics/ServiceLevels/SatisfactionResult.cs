using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;

namespace CustomerMetrics;

/// <summary>Satisfaction ratings summarised: CSAT (top-2-box share), the mean, and the distribution.</summary>
/// <param name="Count">Ratings.</param>
/// <param name="ScaleMax">The top of the 1..ScaleMax scale.</param>
/// <param name="Csat">Top-2-box share: ratings of ScaleMax − 1 or ScaleMax over all ratings, in [0, 1]; NaN with none.</param>
/// <param name="Mean">The mean rating; NaN with none.</param>
/// <param name="MeanPercentOfMaximum">(Mean − 1) / (ScaleMax − 1) × 100, the mean-based satisfaction in [0, 100]; NaN with none.</param>
/// <param name="Distribution">Counts of each rating 1..ScaleMax.</param>
/// <remarks>Immutable and thread-safe. Created by <see cref="Satisfaction.Calculate"/>.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SatisfactionResultJsonConverter))]
#endif
public sealed record SatisfactionResult(long Count, int ScaleMax, double Csat, double Mean, double MeanPercentOfMaximum, IReadOnlyList<long> Distribution)
{
    /// <summary>The satisfied answers (the top two boxes) of all answers: <see cref="Csat"/> with its counts, Wilson interval and comparisons.</summary>
    public Proportion Satisfied => Distribution.Count < 2 ? Proportion.Empty : new(Distribution[Distribution.Count - 1] + Distribution[Distribution.Count - 2], Count);

    /// <summary>Value equality, the distribution compared count by count.</summary>
    /// <param name="other">Another result or <c>null</c>.</param>
    /// <returns><c>true</c> when every figure and every count are equal.</returns>
    public bool Equals(SatisfactionResult? other) =>
        other is not null
        && Count == other.Count
        && ScaleMax == other.ScaleMax
        && Csat.Equals(other.Csat)
        && Mean.Equals(other.Mean)
        && MeanPercentOfMaximum.Equals(other.MeanPercentOfMaximum)
        && Distribution.SequenceEqual(other.Distribution);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, ScaleMax, Csat, Mean);

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>CSAT 78 % (mean 4.1 of 5, N 100)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"CSAT {Csat * 100:0.#} % (mean {Mean:0.##} of {ScaleMax}, N {Count})");
}
