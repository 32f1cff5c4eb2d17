using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET
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
internal static partial class SampledSelection
{
    /// <summary>Below this length a copy costs less than sampling.</summary>
    internal const int MinimumLength = 1 << 16;

    private const int MaxSample = 1 << 15;

    /// <summary>How many standard deviations of a sample rank the bracket spans on each side.</summary>
    private const double Spread = 5;

    /// <summary>
    /// The values of rank <paramref name="rank"/> and <paramref name="rank"/> + 1 (the latter clamped to the
    /// last), or <c>false</c> when the bracket missed or a value is NaN or infinite (the caller then checks
    /// the values and selects in a copy). <paramref name="pass"/> chooses the counting pass, so that the tests run
    /// each one this machine has; by default the widest.
    /// </summary>
    internal static bool TrySelect(ReadOnlySpan<double> values, long rank, out double low, out double high, CountingPass pass = CountingPass.Widest)
    {
        low = high = double.NaN;
        int n = values.Length;
        int sampleSize = Math.Min(MaxSample, n / 16);
        double[] sample = new double[sampleSize];
        var positions = new SamplePositions(n);
        for (int i = 0; i < sample.Length; i++)
        {
            sample[i] = values[positions.Next()];
        }

        // Stryker disable Arithmetic,Linq,Conditional : equivalent, where the bracket lies and how much room it reserves decide only how often a miss sends the caller to a copy
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
        Bracket bracket = Count(values, lower, upper, (int)Math.Min(n, (expectedInside * 3 / 2) + 16), pass);

        // Stryker restore Arithmetic,Linq,Conditional
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
        // Stryker disable once Conditional : equivalent, the value of the same rank again
        high = next == rank ? low : bracket.ValueAt(next);
        return true;
    }

    /// <summary>The counting passes: the widest this machine runs, or one named (for the tests).</summary>
    internal enum CountingPass
    {
        /// <summary>512-bit where the machine has AVX-512, else 256-bit where it has AVX2, else <see cref="Vector{T}"/>.</summary>
        Widest,

        /// <summary><see cref="Vector{T}"/>, with a branch on "any lane inside" per register: every platform.</summary>
        Portable,

        /// <summary>256-bit AVX2: the inside lanes packed by a permutation looked up from their mask.</summary>
        Avx2,

        /// <summary>512-bit AVX-512: the inside lanes packed by <c>vcompresspd</c>.</summary>
        Avx512,
    }

    /// <summary>Whether this machine can run <paramref name="pass"/>.</summary>
    // Stryker disable once Logical : equivalent where the machine has no AVX-512 (both parts false), which is where it survives
    internal static bool IsSupported(CountingPass pass) => pass switch
    {
#if NET9_0_OR_GREATER
        CountingPass.Avx512 => Avx512F.IsSupported && Vector512.IsHardwareAccelerated,
#endif
#if NET
        CountingPass.Avx2 => Avx2.IsSupported,
#endif
        CountingPass.Widest or CountingPass.Portable => true,
        _ => false,
    };

    /// <summary>
    /// The positions of the sample of an input, in order: xorshift64*, a fixed, fast sequence (the result is
    /// exact whatever the sample). The tests build adversarial inputs from it.
    /// </summary>
    internal struct SamplePositions
    {
        private readonly ulong length;
        private ulong state;

        // Stryker disable once Bitwise,Assignment : equivalent, another sequence draws another sample, and the result is exact whatever the sample
        internal SamplePositions(int length)
        {
            this.length = (ulong)length;
            state = 0x9E3779B97F4A7C15UL ^ (ulong)length;
        }

        /// <summary>The next position, in [0, length).</summary>
        internal int Next()
        {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            return (int)(unchecked(state * 0x2545F4914F6CDD1DUL) % length);
        }
    }

    /// <summary>One pass: the values below, equal to the ends of, and strictly inside [lower, upper].</summary>
    // Stryker disable once Equality,Logical,Boolean,Block : equivalent, which pass runs; each is tested directly against the others
    private static Bracket Count(ReadOnlySpan<double> values, double lower, double upper, int capacity, CountingPass pass)
    {
#if NET9_0_OR_GREATER
        if (pass == CountingPass.Avx512 || (pass == CountingPass.Widest && IsSupported(CountingPass.Avx512)))
        {
            return Count512(values, lower, upper, capacity);
        }
#endif
#if NET
        if (pass == CountingPass.Avx2 || (pass == CountingPass.Widest && IsSupported(CountingPass.Avx2)))
        {
            return Count256(values, lower, upper, capacity);
        }
#endif
        return CountPortable(values, lower, upper, capacity);
    }

    /// <summary>The pass in <see cref="Vector{T}"/> registers, for every platform.</summary>
    private static unsafe Bracket CountPortable(ReadOnlySpan<double> values, double lower, double upper, int capacity)
    {
        var kept = new Kept(capacity);
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
                // Stryker disable once Arithmetic,Statement : equivalent, a prefetch is a hint (docs/testing.md)
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
                            kept.Add(v[lane]);
                        }
                    }
                }
            }
        }

        return new Bracket(
            lower,
            upper,
            Vector.Dot(below, Vector<long>.One),
            Vector.Dot(atLower, Vector<long>.One),
            Vector.Dot(atUpper, Vector<long>.One),
            notFinite != Vector<long>.Zero,
            kept,
            values.Slice(vectors.Length * Vector<double>.Count));
    }

#if NET
    /// <summary>
    /// The pass over 256-bit registers without a branch per register. AVX2 has no compress instruction: the
    /// four-bit mask of the inside lanes indexes a table of permutations that moves those lanes to the front,
    /// and the whole register is stored at the end of the kept values, which advance by the mask's population
    /// count. The non-finite check is one OR of x − x (all bits zero for every finite x).
    /// </summary>
    private static unsafe Bracket Count256(ReadOnlySpan<double> values, double lower, double upper, int capacity)
    {
        var kept = new Kept(capacity);
        var lo = Vector256.Create(lower);
        var hi = Vector256.Create(upper);
        var counts = default(Counts256);
        int whole = values.Length - (values.Length % Vector256<double>.Count);
        fixed (double* pinned = values)
        {
            // Stryker disable once Equality : equivalent, a last block of no values
            for (int start = 0; start < whole; start += Kept.Block)
            {
                int end = Math.Min(whole, start + Kept.Block);
                int length = end - start;
                kept.Count += CountBlock256(pinned + start, length, kept.Reserve(length), lo, hi, ref counts);
            }
        }

        return new Bracket(lower, upper, Vector256.Sum(counts.Below), Vector256.Sum(counts.AtLower), Vector256.Sum(counts.AtUpper), counts.NotFinite != Vector256<ulong>.Zero, kept, values.Slice(whole));
    }

    /// <summary>
    /// One block of the 256-bit pass; returns how many values it kept at <paramref name="keep"/>. A method of
    /// its own, without calls, so that the accumulators stay in registers: in a loop around a call (making room
    /// for the kept values) they would be saved to memory every register, since the caller owns them all.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe int CountBlock256(double* values, int length, double* keep, Vector256<double> lo, Vector256<double> hi, ref Counts256 counts)
    {
        Vector256<long> below = counts.Below;
        Vector256<long> atLower = counts.AtLower;
        Vector256<long> atUpper = counts.AtUpper;
        Vector256<ulong> notFinite = counts.NotFinite;
        int kept = 0;
        fixed (int* packing = PackingPermutations)
        {
            // Unchecked: the indices stay far below int.MaxValue, and the overflow checks would cost a branch each.
            unchecked
            {
                for (int i = 0; i < length; i += Vector256<double>.Count)
                {
                    // Stryker disable once Arithmetic,Statement : equivalent, a prefetch is a hint (docs/testing.md)
                    Prefetch.Ahead(values + i);
                    Vector256<double> v = Vector256.Load(values + i);
                    notFinite |= (v - v).AsUInt64();
                    below -= Vector256.LessThan(v, lo).AsInt64();
                    atLower -= Vector256.Equals(v, lo).AsInt64();
                    atUpper -= Vector256.Equals(v, hi).AsInt64();
                    uint inside = (Vector256.GreaterThan(v, lo) & Vector256.LessThan(v, hi)).ExtractMostSignificantBits();
                    Vector256<int> permutation = Vector256.Load(packing + (inside * 8));
                    Avx2.PermuteVar8x32(v.AsSingle(), permutation).AsDouble().Store(keep + kept);
                    kept += BitOperations.PopCount(inside);
                }
            }
        }

        counts = new Counts256(below, atLower, atUpper, notFinite);
        return kept;
    }

    /// <summary>The 256-bit pass's counters: per lane, the values below, at the lower end and at the upper end, and the OR of x − x.</summary>
    private readonly record struct Counts256(Vector256<long> Below, Vector256<long> AtLower, Vector256<long> AtUpper, Vector256<ulong> NotFinite);

    /// <summary>
    /// For each four-bit mask, the 32-bit lane indices that move the marked doubles (two lanes each) to the
    /// front in order; the rest of the register repeats lane 0, which the kept count never reaches.
    /// </summary>
    private static readonly int[] PackingPermutations = CreatePackingPermutations();

    private static int[] CreatePackingPermutations()
    {
        int[] table = new int[16 * 8];
        for (int mask = 0; mask < 16; mask++)
        {
            int next = 0;
            for (int lane = 0; lane < 4; lane++)
            {
                if ((mask & (1 << lane)) != 0)
                {
                    table[(mask * 8) + next++] = 2 * lane;
                    table[(mask * 8) + next++] = (2 * lane) + 1;
                }
            }
        }

        return table;
    }
#endif

    /// <summary>
    /// The values kept strictly inside the bracket: a growing array and its count. Where the vector passes
    /// store through a pointer (.NET 5 and later) the array lives on the pinned object heap.
    /// </summary>
    private sealed class Kept
    {
        /// <summary>How many values a vector pass reads between two checks of the room left (4096: 32 KB).</summary>
        internal const int Block = 4096;

        internal Kept(int capacity)
        {
            // Stryker disable once Linq : equivalent, a smaller first store grows when a block needs room
            Values = Allocate(Math.Max(16, capacity) + Block);
        }

        internal double[] Values { get; private set; }

        internal int Count { get; set; }

        internal void Add(double value)
        {
            if (Count == Values.Length)
            {
                Grow(Values.Length * 2);
            }

            Values[Count++] = value;
        }

#if NET
        /// <summary>
        /// Makes room for <paramref name="values"/> more values and returns where the next is stored. A vector
        /// pass stores whole registers at the end of the kept values, so it writes up to as many values as it
        /// reads, though it counts only those inside.
        /// </summary>
        internal unsafe double* Reserve(int values)
        {
            // Stryker disable once Equality,Arithmetic,Linq : equivalent, growing sooner or by another amount that still makes the room asked for
            if (Values.Length - Count < values)
            {
                Grow(Math.Max(Values.Length * 2, Count + values));
            }

            return (double*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(Values)) + Count;
        }
#endif

        private static double[] Allocate(int length) =>
#if NET
            GC.AllocateUninitializedArray<double>(length, pinned: true);
#else
            new double[length];
#endif

        private void Grow(int length)
        {
            double[] values = Allocate(length);
            Array.Copy(Values, values, Count);
            Values = values;
        }
    }

    /// <summary>Counts around a bracket [Lower, Upper] and the values strictly inside it.</summary>
    private sealed class Bracket
    {
        private double[] inside;
        private int insideCount;

        // The index of the kept values last put in place by a selection; −1 when none is.
        private int selected = -1;

        /// <summary>
        /// Takes a vector pass's counts (a value equal to both ends counts once, at the lower) and kept values,
        /// and counts the values after the last whole register one at a time.
        /// </summary>
        internal Bracket(double lower, double upper, long below, long atLower, long atUpper, bool invalid, Kept kept, ReadOnlySpan<double> tail)
        {
            Lower = lower;
            Upper = upper;
            Below = below;
            AtLower = atLower;
            AtUpper = lower == upper ? 0 : atUpper;
            Invalid = invalid;
            inside = kept.Values;
            insideCount = kept.Count;
            foreach (double value in tail)
            {
                Add(value);
            }
        }

        internal double Lower { get; }

        internal double Upper { get; }

        internal long Below { get; private set; }

        internal long AtLower { get; private set; }

        internal long AtUpper { get; private set; }

        internal bool Invalid { get; private set; }

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
                if (insideCount == inside.Length)
                {
                    Array.Resize(ref inside, inside.Length * 2);
                }

                inside[insideCount++] = value;
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
                // Stryker disable once Equality,Arithmetic,Logical : equivalent, the shortcut for the next rank; selecting it instead gives the same value
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

            // Stryker disable once Arithmetic : equivalent, values the vector minimum already saw
            foreach (double value in values.Slice(vectors.Length * Vector<double>.Count))
            {
                minimum = Math.Min(minimum, value);
            }

            return minimum;
        }
    }
}
