using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET
using System.Runtime.Intrinsics;
#endif
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Counting promoters and detractors in a span of 0..10 answers. The score needs only two counts,
/// "≤ 6" and "≥ 9"; passives are the rest. The vectorised kernel compares a whole register of
/// answers at once and accumulates the 0/−1 comparison masks in byte lanes for up to 255 steps
/// before widening, so the loop is two compares, two subtractions and a running maximum (above 10 marks
/// the input invalid) per register, with a software prefetch ahead of the loads. On .NET 8
/// and later the kernel is written once over <c>Vector128/256/512</c>; on netstandard2.0 (.NET
/// Framework hosts) the same loop runs over <see cref="Vector{T}"/>, which the JIT maps to SSE2 or AVX2.
/// </summary>
internal static class NpsCounting
{
    private const int MaxByteAccumulations = byte.MaxValue;

    /// <summary>Counts with the widest vector the hardware accelerates, then a scalar tail.</summary>
    internal static NpsResult Count(ReadOnlySpan<byte> scores, string paramName)
    {
        // Stryker disable Boolean,Block,Equality,Logical,Statement : equivalent, which kernel runs; each gives the reference's counts (docs/testing.md)
#if NET
        if (Vector512.IsHardwareAccelerated && scores.Length >= Vector512<byte>.Count)
        {
            return CountVectorised<Internal.Lanes512, Vector512<byte>>(scores, paramName);
        }

        if (Vector256.IsHardwareAccelerated && scores.Length >= Vector256<byte>.Count)
        {
            return CountVectorised<Internal.Lanes256, Vector256<byte>>(scores, paramName);
        }

        if (Vector128.IsHardwareAccelerated && scores.Length >= Vector128<byte>.Count)
        {
            return CountVectorised<Internal.Lanes128, Vector128<byte>>(scores, paramName);
        }
#else
        if (Vector.IsHardwareAccelerated && scores.Length >= Vector<byte>.Count)
        {
            return CountVector(scores, paramName);
        }
#endif
        // Stryker restore Boolean,Block,Equality,Logical,Statement

        return CountScalar(scores, paramName, firstPosition: 0);
    }

    /// <summary>The reference implementation: one answer at a time. The property tests compare every vector path with it.</summary>
    /// <param name="scores">The answers.</param>
    /// <param name="paramName">The caller's parameter, for error messages.</param>
    /// <param name="firstPosition">Position of <paramref name="scores"/>[0] in the caller's whole input, for error messages.</param>
    internal static NpsResult CountScalar(ReadOnlySpan<byte> scores, string paramName, long firstPosition)
    {
        NpsTally tally = default;
        for (int i = 0; i < scores.Length; i++)
        {
            Preconditions.CheckNpsScore(paramName, scores[i], firstPosition + i);
            tally.Add(scores[i]);
        }

        return tally.ToResult();
    }

    /// <summary>
    /// The kernel over <see cref="Vector{T}"/> (the register width the JIT picks), the vector path on
    /// netstandard2.0; compiled on every target so that the property tests compare it with the others.
    /// </summary>
    internal static NpsResult CountVector(ReadOnlySpan<byte> scores, string paramName)
    {
        ReadOnlySpan<Vector<byte>> vectors = MemoryMarshal.Cast<byte, Vector<byte>>(scores);
        var seven = new Vector<byte>(7);
        var eight = new Vector<byte>(8);
        var ten = new Vector<byte>(10);
        Vector<byte> invalid = Vector<byte>.Zero;
        long promoters = 0;
        long detractors = 0;
        int v = 0;
        while (v < vectors.Length)
        {
            Vector<byte> promoterLanes = Vector<byte>.Zero;
            Vector<byte> detractorLanes = Vector<byte>.Zero;
            int end = Math.Min(vectors.Length, v + MaxByteAccumulations);
            for (; v < end; v++)
            {
                Vector<byte> answers = vectors[v];
                invalid |= Vector.GreaterThan(answers, ten);
                promoterLanes -= Vector.GreaterThan(answers, eight);
                detractorLanes -= Vector.GreaterThan(seven, answers);
            }

            promoters += SumLanes(promoterLanes);
            detractors += SumLanes(detractorLanes);
        }

        if (invalid != Vector<byte>.Zero)
        {
            ThrowFirstInvalid(scores, paramName);
        }

        int vectorised = vectors.Length * Vector<byte>.Count;
        NpsResult tail = CountScalar(scores.Slice(vectorised), paramName, firstPosition: vectorised);
        return new NpsResult(
            promoters + tail.Promoters,
            vectorised - promoters - detractors + tail.Passives,
            detractors + tail.Detractors);
    }

    /// <summary>Sum of the byte lanes of a <see cref="Vector{T}"/>, each at most 255.</summary>
    internal static long SumLanes(Vector<byte> lanes)
    {
        Vector.Widen(lanes, out Vector<ushort> lower, out Vector<ushort> upper);
        Vector.Widen(lower + upper, out Vector<uint> low, out Vector<uint> high);
        return Vector.Dot(low + high, Vector<uint>.One);
    }

    /// <summary>Throws for the first answer above 10 (after a vector pass found one).</summary>
    internal static void ThrowFirstInvalid(ReadOnlySpan<byte> scores, string paramName)
    {
        for (int i = 0; i < scores.Length; i++)
        {
            Preconditions.CheckNpsScore(paramName, scores[i], i);
        }
    }

#if NET
    /// <summary>The vector kernel for one register width; internal so that tests can run every width the machine has.</summary>
    internal static unsafe NpsResult CountVectorised<TLanes, TVector>(ReadOnlySpan<byte> scores, string paramName)
        where TLanes : struct, Internal.IByteLanes<TVector>
        where TVector : struct
    {
        nuint length = (nuint)scores.Length;
        nuint width = (nuint)TLanes.Count;
        TVector seven = TLanes.Broadcast(7);
        TVector eight = TLanes.Broadcast(8);
        TVector largest = TLanes.Zero;
        long promoters = 0;
        long detractors = 0;
        nuint i = 0;

        fixed (byte* pinned = scores)
        {
            ref byte start = ref *pinned;
            while (i + width <= length)
            {
                TVector promoterLanes = TLanes.Zero;
                TVector detractorLanes = TLanes.Zero;
                for (int step = 0; step < MaxByteAccumulations && i + width <= length; step++, i += width)
                {
                    // Stryker disable once Statement,Arithmetic : equivalent, a prefetch is a hint (docs/testing.md)
                    Internal.Prefetch.Ahead(pinned + i);
                    TVector answers = TLanes.Load(ref start, i);
                    largest = TLanes.Max(largest, answers);

                    // A true comparison lane is 0xFF (−1), so subtracting it counts one.
                    promoterLanes = TLanes.Subtract(promoterLanes, TLanes.GreaterThan(answers, eight));
                    detractorLanes = TLanes.Subtract(detractorLanes, TLanes.GreaterThan(seven, answers));
                }

                promoters += TLanes.SumLanes(promoterLanes);
                detractors += TLanes.SumLanes(detractorLanes);
            }
        }

        TVector invalid = TLanes.GreaterThan(largest, TLanes.Broadcast(10));
        if (TLanes.AnyNonZero(invalid))
        {
            ThrowFirstInvalid(scores, paramName);
        }

        NpsResult tail = CountScalar(scores.Slice((int)i), paramName, firstPosition: (long)i);
        long vectorised = (long)i;
        return new NpsResult(
            promoters + tail.Promoters,
            vectorised - promoters - detractors + tail.Passives,
            detractors + tail.Detractors);
    }
#endif
}
