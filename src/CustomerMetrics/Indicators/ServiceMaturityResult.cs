using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CustomerMetrics;

/// <summary>Service maturity: the level of each touchpoint, the overall level (the weakest), and what holds it back.</summary>
/// <remarks>Immutable and thread-safe. Created by <see cref="ServiceMaturity.Assess"/>.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ServiceMaturityResultJsonConverter))]
#endif
public sealed class ServiceMaturityResult : IEquatable<ServiceMaturityResult>
{
    private readonly KeyValuePair<Touchpoint, MaturityLevel>[] levels;

    internal ServiceMaturityResult(KeyValuePair<Touchpoint, MaturityLevel>[] levels)
    {
        this.levels = levels;
        Overall = levels.Min(pair => pair.Value);
    }

    /// <summary>The level of each assessed touchpoint, in the order of <see cref="Touchpoint"/>.</summary>
    public IReadOnlyList<KeyValuePair<Touchpoint, MaturityLevel>> Levels => levels;

    /// <summary>The overall level: that of the weakest touchpoint, since a customer meets them all.</summary>
    public MaturityLevel Overall { get; }

    /// <summary>The touchpoints at the overall level, when some others are above it: those to raise first. Empty when all are at one level.</summary>
    public IReadOnlyList<Touchpoint> HoldingBack =>
        levels.Any(pair => pair.Value > Overall) ? levels.Where(pair => pair.Value == Overall).Select(pair => pair.Key).ToArray() : [];

    /// <summary>The touchpoints not assessed (the overall level does not account for them).</summary>
    public IReadOnlyList<Touchpoint> NotAssessed =>
        ServiceMaturity.AllTouchpoints.Where(touchpoint => !levels.Any(pair => pair.Key == touchpoint)).ToArray();

    /// <inheritdoc/>
    public bool Equals(ServiceMaturityResult? other) => other is not null && levels.SequenceEqual(other.levels);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ServiceMaturityResult);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Overall, levels.Length);

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>level 1 (QualityService), held back by Website, Logistics</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"level {(int)Overall} ({Overall}){(HoldingBack.Count > 0 ? ", held back by " + string.Join(", ", HoldingBack) : string.Empty)}{(NotAssessed.Count > 0 ? "; not assessed: " + string.Join(", ", NotAssessed) : string.Empty)}");
}
