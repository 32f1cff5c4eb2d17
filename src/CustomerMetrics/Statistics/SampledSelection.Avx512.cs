#if NET9_0_OR_GREATER
using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Statistics;

// The AVX-512 pass has a file of its own (every *.Avx512.cs does): it runs only on machines with AVX-512, and
// eng/mutation.sh leaves such files out where the machine cannot run them, rather than count them as untested.
internal static partial class SampledSelection
{
    /// <summary>
    /// The same pass over 512-bit registers, without a branch per register: the comparisons become bit masks
    /// whose population counts are added on the integer ports, and the inside lanes of every register are
    /// compressed to the front and stored at the end of the kept values (a register with none stores
    /// nothing useful and advances by zero).
    /// </summary>
    private static unsafe Bracket Count512(ReadOnlySpan<double> values, double lower, double upper, int capacity)
    {
        const ulong EveryLane = (1UL << 8) - 1; // Vector512<double>.Count lanes
        var kept = new Kept(capacity);
        var lo = Vector512.Create(lower);
        var hi = Vector512.Create(upper);
        var counts = new Counts512(0, 0, 0, EveryLane);
        int whole = values.Length - (values.Length % Vector512<double>.Count);
        fixed (double* pinned = values)
        {
            for (int start = 0; start < whole; start += Kept.Block)
            {
                int end = Math.Min(whole, start + Kept.Block);
                int length = end - start;
                kept.Count += CountBlock512(pinned + start, length, kept.Reserve(length), lo, hi, ref counts);
            }
        }

        return new Bracket(lower, upper, counts.Below, counts.AtLower, counts.AtUpper, counts.Finite != EveryLane, kept, values.Slice(whole));
    }

    /// <summary>One block of the 512-bit pass, a method of its own for the reason <see cref="CountBlock256"/> is.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe int CountBlock512(double* values, int length, double* keep, Vector512<double> lo, Vector512<double> hi, ref Counts512 counts)
    {
        long below = counts.Below;
        long atLower = counts.AtLower;
        long atUpper = counts.AtUpper;
        ulong finite = counts.Finite;
        int kept = 0;
        unchecked
        {
            for (int i = 0; i < length; i += Vector512<double>.Count)
            {
                Prefetch.Ahead(values + i);
                Vector512<double> v = Vector512.Load(values + i);

                // x − x is 0 for every finite x and NaN for NaN and ±∞.
                finite &= Vector512.Equals(v - v, Vector512<double>.Zero).ExtractMostSignificantBits();
                below += BitOperations.PopCount(Vector512.LessThan(v, lo).ExtractMostSignificantBits());
                atLower += BitOperations.PopCount(Vector512.Equals(v, lo).ExtractMostSignificantBits());
                atUpper += BitOperations.PopCount(Vector512.Equals(v, hi).ExtractMostSignificantBits());
                Vector512<double> inside = Vector512.GreaterThan(v, lo) & Vector512.LessThan(v, hi);
                Avx512F.Compress(Vector512<double>.Zero, inside, v).Store(keep + kept);
                kept += BitOperations.PopCount(inside.ExtractMostSignificantBits());
            }
        }

        counts = new Counts512(below, atLower, atUpper, finite);
        return kept;
    }

    /// <summary>The 512-bit pass's counters, and the lanes found finite in every register so far.</summary>
    private readonly record struct Counts512(long Below, long AtLower, long AtUpper, ulong Finite);
}
#endif
