using System;
using System.Numerics;
using System.Runtime.InteropServices;
#if NET
using System.Runtime.Intrinsics;
#endif
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Counting each answer 0..10 in a span of bytes. The vector kernels compare a register of answers with
/// each of the values 0..9 and subtract the 0/−1 masks into byte-lane counters, widening them every 255
/// steps (as the NPS kernel does); a lane above 10 marks the input invalid, and the count of 10 is what
/// is left. The scalar loop is the reference the property tests compare every width with.
/// </summary>
internal static class DistributionCounting
{
    private const int MaxByteAccumulations = byte.MaxValue;

    /// <summary>Counts with the widest vector the hardware accelerates, then a scalar tail; fills 11 counts.</summary>
    internal static void Count(ReadOnlySpan<byte> scores, Span<long> counts, string paramName)
    {
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
        found.Clear();
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
    /// <summary>The kernel for one register width; internal so that tests can run every width the machine has.</summary>
    internal static void CountVectorised<TLanes, TVector>(ReadOnlySpan<byte> scores, Span<long> counts, string paramName)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : struct
    {
        ref byte start = ref MemoryMarshal.GetReference(scores);
        nuint length = (nuint)scores.Length;
        nuint width = (nuint)TLanes.Count;
        TVector v1 = TLanes.Broadcast(1), v2 = TLanes.Broadcast(2), v3 = TLanes.Broadcast(3), v4 = TLanes.Broadcast(4), v5 = TLanes.Broadcast(5);
        TVector v6 = TLanes.Broadcast(6), v7 = TLanes.Broadcast(7), v8 = TLanes.Broadcast(8), v9 = TLanes.Broadcast(9), ten = TLanes.Broadcast(10);
        TVector invalid = TLanes.Zero;
        Span<long> found = stackalloc long[NpsDistribution.ValueCount - 1];
        found.Clear();
        nuint i = 0;
        while (i + width <= length)
        {
            TVector c0 = TLanes.Zero, c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0, c8 = c0, c9 = c0;
            for (int step = 0; step < MaxByteAccumulations && i + width <= length; step++, i += width)
            {
                TVector x = TLanes.Load(ref start, i);
                invalid = TLanes.Or(invalid, TLanes.GreaterThan(x, ten));
                c0 = TLanes.Subtract(c0, TLanes.Equal(x, TLanes.Zero));
                c1 = TLanes.Subtract(c1, TLanes.Equal(x, v1));
                c2 = TLanes.Subtract(c2, TLanes.Equal(x, v2));
                c3 = TLanes.Subtract(c3, TLanes.Equal(x, v3));
                c4 = TLanes.Subtract(c4, TLanes.Equal(x, v4));
                c5 = TLanes.Subtract(c5, TLanes.Equal(x, v5));
                c6 = TLanes.Subtract(c6, TLanes.Equal(x, v6));
                c7 = TLanes.Subtract(c7, TLanes.Equal(x, v7));
                c8 = TLanes.Subtract(c8, TLanes.Equal(x, v8));
                c9 = TLanes.Subtract(c9, TLanes.Equal(x, v9));
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

        if (TLanes.AnyNonZero(invalid))
        {
            NpsCounting.ThrowFirstInvalid(scores, paramName);
        }

        AddFound(found, (long)i, counts);
        CountScalar(scores.Slice((int)i), counts, paramName, (long)i);
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
