using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET9_0_OR_GREATER
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif
using CustomerMetrics.Internal;

namespace CustomerMetrics.Statistics;

/// <summary>
/// Order statistics of a large span without copying it (Floyd &amp; Rivest's idea, 1975): a fixed random
/// sample brackets the wanted rank between two of its values with overwhelming probability; one
/// vectorised pass counts the values below the bracket and those equal to its ends, checks that every
/// value is finite, and keeps only the few strictly inside; the wanted ranks are then selected among
/// those. When the bracket misses (about once in a million, or with adversarial data) the caller falls
/// back to selecting in a copy, so the result is always exact.
/// </summary>
internal static class SampledSelection
{
    /// <summary>Below this length a copy costs less than sampling.</summary>
    internal const int MinimumLength = 1 << 16;

    private const int MaxSample = 1 << 15;

    /// <summary>How many standard deviations of a sample rank the bracket spans on each side.</summary>
    private const double Spread = 5;

    /// <summary>
    /// The values of rank <paramref name="rank"/> and <paramref name="rank"/> + 1 (the latter clamped to the
    /// last), or <c>false</c> when the bracket missed or a value is NaN or infinite (the caller then checks
    /// the values and selects in a copy). <paramref name="portable"/> runs the <see cref="Vector{T}"/> pass even
    /// where the 512-bit one would run, so that the tests compare both.
    /// </summary>
    internal static bool TrySelect(ReadOnlySpan<double> values, long rank, out double low, out double high, bool portable = false)
    {
        low = high = double.NaN;
        int n = values.Length;
        int sampleSize = Math.Min(MaxSample, n / 16);
        double[] sample = new double[sampleSize];
        ulong state = 0x9E3779B97F4A7C15UL ^ (ulong)n;
        for (int i = 0; i < sample.Length; i++)
        {
            // xorshift64*: a fixed, fast sequence; the result is exact whatever the sample.
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            sample[i] = values[(int)(unchecked(state * 0x2545F4914F6CDD1DUL) % (ulong)n)];
        }

        double q = (double)rank / (n - 1);
        double deviation = Spread * Math.Sqrt(sampleSize * q * (1 - q)) + 3;
        int centre = (int)(q * (sampleSize - 1));
        int lowIndex = Math.Max(0, (int)(centre - deviation));
        int highIndex = Math.Min(sampleSize - 1, (int)Math.Ceiling(centre + deviation));

        // A bracket that reaches the sample's first or last value stays open on that side: about n / sampleSize
        // values lie beyond the sample's extremes, so a closed end would miss the ranks at the ends of the input.
        double lower = lowIndex == 0 ? double.NegativeInfinity : Percentiles.Select(sample, lowIndex);
        double upper = highIndex == sampleSize - 1 ? double.PositiveInfinity : Percentiles.Select(sample, highIndex);

        long expectedInside = (long)((double)n * (highIndex - lowIndex + 1) / sampleSize);
        Bracket bracket = Count(values, lower, upper, (int)Math.Min(n, (expectedInside * 3 / 2) + 16), portable);
        if (bracket.Invalid)
        {
            return false;
        }

        long last = n - 1;
        long next = Math.Min(rank + 1, last);
        if (!bracket.Holds(rank) || !bracket.Holds(next))
        {
            return false;
        }

        low = bracket.ValueAt(rank);
        high = next == rank ? low : bracket.ValueAt(next);
        return true;
    }

    /// <summary>One pass: the values below, equal to the ends of, and strictly inside [lower, upper].</summary>
    private static unsafe Bracket Count(ReadOnlySpan<double> values, double lower, double upper, int capacity, bool portable)
    {
#if NET9_0_OR_GREATER
        if (!portable && Avx512F.IsSupported && Vector512.IsHardwareAccelerated)
        {
            return Count512(values, lower, upper, capacity);
        }
#endif
        var bracket = new Bracket(lower, upper, capacity);
        ReadOnlySpan<Vector<double>> vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
        var lo = new Vector<double>(lower);
        var hi = new Vector<double>(upper);
        Vector<long> below = Vector<long>.Zero;
        Vector<long> atLower = Vector<long>.Zero;
        Vector<long> atUpper = Vector<long>.Zero;
        Vector<long> notFinite = Vector<long>.Zero;
        fixed (double* pinned = values)
        {
            for (int index = 0; index < vectors.Length; index++)
            {
                Prefetch.Ahead(pinned + (index * Vector<double>.Count));
                Vector<double> v = vectors[index];

                // x − x is 0 for every finite x and NaN for NaN and ±∞.
                notFinite |= ~Vector.Equals(v - v, Vector<double>.Zero);
                below -= Vector.LessThan(v, lo);
                atLower -= Vector.Equals(v, lo);
                atUpper -= Vector.Equals(v, hi);
                Vector<long> inside = Vector.GreaterThan(v, lo) & Vector.LessThan(v, hi);
                if (inside != Vector<long>.Zero)
                {
                    for (int lane = 0; lane < Vector<double>.Count; lane++)
                    {
                        if (inside[lane] != 0)
                        {
                            bracket.Keep(v[lane]);
                        }
                    }
                }
            }
        }

        bracket.Finish(
            Vector.Dot(below, Vector<long>.One),
            Vector.Dot(atLower, Vector<long>.One),
            Vector.Dot(atUpper, Vector<long>.One),
            notFinite != Vector<long>.Zero,
            values.Slice(vectors.Length * Vector<double>.Count));
        return bracket;
    }

#if NET9_0_OR_GREATER
    /// <summary>
    /// The same pass over 512-bit registers, without a branch per register: the comparisons become bit masks
    /// whose population counts are added on the integer ports, and the inside lanes of every register are
    /// compressed to the front and stored at the end of the kept values (a register with none stores
    /// nothing useful and advances by zero). The branch on "any lane inside" of the portable pass is taken for
    /// about one register in twenty, unpredictably; here it is gone.
    /// </summary>
    private static unsafe Bracket Count512(ReadOnlySpan<double> values, double lower, double upper, int capacity)
    {
        const ulong EveryLane = (1UL << 8) - 1; // Vector512<double>.Count lanes
        var bracket = new Bracket(lower, upper, capacity);
        ReadOnlySpan<Vector512<double>> vectors = MemoryMarshal.Cast<double, Vector512<double>>(values);
        var lo = Vector512.Create(lower);
        var hi = Vector512.Create(upper);
        long below = 0;
        long atLower = 0;
        long atUpper = 0;
        ulong finite = EveryLane;
        fixed (double* pinned = values)
        {
            for (int index = 0; index < vectors.Length; index++)
            {
                Prefetch.Ahead(pinned + (index * Vector512<double>.Count));
                Vector512<double> v = vectors[index];

                // x − x is 0 for every finite x and NaN for NaN and ±∞.
                finite &= Vector512.Equals(v - v, Vector512<double>.Zero).ExtractMostSignificantBits();
                below += BitOperations.PopCount(Vector512.LessThan(v, lo).ExtractMostSignificantBits());
                atLower += BitOperations.PopCount(Vector512.Equals(v, lo).ExtractMostSignificantBits());
                atUpper += BitOperations.PopCount(Vector512.Equals(v, hi).ExtractMostSignificantBits());
                bracket.Keep(v, Vector512.GreaterThan(v, lo) & Vector512.LessThan(v, hi));
            }
        }

        bracket.Finish(below, atLower, atUpper, finite != EveryLane, values.Slice(vectors.Length * Vector512<double>.Count));
        return bracket;
    }
#endif

    /// <summary>Counts around a bracket [Lower, Upper] and the values strictly inside it.</summary>
    private sealed class Bracket
    {
        private double[] inside;
        private int insideCount;

        // The index of the kept values last put in place by a selection; −1 when none is.
        private int selected = -1;

        internal Bracket(double lower, double upper, int capacity)
        {
            Lower = lower;
            Upper = upper;
            inside = new double[Math.Max(16, capacity)];
        }

        internal double Lower { get; }

        internal double Upper { get; }

        internal long Below { get; private set; }

        internal long AtLower { get; private set; }

        internal long AtUpper { get; private set; }

        internal bool Invalid { get; private set; }

        internal void Keep(double value)
        {
            if (insideCount == inside.Length)
            {
                Array.Resize(ref inside, inside.Length * 2);
            }

            inside[insideCount++] = value;
        }

#if NET9_0_OR_GREATER
        /// <summary>Keeps the lanes of <paramref name="values"/> that <paramref name="inside"/> marks, in order.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Keep(Vector512<double> values, Vector512<double> inside)
        {
            if (insideCount > this.inside.Length - Vector512<double>.Count)
            {
                Array.Resize(ref this.inside, this.inside.Length * 2);
            }

            // The whole register is stored; only the compressed inside lanes at its front are counted.
            Avx512F.Compress(Vector512<double>.Zero, inside, values).StoreUnsafe(ref this.inside[0], (nuint)insideCount);
            insideCount += BitOperations.PopCount(inside.ExtractMostSignificantBits());
        }
#endif

        /// <summary>
        /// Takes a vector pass's counts (a value equal to both ends counts once, at the lower) and counts the
        /// values after the last whole register one at a time.
        /// </summary>
        internal void Finish(long below, long atLower, long atUpper, bool invalid, ReadOnlySpan<double> tail)
        {
            Below = below;
            AtLower = atLower;
            AtUpper = Lower == Upper ? 0 : atUpper;
            Invalid = invalid;
            foreach (double value in tail)
            {
                Add(value);
            }
        }

        /// <summary>Counts one value of the scalar tail.</summary>
        private void Add(double value)
        {
            if (!double.IsFinite(value))
            {
                Invalid = true;
            }
            else if (value < Lower)
            {
                Below++;
            }
            else if (value == Lower)
            {
                AtLower++;
            }
            else if (value == Upper)
            {
                AtUpper++;
            }
            else if (value < Upper)
            {
                Keep(value);
            }
        }

        /// <summary>Whether the value of rank <paramref name="rank"/> lies in the bracket.</summary>
        internal bool Holds(long rank) => rank >= Below && rank < Below + AtLower + insideCount + AtUpper;

        /// <summary>The value of a rank the bracket holds: the lower end, a selected inside value, or the upper end.</summary>
        internal double ValueAt(long rank)
        {
            long offset = rank - Below;
            if (offset < AtLower)
            {
                return Lower;
            }

            offset -= AtLower;
            if (offset < insideCount)
            {
                Span<double> kept = inside.AsSpan(0, insideCount);
                int index = (int)offset;
                if (selected >= 0 && index == selected + 1)
                {
                    // Selecting rank k left every value after it at least the k-th: rank k + 1 is their minimum.
                    selected = -1;
                    return Minimum(kept.Slice(index));
                }

                selected = index;
                return Percentiles.Select(kept, index);
            }

            return Upper;
        }

        private static double Minimum(ReadOnlySpan<double> values)
        {
            double minimum = values[0];
            ReadOnlySpan<Vector<double>> vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
            if (vectors.Length > 0)
            {
                Vector<double> vectorMinimum = vectors[0];
                for (int v = 1; v < vectors.Length; v++)
                {
                    vectorMinimum = Vector.Min(vectorMinimum, vectors[v]);
                }

                for (int lane = 0; lane < Vector<double>.Count; lane++)
                {
                    minimum = Math.Min(minimum, vectorMinimum[lane]);
                }
            }

            foreach (double value in values.Slice(vectors.Length * Vector<double>.Count))
            {
                minimum = Math.Min(minimum, value);
            }

            return minimum;
        }
    }
}
