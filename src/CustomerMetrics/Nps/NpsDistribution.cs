using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// How many respondents gave each answer 0..10: the full distribution behind a Net Promoter Score.
/// </summary>
/// <remarks>
/// <para>It yields the NPS (<see cref="ToResult"/>), the mean answer, and the counts a bar chart needs.
/// Distributions are mergeable: <c>a + b</c> adds the counts value by value.</para>
/// <para>Immutable and thread-safe; equality compares the eleven counts. Create one with
/// <see cref="Nps.CalculateDistribution(ReadOnlySpan{byte})"/>, its overloads or <see cref="FromCounts"/>.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.NpsDistributionJsonConverter))]
#endif
public sealed class NpsDistribution : IEquatable<NpsDistribution>
{
    /// <summary>The number of answer values, 0 through 10.</summary>
    public const int ValueCount = 11;

    private readonly long[] counts;

    /// <param name="counts">Eleven non-negative counts whose total fits in a long (every creator checks).</param>
    private NpsDistribution(long[] counts)
    {
        this.counts = counts;
        Counts = Array.AsReadOnly(counts);
        foreach (long count in counts)
        {
            Total += count;
        }
    }

    /// <summary>The distribution with no respondents.</summary>
    public static NpsDistribution Empty { get; } = new(new long[ValueCount]);

    /// <summary>The counts of answers 0, 1, …, 10, in that order.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>All respondents.</summary>
    public long Total { get; }

    /// <summary>The mean answer on the 0..10 scale; <see cref="double.NaN"/> with no respondents.</summary>
    public double Mean
    {
        get
        {
            long total = Total;
            if (total == 0)
            {
                return double.NaN;
            }

            double sum = 0;
            for (int score = 0; score < ValueCount; score++)
            {
                sum += (double)score * counts[score];
            }

            return sum / total;
        }
    }

    /// <summary>The number of respondents who answered <paramref name="score"/>.</summary>
    /// <param name="score">An answer in [0, 10].</param>
    /// <returns>The count of that answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside [0, 10].</exception>
    public long this[int score]
    {
        get
        {
            Nps.CheckScore(nameof(score), score);
            return counts[score];
        }
    }

    /// <summary>Creates a distribution from eleven counts.</summary>
    /// <param name="counts">The counts of answers 0..10, in order; each non-negative.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException"><paramref name="counts"/> does not have exactly 11 elements.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative (its answer value is named).</exception>
    /// <exception cref="ArgumentException">The counts add up to more than <see cref="long.MaxValue"/>.</exception>
    public static NpsDistribution FromCounts(ReadOnlySpan<long> counts)
    {
        Preconditions.CheckSameLength(nameof(counts), ValueCount, counts.Length, "the 0..10 scale");
        long total = 0;
        for (int score = 0; score < ValueCount; score++)
        {
            if (counts[score] < 0)
            {
                Preconditions.ThrowOutOfRange(
                    nameof(counts),
                    counts[score],
                    Preconditions.Format($"Count of answer {score} is {counts[score]}; counts should be non-negative."));
            }

            if (counts[score] > long.MaxValue - total)
            {
                Preconditions.ThrowArgument(nameof(counts), Preconditions.Format($"The counts add up to more than Int64.MaxValue ({long.MaxValue}); a total must fit in a long."));
            }

            total += counts[score];
        }

        return new NpsDistribution(counts.ToArray());
    }

    /// <summary>Adds the counts of two distributions value by value.</summary>
    /// <param name="left">One partial distribution.</param>
    /// <param name="right">Another partial distribution.</param>
    /// <returns>The distribution of both samples together.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="OverflowException">The respondents would number more than <see cref="long.MaxValue"/>.</exception>
    public static NpsDistribution operator +(NpsDistribution left, NpsDistribution right)
    {
        Preconditions.CheckNotNull(nameof(left), left);
        Preconditions.CheckNotNull(nameof(right), right);
        CountSums.Add(left.Total, right.Total, "respondents");
        long[] sum = new long[ValueCount];
        for (int score = 0; score < ValueCount; score++)
        {
            sum[score] = left.counts[score] + right.counts[score];
        }

        return new NpsDistribution(sum);
    }

    /// <summary>Whether two distributions have the same counts.</summary>
    /// <param name="left">A distribution or <c>null</c>.</param>
    /// <param name="right">A distribution or <c>null</c>.</param>
    /// <returns><c>true</c> when both are <c>null</c> or have the same eleven counts.</returns>
    public static bool operator ==(NpsDistribution? left, NpsDistribution? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two distributions differ.</summary>
    /// <param name="left">A distribution or <c>null</c>.</param>
    /// <param name="right">A distribution or <c>null</c>.</param>
    /// <returns>The negation of <c>==</c>.</returns>
    public static bool operator !=(NpsDistribution? left, NpsDistribution? right) => !(left == right);

    /// <summary>The friendly twin of the <c>+</c> operator.</summary>
    /// <param name="other">Another partial distribution.</param>
    /// <returns>The distribution of both samples together.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <c>null</c>.</exception>
    /// <exception cref="OverflowException">The respondents would number more than <see cref="long.MaxValue"/>.</exception>
    public NpsDistribution Add(NpsDistribution other) => this + other;

    /// <summary>The three-count NPS result of this distribution.</summary>
    /// <returns>Promoters = answers 9–10, passives = 7–8, detractors = 0–6.</returns>
    public NpsResult ToResult()
    {
        long detractors = 0;
        for (int score = 0; score <= 6; score++)
        {
            detractors += counts[score];
        }

        return new NpsResult(counts[9] + counts[10], counts[7] + counts[8], detractors);
    }

    /// <inheritdoc/>
    public bool Equals(NpsDistribution? other) =>
        other is not null && counts.AsSpan().SequenceEqual(other.counts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NpsDistribution);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        HashCode hash = default;
        foreach (long count in counts)
        {
            hash.Add(count);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the counts as <c>0:1 1:0 … 10:7</c> with the invariant culture.</summary>
    /// <returns>The formatted distribution.</returns>
    public override string ToString()
    {
        StringBuilder text = new();
        for (int score = 0; score < ValueCount; score++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(score == 0 ? string.Empty : " ")}{score}:{counts[score]}");
        }

        return text.ToString();
    }

    /// <summary>Takes ownership of an array of 11 already validated counts.</summary>
    internal static NpsDistribution FromValidatedCounts(long[] counts) => new(counts);
}
