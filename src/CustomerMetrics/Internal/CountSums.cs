using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CustomerMetrics.Internal;

/// <summary>
/// Adding counts without wrapping around: the one place where a tally's <c>+</c> finds out that a sum
/// would exceed <see cref="long.MaxValue"/> and says so in an <see cref="OverflowException"/> with a
/// message, and where a constructor finds out that counts are too many to add up to a total.
/// </summary>
internal static class CountSums
{
    /// <summary><paramref name="left"/> + <paramref name="right"/>, or an <see cref="OverflowException"/> naming <paramref name="what"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Add(long left, long right, string what)
    {
        long sum = unchecked(left + right);
        if (((left ^ sum) & (right ^ sum)) < 0)
        {
            ThrowOverflow(what);
        }

        return sum;
    }

    /// <summary>Whether non-negative counts add up to at most <see cref="long.MaxValue"/>.</summary>
    internal static bool FitTogether(long a, long b, long c = 0, long d = 0) =>
        a <= long.MaxValue - b && a + b <= long.MaxValue - c && a + b + c <= long.MaxValue - d;

    /// <summary>Checks that non-negative counts add up to at most <see cref="long.MaxValue"/>; the message names the parameter.</summary>
    internal static void CheckTotal(string paramName, string what, long a, long b, long c = 0, long d = 0)
    {
        if (!FitTogether(a, b, c, d))
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format($"The {what} add up to more than Int64.MaxValue ({long.MaxValue}); a total must fit in a long."));
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOverflow(string what) =>
        throw new OverflowException(Preconditions.Format($"Adding these tallies gives more than Int64.MaxValue ({long.MaxValue}) {what}; split the data so that each total fits in a long."));
}
