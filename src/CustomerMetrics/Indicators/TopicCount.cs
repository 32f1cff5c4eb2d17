using System;
using System.Globalization;

namespace CustomerMetrics;

/// <summary>One complaint topic and its share of all complaints.</summary>
/// <param name="Topic">The topic, trimmed.</param>
/// <param name="Share">Complaints on this topic of all complaints.</param>
/// <remarks>Immutable and thread-safe. Found in <see cref="ComplaintTally.Topics"/> and <see cref="TopicRanking.Top"/>.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.TopicCountJsonConverter))]
#endif
public readonly record struct TopicCount(string Topic, Proportion Share)
{
    /// <summary>Complaints on this topic: <c>Share.Count</c>.</summary>
    public long Count => Share.Count;

    /// <summary>Formats the topic with the invariant culture.</summary>
    /// <returns>For example <c>delivery late: 40 of 200 (20 %)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Topic}: {Share}");
}
