using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Net Promoter Score calculations: categories, the score from answers or counts, the 0..10
/// distribution, weighted NPS, two-sample comparison, segments and trends.
/// </summary>
/// <remarks>
/// <para>Respondents answer "How likely are you to recommend us?" on the integer scale 0..10.
/// Promoters answer 9–10, passives 7–8, detractors 0–6; NPS = 100 × (P − D) / N, from −100 to +100
/// (Reichheld 2003; the sources: "сторонники бренда, 9–10 баллов; нейтральные клиенты, 7–8 баллов;
/// критики, 0–6 баллов").</para>
/// <para>Answers outside 0..10 are rejected with an <see cref="ArgumentOutOfRangeException"/> that
/// names their position and value; <see cref="CalculateSkippingInvalid(IEnumerable{int}, out long)"/>
/// is the explicit way to skip them. All methods are pure and thread-safe.</para>
/// </remarks>
public static class Nps
{
    /// <summary>The lowest answer on the NPS scale.</summary>
    public const int MinScore = 0;

    /// <summary>The highest answer on the NPS scale.</summary>
    public const int MaxScore = 10;

    /// <summary>The category of one answer: 0–6 detractor, 7–8 passive, 9–10 promoter.</summary>
    /// <param name="score">An answer in [0, 10].</param>
    /// <returns>The respondent's category.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside [0, 10].</exception>
    public static NpsCategory Categorize(int score)
    {
        CheckScore(nameof(score), score);
        return CategoryOf(score);
    }

    /// <summary>The NPS of answers held as bytes, the compact form for large data sets. Vectorised.</summary>
    /// <param name="scores">Answers in [0, 10], one byte each.</param>
    /// <returns>The counts and the score; empty input gives counts 0 and a NaN score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer is above 10 (its position and value are named).</exception>
    public static NpsResult Calculate(ReadOnlySpan<byte> scores) => NpsCounting.Count(scores, nameof(scores));

    /// <summary>The NPS of answers held as integers.</summary>
    /// <param name="scores">Answers in [0, 10].</param>
    /// <returns>The counts and the score; empty input gives counts 0 and a NaN score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside [0, 10] (its position and value are named).</exception>
    public static NpsResult Calculate(ReadOnlySpan<int> scores)
    {
        NpsTally tally = default;
        for (int i = 0; i < scores.Length; i++)
        {
            CheckScore(nameof(scores), scores[i], i);
            tally.Add(scores[i]);
        }

        return tally.ToResult();
    }

    /// <summary>The NPS of an array of integer answers (this overload exists so that <c>int[]</c> is not ambiguous).</summary>
    /// <param name="scores">Answers in [0, 10].</param>
    /// <returns>The counts and the score; empty input gives counts 0 and a NaN score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside [0, 10] (its position and value are named).</exception>
    public static NpsResult Calculate(int[] scores) =>
        Calculate(new ReadOnlySpan<int>(Preconditions.CheckNotNull(nameof(scores), scores)));

    /// <summary>The NPS of any sequence of integer answers, enumerated once.</summary>
    /// <param name="scores">Answers in [0, 10].</param>
    /// <returns>The counts and the score; empty input gives counts 0 and a NaN score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside [0, 10] (its position and value are named).</exception>
    public static NpsResult Calculate(IEnumerable<int> scores)
    {
        Preconditions.CheckNotNull(nameof(scores), scores);
        if (TryGetSpan(scores, out ReadOnlySpan<int> span))
        {
            return Calculate(span);
        }

        NpsTally tally = default;
        long position = 0;
        foreach (int score in scores)
        {
            CheckScore(nameof(scores), score, position++);
            tally.Add(score);
        }

        return tally.ToResult();
    }

    /// <summary>
    /// The NPS of dirty data, skipping every answer outside [0, 10] instead of throwing. Use it only when
    /// skipping is really intended, and report <paramref name="skipped"/>.
    /// </summary>
    /// <param name="scores">Answers, some of which may be outside [0, 10].</param>
    /// <param name="skipped">How many answers were outside [0, 10] and left out.</param>
    /// <returns>The NPS of the valid answers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <c>null</c>.</exception>
    public static NpsResult CalculateSkippingInvalid(IEnumerable<int> scores, out long skipped)
    {
        Preconditions.CheckNotNull(nameof(scores), scores);
        NpsTally tally = default;
        skipped = 0;
        foreach (int score in scores)
        {
            if (score is < MinScore or > MaxScore)
            {
                skipped++;
                continue;
            }

            tally.Add(score);
        }

        return tally.ToResult();
    }

    /// <summary>The NPS result of already counted categories.</summary>
    /// <param name="promoters">Respondents who answered 9–10; non-negative.</param>
    /// <param name="passives">Respondents who answered 7–8; non-negative.</param>
    /// <param name="detractors">Respondents who answered 0–6; non-negative.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">The counts add up to more than <see cref="long.MaxValue"/>.</exception>
    public static NpsResult FromCounts(long promoters, long passives, long detractors)
    {
        Preconditions.CheckNonNegative(nameof(promoters), promoters);
        Preconditions.CheckNonNegative(nameof(passives), passives);
        Preconditions.CheckNonNegative(nameof(detractors), detractors);
        CountSums.CheckTotal(nameof(detractors), "promoters, passives and detractors", promoters, passives, detractors);

        return new NpsResult(promoters, passives, detractors);
    }

    /// <summary>The count of each answer 0..10 in byte-encoded answers.</summary>
    /// <param name="scores">Answers in [0, 10].</param>
    /// <returns>The distribution; empty input gives all counts 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer is above 10 (its position and value are named).</exception>
    public static NpsDistribution CalculateDistribution(ReadOnlySpan<byte> scores)
    {
        long[] counts = new long[NpsDistribution.ValueCount];
        DistributionCounting.Count(scores, counts, nameof(scores));
        return NpsDistribution.FromValidatedCounts(counts);
    }

    /// <summary>The count of each answer 0..10 in a sequence of integer answers, enumerated once.</summary>
    /// <param name="scores">Answers in [0, 10].</param>
    /// <returns>The distribution; empty input gives all counts 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside [0, 10] (its position and value are named).</exception>
    public static NpsDistribution CalculateDistribution(IEnumerable<int> scores)
    {
        Preconditions.CheckNotNull(nameof(scores), scores);
        long[] counts = new long[NpsDistribution.ValueCount];
        long position = 0;
        foreach (int score in scores)
        {
            CheckScore(nameof(scores), score, position++);
            counts[score]++;
        }

        return NpsDistribution.FromValidatedCounts(counts);
    }

    /// <summary>
    /// Compares two independent samples with the two-sample Wald test: the signed difference
    /// current − baseline, SE = √(SE₁² + SE₂²), z, two-sided p-value and a confidence interval.
    /// </summary>
    /// <param name="baseline">The reference sample (the earlier period, the other segment).</param>
    /// <param name="current">The sample compared with it.</param>
    /// <param name="level">Confidence level of the interval and of <see cref="NpsComparison.IsSignificant"/>; 0.95 by default.</param>
    /// <returns>The comparison; all figures NaN when either sample is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not in (0, 1).</exception>
    public static NpsComparison Compare(NpsResult baseline, NpsResult current, double level = 0.95)
    {
        Preconditions.CheckConfidenceLevel(nameof(level), level);
        double difference = current.Score - baseline.Score;
        double standardError = Math.Sqrt(
            (baseline.StandardError * baseline.StandardError) + (current.StandardError * current.StandardError));

        // With no sampling uncertainty at all, z is 0 for equal scores and infinite otherwise.
        double z = standardError > 0 ? difference / standardError
            : difference == 0 ? 0
            : double.IsNaN(difference) ? double.NaN
            : difference * double.PositiveInfinity;
        double margin = Statistics.Normal.TwoSidedCriticalValue(level) * standardError;
        ConfidenceInterval interval = double.IsNaN(difference)
            ? ConfidenceInterval.Undefined(level)
            : ConfidenceInterval.Clamped(difference - margin, difference + margin, level, -200, 200);
        return new NpsComparison(baseline, current, difference, standardError, z, Statistics.Normal.TwoSidedPValue(z), interval);
    }

    /// <summary>
    /// Weighted NPS: weighted shares of each category and Kish's effective sample size
    /// n_eff = (Σw)² / Σw² for the standard error.
    /// </summary>
    /// <param name="scores">Answers in [0, 10].</param>
    /// <param name="weights">One survey weight per answer: finite and non-negative.</param>
    /// <returns>The weighted result; NaN figures when the total weight is 0.</returns>
    /// <exception cref="ArgumentException">The spans have different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is above 10, or a weight is negative, NaN or infinite (position and value are named).</exception>
    public static WeightedNpsResult CalculateWeighted(ReadOnlySpan<byte> scores, ReadOnlySpan<double> weights)
    {
        Preconditions.CheckSameLength(nameof(weights), scores.Length, weights.Length, nameof(scores));
        double maxWeight = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            Preconditions.CheckWeight(nameof(weights), weights[i], i);
            CheckScore(nameof(scores), scores[i], i);
            maxWeight = Math.Max(maxWeight, weights[i]);
        }

        return WeightedNpsResult.FromChecked(scores, weights, maxWeight);
    }

    /// <summary>NPS per segment (region, channel, product, period…) from (segment, answer) pairs, enumerated once.</summary>
    /// <typeparam name="TKey">The segment key; compared with its default equality (ordinal for strings); not null.</typeparam>
    /// <param name="responses">Each response's segment and answer in [0, 10].</param>
    /// <returns>One result per segment, in the order the segments first appear.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside [0, 10] (its position and value are named).</exception>
    public static IReadOnlyList<KeyValuePair<TKey, NpsResult>> CalculateBySegment<TKey>(IEnumerable<(TKey Segment, int Score)> responses)
        where TKey : notnull
    {
        Preconditions.CheckNotNull(nameof(responses), responses);
        Dictionary<TKey, int> index = new();
        List<TKey> keys = new();
        NpsTally[] tallies = new NpsTally[4];
        long position = 0;
        foreach ((TKey segment, int score) in responses)
        {
            Preconditions.CheckKey(nameof(responses), segment, position);
            CheckScore(nameof(responses), score, position++);
            if (!index.TryGetValue(segment, out int slot))
            {
                slot = keys.Count;
                index.Add(segment, slot);
                keys.Add(segment);
                if (slot == tallies.Length)
                {
                    Array.Resize(ref tallies, slot * 2);
                }
            }

            tallies[slot].Add(score);
        }

        var results = new KeyValuePair<TKey, NpsResult>[keys.Count];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = new(keys[i], tallies[i].ToResult());
        }

        return results;
    }

    /// <summary>
    /// NPS per period, in period order, each compared with the previous period by
    /// <see cref="Compare(NpsResult, NpsResult, double)"/>.
    /// </summary>
    /// <typeparam name="TPeriod">The period key (month, quarter, date…), ordered ordinally if it is a string (culture-independent), otherwise by its default comparer.</typeparam>
    /// <param name="responses">Each response's period and answer in [0, 10].</param>
    /// <param name="level">Confidence level for the comparisons; 0.95 by default.</param>
    /// <returns>One point per period that has responses, earliest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside [0, 10], or <paramref name="level"/> is not in (0, 1).</exception>
    public static IReadOnlyList<NpsTrendPoint<TPeriod>> Trend<TPeriod>(IEnumerable<(TPeriod Period, int Score)> responses, double level = 0.95)
        where TPeriod : notnull
    {
        Preconditions.CheckConfidenceLevel(nameof(level), level);
        return Trend(CalculateBySegment(responses), level);
    }

    /// <summary>
    /// A trend from results already computed per period (for example stored per day in a CRM and merged
    /// per month): sorted by period, each compared with the previous one.
    /// </summary>
    /// <typeparam name="TPeriod">The period key, ordered ordinally if it is a string (culture-independent), otherwise by its default comparer; each period at most once.</typeparam>
    /// <param name="periods">Each period's result.</param>
    /// <param name="level">Confidence level for the comparisons; 0.95 by default.</param>
    /// <returns>One point per period, earliest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A period occurs twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not in (0, 1).</exception>
    public static IReadOnlyList<NpsTrendPoint<TPeriod>> Trend<TPeriod>(IEnumerable<KeyValuePair<TPeriod, NpsResult>> periods, double level = 0.95)
        where TPeriod : notnull
    {
        Preconditions.CheckNotNull(nameof(periods), periods);
        Preconditions.CheckConfidenceLevel(nameof(level), level);
        List<KeyValuePair<TPeriod, NpsResult>> sorted = new(periods);
        for (int i = 0; i < sorted.Count; i++)
        {
            Preconditions.CheckKey(nameof(periods), sorted[i].Key, i);
        }

        IComparer<TPeriod> comparer = KeyOrder.For<TPeriod>();
        sorted.Sort((a, b) => comparer.Compare(a.Key, b.Key));
        var points = new NpsTrendPoint<TPeriod>[sorted.Count];
        for (int i = 0; i < sorted.Count; i++)
        {
            (TPeriod period, NpsResult result) = sorted[i];
            NpsComparison? change = null;
            if (i > 0)
            {
                if (comparer.Compare(sorted[i - 1].Key, period) == 0)
                {
                    Preconditions.ThrowArgument(nameof(periods), Preconditions.Format($"Period '{TextInput.ForMessage((object)period)}' occurs more than once."));
                }

                change = Compare(sorted[i - 1].Value, result, level);
            }

            points[i] = new NpsTrendPoint<TPeriod>(period, result, change);
        }

        return points;
    }

    internal static void CheckScore(string paramName, int score)
    {
        if (score is < MinScore or > MaxScore)
        {
            Preconditions.ThrowOutOfRange(paramName, score, Preconditions.Format($"Score is {score}; scores should be integers in [0, 10]."));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckScore(string paramName, int score, long position) =>
        Preconditions.CheckNpsScore(paramName, score, position);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static NpsCategory CategoryOf(int score) =>
        score >= 9 ? NpsCategory.Promoter : score >= 7 ? NpsCategory.Passive : NpsCategory.Detractor;

    private static bool TryGetSpan(IEnumerable<int> scores, out ReadOnlySpan<int> span)
    {
        switch (scores)
        {
            case int[] array:
                span = array;
                return true;
#if NET
            case List<int> list:
                span = CollectionsMarshal.AsSpan(list);
                return true;
#endif
            default:
                span = default;
                return false;
        }
    }
}
