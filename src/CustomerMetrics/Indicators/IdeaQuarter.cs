using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CustomerMetrics;

/// <summary>One quarter of the idea contest: its ideas' total effect and its top ideas.</summary>
/// <remarks>Immutable and thread-safe. Created by <see cref="IdeaContest.Rank"/>.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.IdeaQuarterJsonConverter))]
#endif
public sealed class IdeaQuarter : IEquatable<IdeaQuarter>
{
    internal IdeaQuarter(string quarter, int ideas, decimal totalEffect, IReadOnlyList<Idea> top, IReadOnlyList<Idea> tiedBeyondTop)
    {
        Quarter = quarter;
        Ideas = ideas;
        TotalEffect = totalEffect;
        Top = top;
        TiedBeyondTop = tiedBeyondTop;
    }

    /// <summary>The quarter.</summary>
    public string Quarter { get; }

    /// <summary>How many ideas were implemented in it.</summary>
    public int Ideas { get; }

    /// <summary>The economic effect of all its ideas, exact.</summary>
    public decimal TotalEffect { get; }

    /// <summary>The best ideas: by effect, then importance, largest first; full ties in ordinal order of the title.</summary>
    public IReadOnlyList<Idea> Top { get; }

    /// <summary>Ideas left out of <see cref="Top"/> with the same effect and importance as its last idea (empty when the cut is clean).</summary>
    public IReadOnlyList<Idea> TiedBeyondTop { get; }

    /// <inheritdoc/>
    public bool Equals(IdeaQuarter? other) =>
        other is not null && Quarter == other.Quarter && Ideas == other.Ideas && TotalEffect == other.TotalEffect
        && Top.SequenceEqual(other.Top) && TiedBeyondTop.SequenceEqual(other.TiedBeyondTop);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IdeaQuarter);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Quarter, Ideas, TotalEffect);

    /// <summary>Formats the quarter with the invariant culture.</summary>
    /// <returns>For example <c>2026-Q1: 5 ideas, effect 310000; top: A, B, C</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Quarter}: {Ideas} {(Ideas == 1 ? "idea" : "ideas")}, effect {TotalEffect}; top: {string.Join(", ", Top.Select(idea => idea.Title))}{(TiedBeyondTop.Count > 0 ? $" (tied: {string.Join(", ", TiedBeyondTop.Select(idea => idea.Title))})" : string.Empty)}");
}
