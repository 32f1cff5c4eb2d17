using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Complaints counted by topic: a mergeable tally whose <see cref="Top"/> ranks the topics that matter most.
/// </summary>
/// <remarks>
/// <para>Topics are trimmed of white space and then compared ordinally (by their UTF-16 code units), so
/// "Delivery" and "delivery" are two topics, the same in every culture; normalise case before counting if
/// they should be one. Tallies of disjoint sets of complaints add (<c>+</c>) to the tally of the whole,
/// in any order.</para>
/// <para><c>default</c> is not a valid tally; start from <see cref="Empty"/>. Immutable and thread-safe.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ComplaintTallyJsonConverter))]
#endif
public sealed class ComplaintTally : IEquatable<ComplaintTally>
{
    private readonly KeyValuePair<string, long>[] counts;

    private ComplaintTally(KeyValuePair<string, long>[] counts, long total)
    {
        this.counts = counts;
        Total = total;
    }

    /// <summary>No complaints: the identity of <c>+</c>.</summary>
    public static ComplaintTally Empty { get; } = new([], 0);

    /// <summary>All complaints counted.</summary>
    public long Total { get; }

    /// <summary>Every topic with its share of all complaints, topics in ordinal order.</summary>
    public IReadOnlyList<TopicCount> Topics => counts.Select(pair => new TopicCount(pair.Key, new Proportion(pair.Value, Total))).ToArray();

    /// <summary>Counts complaints by topic.</summary>
    /// <param name="topics">The topic of each complaint; trimmed, then compared ordinally.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topics"/> or a topic is <c>null</c> (its position is named).</exception>
    /// <exception cref="ArgumentException">A topic is empty or white space (its position is named).</exception>
    public static ComplaintTally Count(IEnumerable<string> topics)
    {
        Preconditions.CheckNotNull(nameof(topics), topics);
        var byTopic = new Dictionary<string, long>(StringComparer.Ordinal);
        long position = 0;
        foreach (string topic in topics)
        {
            string key = CheckedTopic(nameof(topics), topic, position);
#if NET
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byTopic, key, out _)++;
#else
            byTopic.TryGetValue(key, out long count);
            byTopic[key] = count + 1;
#endif
            position++;
        }

        return From(byTopic, position);
    }

    /// <summary>A tally from counts by topic (a <c>GROUP BY topic</c> of a database, say).</summary>
    /// <param name="countsByTopic">Topics with their counts; a topic may appear more than once (after trimming), its counts are added.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">The counts or a topic are <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A topic is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="OverflowException">The counts add up to more than <see cref="long.MaxValue"/>.</exception>
    public static ComplaintTally FromCounts(IEnumerable<KeyValuePair<string, long>> countsByTopic)
    {
        Preconditions.CheckNotNull(nameof(countsByTopic), countsByTopic);
        var byTopic = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        long position = 0;
        foreach (KeyValuePair<string, long> pair in countsByTopic)
        {
            string key = CheckedTopic(nameof(countsByTopic), pair.Key, position);
            if (pair.Value < 0)
            {
                Preconditions.ThrowOutOfRange(nameof(countsByTopic), pair.Value, Preconditions.Format($"The count of topic \"{TextInput.ForMessage(key)}\" is {pair.Value}; a count cannot be negative."));
            }

            byTopic.TryGetValue(key, out long count);
            byTopic[key] = CountSums.Add(count, pair.Value, "complaints");
            total = CountSums.Add(total, pair.Value, "complaints");
            position++;
        }

        return From(byTopic, total);
    }

    /// <summary>Adds the tallies of two disjoint sets of complaints.</summary>
    /// <param name="left">One tally.</param>
    /// <param name="right">Another tally.</param>
    /// <returns>The tally of both.</returns>
    /// <exception cref="ArgumentNullException">A tally is <c>null</c>.</exception>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public static ComplaintTally operator +(ComplaintTally left, ComplaintTally right) => Preconditions.CheckNotNull(nameof(left), left).Add(right);

    /// <summary>Adds the tally of a disjoint set of complaints (the friendly twin of <c>+</c>).</summary>
    /// <param name="other">Another tally.</param>
    /// <returns>The tally of both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <c>null</c>.</exception>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public ComplaintTally Add(ComplaintTally other)
    {
        Preconditions.CheckNotNull(nameof(other), other);
        return FromCounts(counts.Concat(other.counts));
    }

    /// <summary>
    /// The <paramref name="n"/> topics with the most complaints: by count, largest first; topics with equal
    /// counts in ordinal order. Topics left out with as many complaints as the last one shown are named in
    /// <see cref="TopicRanking.TiedBeyondTop"/>, so a cut through a tie is never hidden.
    /// </summary>
    /// <param name="n">How many topics to show, at least 1; 5 by default.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public TopicRanking Top(int n = 5)
    {
        if (n < 1)
        {
            Preconditions.ThrowOutOfRange(nameof(n), n, "Show at least one topic.");
        }

        // Topics are already in ordinal order, and the sort is stable: equal counts keep that order.
        TopicCount[] ranked = Topics.OrderByDescending(topic => topic.Count).ToArray();
        TopicCount[] top = ranked.Take(n).ToArray();
        string[] tied = top.Length == 0
            ? []
            : ranked.Skip(n).TakeWhile(topic => topic.Count == top[top.Length - 1].Count).Select(topic => topic.Topic).ToArray();
        return new TopicRanking(Total, ranked.Length, top, tied);
    }

    /// <inheritdoc/>
    public bool Equals(ComplaintTally? other) =>
        other is not null && Total == other.Total && counts.SequenceEqual(other.counts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ComplaintTally);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Total, counts.Length);

    /// <summary>Formats the tally with the invariant culture.</summary>
    /// <returns>For example <c>200 complaints on 7 topics</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Total} {(Total == 1 ? "complaint" : "complaints")} on {counts.Length} {(counts.Length == 1 ? "topic" : "topics")}");

    private static string CheckedTopic(string paramName, string? topic, long position)
    {
        if (topic is null)
        {
            Preconditions.ThrowNull(paramName, Preconditions.Format($"The topic at position {position} is null."));
        }

        string trimmed = topic!.Trim();
        if (trimmed.Length == 0)
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format($"The topic at position {position} is blank; every complaint needs a topic."));
        }

        return trimmed;
    }

    private static ComplaintTally From(Dictionary<string, long> byTopic, long total)
    {
        KeyValuePair<string, long>[] sorted = byTopic.Where(pair => pair.Value > 0).OrderBy(pair => pair.Key, StringComparer.Ordinal).ToArray();
        return new ComplaintTally(sorted, total);
    }
}
