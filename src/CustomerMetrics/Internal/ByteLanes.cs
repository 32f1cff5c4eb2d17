#if NET
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace CustomerMetrics.Internal;

/// <summary>
/// The handful of vector operations the byte-counting kernels (NPS categories, the 0..10 distribution)
/// need, for one register width: written once over this interface, run at 128, 256 or 512 bits.
/// </summary>
internal interface IByteLanes<TVector>
    where TVector : struct
{
    static abstract int Count { get; }

    static abstract TVector Zero { get; }

    static abstract TVector Broadcast(byte value);

    static abstract TVector Load(ref byte source, nuint offset);

    static abstract TVector GreaterThan(TVector left, TVector right);

    static abstract TVector Equal(TVector left, TVector right);

    static abstract TVector Subtract(TVector left, TVector right);

    static abstract TVector Or(TVector left, TVector right);

    static abstract bool AnyNonZero(TVector vector);

    /// <summary>Sum of the byte lanes (each at most 255, so the ushort sum of a widened pair cannot overflow).</summary>
    static abstract long SumLanes(TVector vector);
}

internal readonly struct Lanes128 : IByteLanes<Vector128<byte>>
{
    public static int Count => Vector128<byte>.Count;

    public static Vector128<byte> Zero => Vector128<byte>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Broadcast(byte value) => Vector128.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Load(ref byte source, nuint offset) => Vector128.LoadUnsafe(ref source, offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> GreaterThan(Vector128<byte> left, Vector128<byte> right) => Vector128.GreaterThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Equal(Vector128<byte> left, Vector128<byte> right) => Vector128.Equals(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Subtract(Vector128<byte> left, Vector128<byte> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Or(Vector128<byte> left, Vector128<byte> right) => left | right;

    public static bool AnyNonZero(Vector128<byte> vector) => vector != Vector128<byte>.Zero;

    public static long SumLanes(Vector128<byte> vector)
    {
        (Vector128<ushort> lower, Vector128<ushort> upper) = Vector128.Widen(vector);
        return Vector128.Sum(lower + upper);
    }
}

internal readonly struct Lanes256 : IByteLanes<Vector256<byte>>
{
    public static int Count => Vector256<byte>.Count;

    public static Vector256<byte> Zero => Vector256<byte>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Broadcast(byte value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Load(ref byte source, nuint offset) => Vector256.LoadUnsafe(ref source, offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> GreaterThan(Vector256<byte> left, Vector256<byte> right) => Vector256.GreaterThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Equal(Vector256<byte> left, Vector256<byte> right) => Vector256.Equals(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Subtract(Vector256<byte> left, Vector256<byte> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Or(Vector256<byte> left, Vector256<byte> right) => left | right;

    public static bool AnyNonZero(Vector256<byte> vector) => vector != Vector256<byte>.Zero;

    public static long SumLanes(Vector256<byte> vector)
    {
        (Vector256<ushort> lower, Vector256<ushort> upper) = Vector256.Widen(vector);
        return Vector256.Sum(lower + upper);
    }
}

internal readonly struct Lanes512 : IByteLanes<Vector512<byte>>
{
    public static int Count => Vector512<byte>.Count;

    public static Vector512<byte> Zero => Vector512<byte>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Broadcast(byte value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Load(ref byte source, nuint offset) => Vector512.LoadUnsafe(ref source, offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> GreaterThan(Vector512<byte> left, Vector512<byte> right) => Vector512.GreaterThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Equal(Vector512<byte> left, Vector512<byte> right) => Vector512.Equals(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Subtract(Vector512<byte> left, Vector512<byte> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Or(Vector512<byte> left, Vector512<byte> right) => left | right;

    public static bool AnyNonZero(Vector512<byte> vector) => vector != Vector512<byte>.Zero;

    public static long SumLanes(Vector512<byte> vector)
    {
        (Vector512<ushort> lower, Vector512<ushort> upper) = Vector512.Widen(vector);
        return Vector512.Sum(lower + upper);
    }
}
#endif
