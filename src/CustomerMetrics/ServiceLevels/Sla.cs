using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Numerics;
#if NET
using System.Runtime.Intrinsics;
#endif
using CustomerMetrics.Internal;
using CustomerMetrics.Statistics;

namespace CustomerMetrics;

/// <summary>
/// Service-level agreements and response-time standards: compliance with a time threshold, the error
/// budget, monthly client reports, percentiles, means and extremes of durations.
/// </summary>
/// <remarks>
/// <para>The sources: a key client gets a monthly report — "of 365 operations, 364 were done on time,
/// within one day"; a visitor is greeted within 20–30 seconds, an online request answered within 15–20
/// seconds. A duration equal to the threshold is on time.</para>
/// <para>Durations are non-negative finite numbers in any unit, the same as the threshold's; negative,
/// NaN or infinite durations are rejected with their position. Percentiles follow Hyndman &amp; Fan's
/// definition 7 (Excel PERCENTILE.INC, numpy's default); a percentile of no values is NaN, like every
/// undefined figure in this library. All methods are pure and thread-safe.</para>
/// </remarks>
public static class Sla
{
    /// <summary>Compliance from counts: operations within the threshold out of all.</summary>
    /// <param name="withinThreshold">Operations done in time; from 0 to <paramref name="total"/>.</param>
    /// <param name="total">All operations; non-negative.</param>
    /// <returns>The result; e.g. 364 of 365 gives a rate of 0.99726.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="withinThreshold"/> exceeds <paramref name="total"/>.</exception>
    public static SlaResult Compliance(long withinThreshold, long total)
    {
        Preconditions.CheckNonNegative(nameof(withinThreshold), withinThreshold);
        Preconditions.CheckNonNegative(nameof(total), total);
        if (withinThreshold > total)
        {
            Preconditions.ThrowOutOfRange(nameof(withinThreshold), withinThreshold, Preconditions.Format($"Operations in time ({withinThreshold}) should not exceed all operations ({total})."));
        }

        return new SlaResult(total, withinThreshold);
    }

    /// <summary>Compliance of raw durations with a threshold (equal counts as on time).</summary>
    /// <param name="durations">Each operation's duration: finite and non-negative.</param>
    /// <param name="threshold">The agreed time, in the same unit; finite and greater than 0.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not positive, or a duration is negative, NaN or infinite (its position is named).</exception>
    public static SlaResult Measure(ReadOnlySpan<double> durations, double threshold)
    {
        CheckThreshold(nameof(threshold), threshold);
        return new SlaResult(durations.Length, CountWithin(durations, threshold));
    }

    /// <summary>
    /// Durations at or below the threshold, a register at a time: a lane is valid when it is at least 0 and
    /// at most <see cref="double.MaxValue"/> (NaN and ±∞ fail), and counted when at most the threshold;
    /// the scalar loop that reports the first invalid duration runs only when there is one.
    /// </summary>
    internal static long CountWithin(ReadOnlySpan<double> durations, double threshold)
    {
#if NET
        // Stryker disable Boolean,Block : equivalent, which kernel runs; each is tested against the reference
        if (Vector512.IsHardwareAccelerated)
        {
            return CountWithin512(durations, threshold);
        }

        if (Vector256.IsHardwareAccelerated)
        {
            return CountWithin256(durations, threshold);
        }
#endif
        // Stryker restore Boolean,Block
        return CountWithinVector(durations, threshold);
    }

    /// <summary>The kernel over <see cref="Vector{T}"/> (the vector path on netstandard2.0 and without 512-bit vectors).</summary>
    internal static unsafe long CountWithinVector(ReadOnlySpan<double> durations, double threshold)
    {
        return CountWithLoop(durations, threshold, Vector<double>.Count, &CountWithinVector);
    }

    /// <summary>
    /// Runs a vector loop over the whole registers of <paramref name="durations"/>, re-checks every duration in
    /// the scalar loop when the vector loop saw a suspect lane (it throws for the first invalid one; a −0 passes),
    /// and counts the durations after the last whole register one at a time.
    /// </summary>
    private static unsafe long CountWithLoop(ReadOnlySpan<double> durations, double threshold, int lanes, delegate*<double*, int, double, out bool, long> loop)
    {
        int vectorised = durations.Length - (durations.Length % lanes);
        long within;
        bool suspect;
        fixed (double* pinned = durations)
        {
            within = loop(pinned, vectorised, threshold, out suspect);
        }

        if (suspect)
        {
            CountWithinScalar(durations, threshold);
        }

        return within + CountWithinScalar(durations.Slice(vectorised), threshold, vectorised);
    }

    /// <summary>The <see cref="Vector{T}"/> loop, without calls for the reason the 256-bit one has none.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe long CountWithinVector(double* durations, int length, double threshold, out bool suspect)
    {
        var limit = new Vector<double>(threshold);
        var largest = new Vector<double>(double.MaxValue);
        Vector<long> within = Vector<long>.Zero;
        // Stryker disable once Unary : equivalent, a false alarm sends the input through the scalar re-check, which counts the same
        Vector<long> valid = new(-1);
        unchecked
        {
            for (int i = 0; i < length; i += Vector<double>.Count)
            {
                // Stryker disable once Statement,Arithmetic : equivalent, a prefetch is a hint (docs/testing.md)
                Prefetch.Ahead(durations + i);
                Vector<double> duration = Unsafe.Read<Vector<double>>(durations + i);
                valid &= Vector.GreaterThanOrEqual(duration, Vector<double>.Zero) & Vector.LessThanOrEqual(duration, largest);
                within -= Vector.LessThanOrEqual(duration, limit);
            }
        }

        // Stryker disable once Unary : equivalent, a false alarm sends the input through the scalar re-check, which counts the same
        suspect = valid != new Vector<long>(-1);
        return Vector.Dot(within, Vector<long>.One);
    }

#if NET
    /// <summary>
    /// The kernel over 512-bit registers. Each comparison becomes a bit mask (one bit a lane), so the counting
    /// is a population count on the integer ports rather than vector arithmetic: on the benchmark machine
    /// this runs at the speed of a bare read, where subtracting expanded 0/−1 lanes ran at 1.6× it. A lane is
    /// counted when at most the threshold; the sign bits of every lane are OR-ed (a negative duration sets
    /// one; −0 too, which the scalar re-check accepts), and a lane that is not at most
    /// <see cref="double.MaxValue"/> is NaN or +∞. Either sends the input through the scalar loop that
    /// names the first invalid duration.
    /// </summary>
    internal static unsafe long CountWithin512(ReadOnlySpan<double> durations, double threshold)
    {
        const ulong EveryLane = (1UL << 8) - 1; // Vector512<double>.Count lanes
        ReadOnlySpan<Vector512<double>> vectors = MemoryMarshal.Cast<double, Vector512<double>>(durations);
        var limit = Vector512.Create(threshold);
        var largest = Vector512.Create(double.MaxValue);
        long within = 0;
        ulong finite = EveryLane;
        var signs = Vector512<long>.Zero;
        fixed (double* pinned = durations)
        {
            for (int v = 0; v < vectors.Length; v++)
            {
                // Stryker disable once Statement,Arithmetic : equivalent, a prefetch is a hint (docs/testing.md)
                Prefetch.Ahead(pinned + (v * Vector512<double>.Count));
                Vector512<double> duration = vectors[v];
                signs |= duration.AsInt64();
                finite &= Vector512.LessThanOrEqual(duration, largest).ExtractMostSignificantBits();
                within += BitOperations.PopCount(Vector512.LessThanOrEqual(duration, limit).ExtractMostSignificantBits());
            }
        }

        if (finite != EveryLane || Vector512.LessThan(signs, Vector512<long>.Zero) != Vector512<long>.Zero)
        {
            CountWithinScalar(durations, threshold);
        }

        int vectorised = vectors.Length * Vector512<double>.Count;
        return within + CountWithinScalar(durations.Slice(vectorised), threshold, vectorised);
    }
#endif

#if NET
    /// <summary>
    /// The kernel over 256-bit registers (AVX2 machines), with as little work per register as the read allows:
    /// the 0/−1 lanes of "at most the threshold" subtracted from the counts, the sign bits OR-ed (a negative
    /// duration, or −0, which the scalar re-check accepts), and x − x OR-ed (all bits zero for every finite x,
    /// NaN for NaN and ±∞): three operations a register, at the speed of a bare read on the AMD benchmark machine.
    /// </summary>
    internal static unsafe long CountWithin256(ReadOnlySpan<double> durations, double threshold)
    {
        return CountWithLoop(durations, threshold, Vector256<double>.Count, &CountWithin256);
    }

    /// <summary>
    /// The 256-bit loop, a method of its own without calls: in one with the scalar re-check after the loop, the
    /// JIT kept the count in memory (a call saves no vector register), a store and a load every register that
    /// held the kernel at 2.3× the read.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe long CountWithin256(double* durations, int length, double threshold, out bool suspect)
    {
        var limit = Vector256.Create(threshold);
        var within = Vector256<long>.Zero;
        var signs = Vector256<long>.Zero;
        var notFinite = Vector256<ulong>.Zero;

        // Unchecked: the index stays below the span's length, and an overflow check would cost a branch.
        unchecked
        {
            for (int i = 0; i < length; i += Vector256<double>.Count)
            {
                // Stryker disable once Statement,Arithmetic : equivalent, a prefetch is a hint (docs/testing.md)
                Prefetch.Ahead(durations + i);
                Vector256<double> duration = Vector256.Load(durations + i);
                signs |= duration.AsInt64();
                // Stryker disable once Arithmetic : equivalent, x + x is not 0 for most x, a false alarm the scalar re-check settles
                notFinite |= (duration - duration).AsUInt64();
                within -= Vector256.LessThanOrEqual(duration, limit).AsInt64();
            }
        }

        suspect = notFinite != Vector256<ulong>.Zero || signs.ExtractMostSignificantBits() != 0;
        return Vector256.Sum(within);
    }
#endif

    /// <summary>The reference: one duration at a time, each checked; the property tests compare the vector path with it.</summary>
    internal static long CountWithinScalar(ReadOnlySpan<double> durations, double threshold, long firstPosition = 0)
    {
        long within = 0;
        for (int i = 0; i < durations.Length; i++)
        {
            Preconditions.CheckTimeAt("durations", durations[i], firstPosition + i, "duration");
            within += durations[i] <= threshold ? 1 : 0;
        }

        return within;
    }

    /// <summary>Compliance of durations given as <see cref="TimeSpan"/>s.</summary>
    /// <param name="durations">Each operation's duration; non-negative.</param>
    /// <param name="threshold">The agreed time; greater than zero.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not positive, or a duration is negative (its position is named).</exception>
    public static SlaResult Measure(ReadOnlySpan<TimeSpan> durations, TimeSpan threshold)
    {
        CheckThreshold(nameof(threshold), threshold);
        long within = 0;
        for (int i = 0; i < durations.Length; i++)
        {
            if (durations[i] < TimeSpan.Zero)
            {
                Preconditions.ThrowOutOfRange(nameof(durations), durations[i], Preconditions.Format($"The duration at position {i} is {durations[i]}; durations should be non-negative."));
            }

            within += durations[i] <= threshold ? 1 : 0;
        }

        return new SlaResult(durations.Length, within);
    }

    /// <summary>Compliance of operations given by their start and finish.</summary>
    /// <param name="operations">Each operation's start and finish; the finish not before the start.</param>
    /// <param name="threshold">The agreed time; greater than zero.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operations"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not positive, or an operation finishes before it starts (its position is named).</exception>
    public static SlaResult Measure(IEnumerable<(DateTimeOffset Start, DateTimeOffset Finish)> operations, TimeSpan threshold)
    {
        Preconditions.CheckNotNull(nameof(operations), operations);
        CheckThreshold(nameof(threshold), threshold);
        SlaResult result = default;
        long position = 0;
        foreach ((DateTimeOffset start, DateTimeOffset finish) in operations)
        {
            result += One(Duration(start, finish, nameof(operations), position++) <= threshold);
        }

        return result;
    }

    /// <summary>Compliance per period (for a monthly client report), earliest period first.</summary>
    /// <typeparam name="TPeriod">The period key, ordered ordinally if it is a string (culture-independent), otherwise by its default comparer.</typeparam>
    /// <param name="operations">Each operation's period and duration (finite, non-negative).</param>
    /// <param name="threshold">The agreed time, in the durations' unit; greater than 0.</param>
    /// <returns>One result per period that has operations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operations"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not positive, or a duration is negative, NaN or infinite.</exception>
    public static IReadOnlyList<SlaPeriod<TPeriod>> MeasureByPeriod<TPeriod>(IEnumerable<(TPeriod Period, double Duration)> operations, double threshold)
        where TPeriod : notnull
    {
        Preconditions.CheckNotNull(nameof(operations), operations);
        CheckThreshold(nameof(threshold), threshold);
        var periods = new SortedDictionary<TPeriod, SlaResult>(KeyOrder.For<TPeriod>());
        long position = 0;
        foreach ((TPeriod period, double duration) in operations)
        {
            Preconditions.CheckKey(nameof(operations), period, position);
            Preconditions.CheckTimeAt(nameof(operations), duration, position++, "duration");
            periods[period] = periods.GetValueOrDefault(period) + One(duration <= threshold);
        }

        var results = new List<SlaPeriod<TPeriod>>(periods.Count);
        foreach ((TPeriod period, SlaResult result) in periods)
        {
            results.Add(new SlaPeriod<TPeriod>(period, result));
        }

        return results;
    }

#if NET
    /// <summary>
    /// The monthly client report from start and finish times: compliance per calendar month of the
    /// start (in the start's own offset), earliest first; each month is keyed by its first day.
    /// </summary>
    /// <param name="operations">Each operation's start and finish; the finish not before the start.</param>
    /// <param name="threshold">The agreed time; greater than zero.</param>
    /// <returns>One result per month that has operations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operations"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not positive, or an operation finishes before it starts.</exception>
    public static IReadOnlyList<SlaPeriod<DateOnly>> MeasureByMonth(IEnumerable<(DateTimeOffset Start, DateTimeOffset Finish)> operations, TimeSpan threshold)
    {
        Preconditions.CheckNotNull(nameof(operations), operations);
        CheckThreshold(nameof(threshold), threshold);
        var months = new SortedDictionary<DateOnly, SlaResult>();
        long position = 0;
        foreach ((DateTimeOffset start, DateTimeOffset finish) in operations)
        {
            var month = new DateOnly(start.Year, start.Month, 1);
            months[month] = months.GetValueOrDefault(month) + One(Duration(start, finish, nameof(operations), position++) <= threshold);
        }

        var results = new List<SlaPeriod<DateOnly>>(months.Count);
        foreach ((DateOnly month, SlaResult result) in months)
        {
            results.Add(new SlaPeriod<DateOnly>(month, result));
        }

        return results;
    }
#endif

    /// <summary>
    /// One percentile (Hyndman–Fan type 7, as Excel PERCENTILE.INC) by selection, without sorting:
    /// expected linear time. The input is not changed; a large input is not copied either (a sample
    /// brackets the percentile and one pass keeps the few values inside the bracket).
    /// </summary>
    /// <param name="values">The values; finite.</param>
    /// <param name="percentile">The percentile in [0, 100], e.g. 95.</param>
    /// <returns>The percentile; NaN when <paramref name="values"/> is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentile"/> is outside [0, 100], or a value is NaN or infinite (its position is named).</exception>
    public static double Percentile(ReadOnlySpan<double> values, double percentile)
    {
        CheckPercentile(nameof(percentile), percentile);
        // Stryker disable once Equality,Block : equivalent, the sampled path or the copy; both select exactly
        if (values.Length >= SampledSelection.MinimumLength)
        {
            (int rank, double weight) = Percentiles.Position(values.Length, percentile);
            if (SampledSelection.TrySelect(values, rank, out double low, out double high))
            {
                return Percentiles.Interpolate(low, high, weight);
            }

            // The bracket missed, or a value is not finite: the copy below finds out which.
        }

        CheckFinite(values, nameof(values));
        double[] scratch = ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            Span<double> copy = scratch.AsSpan(0, values.Length);
            values.CopyTo(copy);
            return Percentiles.BySelection(copy, percentile);
        }
        finally
        {
            // Stryker disable once Statement : equivalent, a rented array not given back is only garbage
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    /// <summary>Several percentiles at once, from one sorted copy of the values.</summary>
    /// <param name="values">The values; finite.</param>
    /// <param name="percentiles">The percentiles wanted, each in [0, 100].</param>
    /// <returns>One value per requested percentile, in the same order; NaNs when <paramref name="values"/> is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A percentile is outside [0, 100], or a value is NaN or infinite.</exception>
    public static double[] PercentilesOf(ReadOnlySpan<double> values, ReadOnlySpan<double> percentiles)
    {
        for (int i = 0; i < percentiles.Length; i++)
        {
            CheckPercentile(nameof(percentiles), percentiles[i]);
        }

        CheckFinite(values, nameof(values));
        double[] scratch = ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            Span<double> sorted = scratch.AsSpan(0, values.Length);
            values.CopyTo(sorted);
            Array.Sort(scratch, 0, values.Length);
            double[] results = new double[percentiles.Length];
            for (int i = 0; i < percentiles.Length; i++)
            {
                results[i] = Percentiles.FromSorted(sorted, percentiles[i]);
            }

            return results;
        }
        finally
        {
            // Stryker disable once Statement : equivalent, a rented array not given back is only garbage
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// Response times against a standard in one call: the compliance, the mean, the extremes and the
    /// 50th, 90th, 95th and 99th percentiles (one sorted copy).
    /// </summary>
    /// <param name="durations">The response times: finite and non-negative.</param>
    /// <param name="threshold">The standard, e.g. 20 seconds; greater than 0.</param>
    /// <returns>The summary; NaN figures when there are no durations.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not positive, or a duration is negative, NaN or infinite.</exception>
    public static ResponseTimeSummary Summarize(ReadOnlySpan<double> durations, double threshold)
    {
        SlaResult compliance = Measure(durations, threshold);
        double[] scratch = ArrayPool<double>.Shared.Rent(durations.Length);
        try
        {
            Span<double> sorted = scratch.AsSpan(0, durations.Length);
            durations.CopyTo(sorted);
            Array.Sort(scratch, 0, durations.Length);
            bool empty = sorted.IsEmpty;
            // Stryker disable once Conditional : equivalent, the mean of nothing is 0 / 0, NaN as well
            return new ResponseTimeSummary(
                compliance,
                empty ? double.NaN : Mean(sorted),
                empty ? double.NaN : sorted[0],
                empty ? double.NaN : sorted[sorted.Length - 1],
                Percentiles.FromSorted(sorted, 50),
                Percentiles.FromSorted(sorted, 90),
                Percentiles.FromSorted(sorted, 95),
                Percentiles.FromSorted(sorted, 99));
        }
        finally
        {
            // Stryker disable once Statement : equivalent, a rented array not given back is only garbage
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    /// <summary>The mean of finite values; when their sum overflows (durations near double.MaxValue), Σ(x / n) instead.</summary>
    private static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double value in values)
        {
            sum += value;
        }

        if (double.IsFinite(sum))
        {
            return sum / values.Length;
        }

        double mean = 0;
        foreach (double value in values)
        {
            mean += value / values.Length;
        }

        return mean;
    }

    private static SlaResult One(bool withinThreshold) => new(1, withinThreshold ? 1 : 0);

    private static TimeSpan Duration(DateTimeOffset start, DateTimeOffset finish, string paramName, long position)
    {
        if (finish < start)
        {
            Preconditions.ThrowOutOfRange(paramName, finish, Preconditions.Format($"The operation at position {position} finishes ({finish:O}) before it starts ({start:O})."));
        }

        return finish - start;
    }

    private static void CheckThreshold(string paramName, double threshold) =>
        Preconditions.CheckPositiveFinite(paramName, threshold, "The threshold should be a finite time greater than 0.");

    private static void CheckThreshold(string paramName, TimeSpan threshold)
    {
        if (threshold <= TimeSpan.Zero)
        {
            Preconditions.ThrowOutOfRange(paramName, threshold, "The threshold should be a time greater than 0.");
        }
    }

    private static void CheckPercentile(string paramName, double percentile)
    {
        if (!(percentile >= 0 && percentile <= 100))
        {
            Preconditions.ThrowOutOfRange(paramName, percentile, "A percentile should be in [0, 100], for example 95.");
        }
    }

    private static void CheckFinite(ReadOnlySpan<double> values, string paramName)
    {
        for (int i = 0; i < values.Length; i++)
        {
            Preconditions.CheckFiniteAt(paramName, values[i], i);
        }
    }
}
