using System;
#if NET
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#endif

namespace CustomerMetrics.Internal;

/// <summary>
/// A decimal is a 96-bit integer scaled by a power of ten. Money usually has a small integer and at most
/// two decimals, and then exact integer arithmetic in cents is many times faster than decimal
/// arithmetic; these helpers say when that is the case.
/// </summary>
internal static class DecimalParts
{
    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28];

    /// <summary>value = mantissa / 10^scale, when the mantissa fits in 63 bits.</summary>
    internal static bool TryGetSmall(decimal value, out long mantissa, out int scale)
    {
#if NET
        // .NET's decimal holds its flags, the high 32 bits and the low 64 bits of the mantissa, in that
        // order; reading them costs a load instead of a GetBits call (a test checks it against GetBits).
        Layout parts = Unsafe.As<decimal, Layout>(ref value);
        int flags = parts.Flags;
        scale = (flags >> 16) & 0xFF;
        if (parts.High != 0 || parts.Low > long.MaxValue)
        {
            mantissa = 0;
            return false;
        }

        mantissa = flags < 0 ? -(long)parts.Low : (long)parts.Low;
        return true;
#else
        return TryGetSmallByBits(value, out mantissa, out scale);
#endif
    }

    /// <summary>The reference of <see cref="TryGetSmall"/>, through <see cref="decimal.GetBits(decimal)"/>.</summary>
    internal static bool TryGetSmallByBits(decimal value, out long mantissa, out int scale)
    {
        int[] bits = decimal.GetBits(value);
        // Stryker disable once Bitwise : equivalent, the mask keeps 8 bits, and >> and >>> differ only in the bits above them
        scale = (bits[3] >> 16) & 0xFF;
        if (bits[2] != 0 || bits[1] < 0)
        {
            mantissa = 0;
            return false;
        }

        mantissa = ((long)bits[1] << 32) | unchecked((uint)bits[0]);
        mantissa = bits[3] < 0 ? -mantissa : mantissa;
        return true;
    }

    /// <summary>The value in whole cents, when it has at most two decimals and fits.</summary>
    internal static bool TryGetCents(decimal value, out long cents)
    {
        cents = 0;
        if (!TryGetSmall(value, out long mantissa, out int scale) || scale > 2)
        {
            return false;
        }

        long factor = scale == 2 ? 1 : scale == 1 ? 10 : 100;
        if (Math.Abs(mantissa) > long.MaxValue / 100)
        {
            return false;
        }

        cents = mantissa * factor;
        return true;
    }

#if NET
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Layout
    {
        internal readonly int Flags;
        internal readonly uint High;
        internal readonly ulong Low;
    }
#endif

    /// <summary>A decimal as a double, without the general conversion when the decimal is small.</summary>
    // Stryker disable once Bitwise : equivalent, with no mantissa small enough every value takes the general conversion, which gives the same double
    internal static double ToDouble(decimal value) =>
        TryGetSmall(value, out long mantissa, out int scale) && Math.Abs(mantissa) < (1L << 53)
            ? mantissa / PowersOfTen[scale]
            : (double)value;
}
