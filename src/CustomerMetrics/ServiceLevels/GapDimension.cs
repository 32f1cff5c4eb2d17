using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerMetrics;

/// <summary>A dimension of a gap questionnaire: its name and the (1-based) numbers of its items.</summary>
/// <param name="Name">The dimension's name, e.g. "Reliability".</param>
/// <param name="Items">The 1-based numbers of the items that belong to it.</param>
/// <remarks>Immutable once in a <see cref="GapLayout"/> (which copies the items); equality compares the items one by one.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.GapDimensionJsonConverter))]
#endif
public sealed record GapDimension(string Name, IReadOnlyList<int> Items)
{
    /// <summary>Value equality, the items compared one by one.</summary>
    /// <param name="other">Another dimension or <c>null</c>.</param>
    /// <returns><c>true</c> when the names and the items are equal.</returns>
    public bool Equals(GapDimension? other) =>
        other is not null && Name == other.Name && (ReferenceEquals(Items, other.Items) || (Items is not null && other.Items is not null && Items.SequenceEqual(other.Items)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Items?.Count);

    /// <summary>Formats the dimension with the invariant culture.</summary>
    /// <returns>For example <c>Tangibles: items 1, 2, 3, 4</c>.</returns>
    public override string ToString() =>
        Name + ": items " + (Items is null ? "none" : string.Join(", ", Items.Select(item => item.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
