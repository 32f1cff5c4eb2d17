using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CustomerMetrics;

/// <summary>The top complaint topics: counts, shares, and the topics tied with the last one shown.</summary>
/// <remarks>Immutable and thread-safe. Created by <see cref="ComplaintTally.Top"/>.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.TopicRankingJsonConverter))]
#endif
public sealed class TopicRanking : IEquatable<TopicRanking>
{
    internal TopicRanking(long total, int topicCount, IReadOnlyList<TopicCount> top, IReadOnlyList<string> tiedBeyondTop)
    {
        Total = total;
        TopicCount = topicCount;
        Top = top;
        TiedBeyondTop = tiedBeyondTop;
    }

    /// <summary>All complaints.</summary>
    public long Total { get; }

    /// <summary>How many different topics there are.</summary>
    public int TopicCount { get; }

    /// <summary>The top topics, most complaints first; equal counts in ordinal order of the topic.</summary>
    public IReadOnlyList<TopicCount> Top { get; }

    /// <summary>Topics left out of <see cref="Top"/> that have as many complaints as its last topic (empty when the cut is clean).</summary>
    public IReadOnlyList<string> TiedBeyondTop { get; }

    /// <summary>Complaints on the top topics, of all complaints.</summary>
    public Proportion TopShare => new(Top.Sum(topic => topic.Count), Total);

    /// <inheritdoc/>
    public bool Equals(TopicRanking? other) =>
        other is not null && Total == other.Total && TopicCount == other.TopicCount && Top.SequenceEqual(other.Top) && TiedBeyondTop.SequenceEqual(other.TiedBeyondTop);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TopicRanking);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Total, TopicCount, Top.Count);

    /// <summary>Formats the ranking with the invariant culture.</summary>
    /// <returns>For example <c>top 3 of 7 topics: delivery late 40 (20 %), ...; 85 of 200 complaints (42.5 %)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"top {Top.Count} of {TopicCount} {(TopicCount == 1 ? "topic" : "topics")}: {string.Join(", ", Top.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Topic} {t.Count} ({t.Share.Share * 100:0.#} %)")))}; {TopShare}{(TiedBeyondTop.Count > 0 ? $"; tied beyond the top: {string.Join(", ", TiedBeyondTop)}" : string.Empty)}");
}
