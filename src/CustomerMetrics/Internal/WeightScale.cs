using System;

namespace CustomerMetrics.Internal;

/// <summary>
/// Survey weights are summed and squared (Kish's n_eff = (Σw)² / Σw²). Weights beyond about 1e154
/// overflow when squared and weights below about 1e-154 underflow to 0, so the sums are kept divided
/// by a power of two 2^e chosen from the largest weight whenever it lies outside [2^−400, 2^400]
/// (exactly: dividing by a power of two only moves the exponent). For every weight in that range e is 0
/// and the sums are the plain sums.
/// </summary>
internal static class WeightScale
{
    private const int Limit = 400;

    /// <summary>The scale exponent for weights whose largest is <paramref name="maxWeight"/> (finite, ≥ 0).</summary>
    internal static int For(double maxWeight)
    {
        if (maxWeight == 0)
        {
            return 0;
        }

        int exponent = Exponent(maxWeight);
        return exponent is > Limit or < -Limit ? exponent : 0;
    }

    /// <summary>x × 2^n, exact unless the result leaves the range of doubles.</summary>
    internal static double ScaleB(double x, int n)
    {
#if NET
        return Math.ScaleB(x, n);
#else
        // Two steps keep each factor a normal double.
        int half = n / 2;
        return x * Math.Pow(2, half) * Math.Pow(2, n - half);
#endif
    }

    /// <summary>⌊log2 x⌋ for a positive finite x (subnormals included).</summary>
    private static int Exponent(double x)
    {
#if NET
        return Math.ILogB(x);
#else
        long bits = BitConverter.DoubleToInt64Bits(x);
        int biased = (int)((bits >> 52) & 0x7FF);
        if (biased != 0)
        {
            return biased - 1023;
        }

        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int exponent = -1023;
        while ((mantissa & (1L << 52)) == 0)
        {
            mantissa <<= 1;
            exponent--;
        }

        return exponent + 1;
#endif
    }
}
