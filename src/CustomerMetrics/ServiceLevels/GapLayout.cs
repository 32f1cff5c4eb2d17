using System;
using System.Collections.Generic;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Which items of a gap questionnaire belong to which dimension. <see cref="Servqual"/> is the layout
/// of SERVQUAL's 22 items (Parasuraman, Zeithaml &amp; Berry 1988/1991).
/// </summary>
/// <remarks>Every item from 1 to <see cref="ItemCount"/> belongs to exactly one dimension. Immutable and thread-safe.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.GapLayoutJsonConverter))]
#endif
public sealed class GapLayout : IEquatable<GapLayout>
{
    private readonly GapDimension[] dimensions;

    /// <summary>Defines a layout.</summary>
    /// <param name="dimensions">The dimensions; together they must cover items 1..n exactly once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> or a dimension is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">There is no dimension, a name is empty, a dimension has no items, or the items are not 1..n each exactly once.</exception>
    public GapLayout(IEnumerable<GapDimension> dimensions)
    {
        Preconditions.CheckNotNull(nameof(dimensions), dimensions);

        // Copy the item lists too, so that a caller who changes their arrays later cannot change the layout.
        this.dimensions = dimensions
            .Select(d => d is null || d.Items is null ? d! : d with { Items = Array.AsReadOnly(d.Items.ToArray()) })
            .ToArray();
        Dimensions = Array.AsReadOnly(this.dimensions);
        if (this.dimensions.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(dimensions), "A layout needs at least one dimension.");
        }

        var seen = new HashSet<int>();
        foreach (GapDimension dimension in this.dimensions)
        {
            if (dimension is null || string.IsNullOrWhiteSpace(dimension.Name) || dimension.Items is null || dimension.Items.Count == 0)
            {
                Preconditions.ThrowArgument(nameof(dimensions), "Every dimension needs a name and at least one item.");
            }

            foreach (int item in dimension.Items)
            {
                if (!seen.Add(item))
                {
                    Preconditions.ThrowArgument(nameof(dimensions), Preconditions.Format($"Item {item} belongs to more than one dimension."));
                }
            }
        }

        ItemCount = seen.Count;
        if (seen.Min() != 1 || seen.Max() != ItemCount)
        {
            Preconditions.ThrowArgument(nameof(dimensions), Preconditions.Format($"The items should be numbered 1 to {ItemCount} without gaps."));
        }
    }

    /// <summary>
    /// SERVQUAL's five dimensions over its 22 items: tangibles 1–4, reliability 5–9,
    /// responsiveness 10–13, assurance 14–17, empathy 18–22.
    /// </summary>
    public static GapLayout Servqual { get; } = new(
    [
        new GapDimension("Tangibles", [1, 2, 3, 4]),
        new GapDimension("Reliability", [5, 6, 7, 8, 9]),
        new GapDimension("Responsiveness", [10, 11, 12, 13]),
        new GapDimension("Assurance", [14, 15, 16, 17]),
        new GapDimension("Empathy", [18, 19, 20, 21, 22]),
    ]);

    /// <summary>The dimensions, in order.</summary>
    public IReadOnlyList<GapDimension> Dimensions { get; }

    /// <summary>The number of items.</summary>
    public int ItemCount { get; }

    /// <summary>Value equality: the same dimensions, items included, in order.</summary>
    /// <param name="other">Another value or <c>null</c>.</param>
    /// <returns>Whether both describe the same thing.</returns>
    public bool Equals(GapLayout? other) =>
        other is not null
        && dimensions.SequenceEqual(other.dimensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GapLayout);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(dimensions.Length, ItemCount);
}
