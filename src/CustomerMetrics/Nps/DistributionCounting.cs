using System;
using System.Numerics;
using System.Runtime.InteropServices;
#if NET
using System.Runtime.Intrinsics;
#endif
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Counting each answer 0..10 in a span of bytes. The kernels on .NET count with byte shuffles into
/// nibble counters (see <c>CountVectorised</c>); the <see cref="Vector{T}"/> kernel of netstandard2.0
/// compares a register with each of the values 0..9 and subtracts the 0/−1 masks into byte-lane counters.
/// Both widen their counters every 255 steps; a lane above 10 marks the input invalid, and the count of 10
/// is what is left. The scalar loop is the reference the property tests compare every width with.
/// </summary>
internal static class DistributionCounting
{
    private const int MaxByteAccumulations = byte.MaxValue;

    /// <summary>Counts with the widest vector the hardware accelerates, then a scalar tail; fills 11 counts.</summary>
    internal static void Count(ReadOnlySpan<byte> scores, Span<long> counts, string paramName)
    {
        // Stryker disable Boolean,Block,Equality,Logical : equivalent, which kernel runs; each gives the reference's counts (docs/testing.md)
#if NET
        if (Vector512.IsHardwareAccelerated && scores.Length >= Vector512<byte>.Count)
        {
            CountVectorised<Lanes512, Vector512<byte>>(scores, counts, paramName);
            return;
        }

        if (Vector256.IsHardwareAccelerated && scores.Length >= Vector256<byte>.Count)
        {
            CountVectorised<Lanes256, Vector256<byte>>(scores, counts, paramName);
            return;
        }

        if (Vector128.IsHardwareAccelerated && scores.Length >= Vector128<byte>.Count)
        {
            CountVectorised<Lanes128, Vector128<byte>>(scores, counts, paramName);
            return;
        }
#else
        if (Vector.IsHardwareAccelerated && scores.Length >= Vector<byte>.Count)
        {
            CountVector(scores, counts, paramName);
            return;
        }
#endif
        // Stryker restore Boolean,Block,Equality,Logical
        CountScalar(scores, counts, paramName, firstPosition: 0);
    }

    /// <summary>The reference: one answer at a time, adding to <paramref name="counts"/>.</summary>
    internal static void CountScalar(ReadOnlySpan<byte> scores, Span<long> counts, string paramName, long firstPosition)
    {
        for (int i = 0; i < scores.Length; i++)
        {
            Preconditions.CheckNpsScore(paramName, scores[i], firstPosition + i);
            counts[scores[i]]++;
        }
    }

    /// <summary>The kernel over <see cref="Vector{T}"/>: the vector path on netstandard2.0, compiled everywhere for the tests.</summary>
    internal static void CountVector(ReadOnlySpan<byte> scores, Span<long> counts, string paramName)
    {
        ReadOnlySpan<Vector<byte>> vectors = MemoryMarshal.Cast<byte, Vector<byte>>(scores);
        Span<long> found = stackalloc long[NpsDistribution.ValueCount - 1];
        var ten = new Vector<byte>(10);
        Vector<byte> invalid = Vector<byte>.Zero;
        int v = 0;
        while (v < vectors.Length)
        {
            Vector<byte> c0 = Vector<byte>.Zero, c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0, c8 = c0, c9 = c0;
            int end = Math.Min(vectors.Length, v + MaxByteAccumulations);
            for (; v < end; v++)
            {
                Vector<byte> x = vectors[v];
                invalid |= Vector.GreaterThan(x, ten);
                c0 -= Vector.Equals(x, Vector<byte>.Zero);
                c1 -= Vector.Equals(x, new Vector<byte>(1));
                c2 -= Vector.Equals(x, new Vector<byte>(2));
                c3 -= Vector.Equals(x, new Vector<byte>(3));
                c4 -= Vector.Equals(x, new Vector<byte>(4));
                c5 -= Vector.Equals(x, new Vector<byte>(5));
                c6 -= Vector.Equals(x, new Vector<byte>(6));
                c7 -= Vector.Equals(x, new Vector<byte>(7));
                c8 -= Vector.Equals(x, new Vector<byte>(8));
                c9 -= Vector.Equals(x, new Vector<byte>(9));
            }

            found[0] += NpsCounting.SumLanes(c0);
            found[1] += NpsCounting.SumLanes(c1);
            found[2] += NpsCounting.SumLanes(c2);
            found[3] += NpsCounting.SumLanes(c3);
            found[4] += NpsCounting.SumLanes(c4);
            found[5] += NpsCounting.SumLanes(c5);
            found[6] += NpsCounting.SumLanes(c6);
            found[7] += NpsCounting.SumLanes(c7);
            found[8] += NpsCounting.SumLanes(c8);
            found[9] += NpsCounting.SumLanes(c9);
        }

        if (invalid != Vector<byte>.Zero)
        {
            NpsCounting.ThrowFirstInvalid(scores, paramName);
        }

        int vectorised = vectors.Length * Vector<byte>.Count;
        AddFound(found, vectorised, counts);
        CountScalar(scores.Slice(vectorised), counts, paramName, vectorised);
    }

#if NET
    /// <summary>
    /// The kernel for one register width; internal so that tests can run every width the machine has.
    /// </summary>
    /// <remarks>
    /// A byte shuffle turns each answer into a one in a nibble: five lookup tables, table k giving 0x01 for
    /// the value 2k and 0x10 for 2k + 1, so five shuffles and five byte additions count all of 0..9 in four-bit
    /// counters, two to a byte. Every 15 registers (before a nibble can overflow) the nibbles are split into
    /// byte counters, and those are widened every 17 splits (17 × 15 = 255). The count of 10 is what is left,
    /// and a running byte maximum above 10 marks the input invalid.
    /// </remarks>
    internal static unsafe void CountVectorised<TLanes, TVector>(ReadOnlySpan<byte> scores, Span<long> counts, string paramName)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : struct
    {
        const int NibbleSteps = 15;
        const int NibbleSplits = MaxByteAccumulations / NibbleSteps;
        nuint length = (nuint)scores.Length;
        nuint width = (nuint)TLanes.Count;
        TVector t0 = TLanes.Table(NibbleTable(0)), t1 = TLanes.Table(NibbleTable(1)), t2 = TLanes.Table(NibbleTable(2));
        TVector t3 = TLanes.Table(NibbleTable(3)), t4 = TLanes.Table(NibbleTable(4));
        TVector lowNibble = TLanes.Broadcast(0x0F);
        TVector largest = TLanes.Zero;
        Span<long> found = stackalloc long[NpsDistribution.ValueCount - 1];
        nuint i = 0;
        fixed (byte* pinned = scores)
        {
            ref byte start = ref *pinned;
            while (i + width <= length)
            {
                TVector c0 = TLanes.Zero, c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0, c8 = c0, c9 = c0;
                for (int split = 0; split < NibbleSplits && i + width <= length; split++)
                {
                    TVector n0 = TLanes.Zero, n1 = n0, n2 = n0, n3 = n0, n4 = n0;
                    for (int step = 0; step < NibbleSteps && i + width <= length; step++, i += width)
                    {
                        // Stryker disable once Statement,Arithmetic : equivalent, a prefetch is a hint (docs/testing.md)
                        Prefetch.Ahead(pinned + i);
                        TVector x = TLanes.Load(ref start, i);
                        largest = TLanes.Max(largest, x);
                        n0 = TLanes.Add(n0, TLanes.Lookup(t0, x));
                        n1 = TLanes.Add(n1, TLanes.Lookup(t1, x));
                        n2 = TLanes.Add(n2, TLanes.Lookup(t2, x));
                        n3 = TLanes.Add(n3, TLanes.Lookup(t3, x));
                        n4 = TLanes.Add(n4, TLanes.Lookup(t4, x));
                    }

                    c0 = TLanes.Add(c0, TLanes.And(n0, lowNibble));
                    c1 = TLanes.Add(c1, TLanes.HighNibbles(n0));
                    c2 = TLanes.Add(c2, TLanes.And(n1, lowNibble));
                    c3 = TLanes.Add(c3, TLanes.HighNibbles(n1));
                    c4 = TLanes.Add(c4, TLanes.And(n2, lowNibble));
                    c5 = TLanes.Add(c5, TLanes.HighNibbles(n2));
                    c6 = TLanes.Add(c6, TLanes.And(n3, lowNibble));
                    c7 = TLanes.Add(c7, TLanes.HighNibbles(n3));
                    c8 = TLanes.Add(c8, TLanes.And(n4, lowNibble));
                    c9 = TLanes.Add(c9, TLanes.HighNibbles(n4));
                }

                found[0] += TLanes.SumLanes(c0);
                found[1] += TLanes.SumLanes(c1);
                found[2] += TLanes.SumLanes(c2);
                found[3] += TLanes.SumLanes(c3);
                found[4] += TLanes.SumLanes(c4);
                found[5] += TLanes.SumLanes(c5);
                found[6] += TLanes.SumLanes(c6);
                found[7] += TLanes.SumLanes(c7);
                found[8] += TLanes.SumLanes(c8);
                found[9] += TLanes.SumLanes(c9);
            }
        }

        if (TLanes.AnyNonZero(TLanes.GreaterThan(largest, TLanes.Broadcast(10))))
        {
            NpsCounting.ThrowFirstInvalid(scores, paramName);
        }

        AddFound(found, (long)i, counts);
        CountScalar(scores.Slice((int)i), counts, paramName, (long)i);
    }

    /// <summary>The lookup table that counts the values 2k (low nibble) and 2k + 1 (high nibble).</summary>
    private static Vector128<byte> NibbleTable(int k)
    {
        Span<byte> table = stackalloc byte[Vector128<byte>.Count];
        table[2 * k] = 0x01;
        table[(2 * k) + 1] = 0x10;
        return Vector128.Create((ReadOnlySpan<byte>)table);
    }
#endif

    /// <summary>Adds the counts of 0..9 found in the first <paramref name="vectorised"/> answers; the rest of them are 10s.</summary>
    private static void AddFound(ReadOnlySpan<long> found, long vectorised, Span<long> counts)
    {
        long belowTen = 0;
        for (int value = 0; value < found.Length; value++)
        {
            counts[value] += found[value];
            belowTen += found[value];
        }

        counts[10] += vectorised - belowTen;
    }
}
