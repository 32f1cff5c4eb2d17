#if NET
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

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

    static abstract TVector Subtract(TVector left, TVector right);

    static abstract TVector Add(TVector left, TVector right);

    static abstract TVector And(TVector left, TVector right);

    static abstract TVector Max(TVector left, TVector right);

    /// <summary>Each byte shifted right by four bits (its high nibble).</summary>
    static abstract TVector HighNibbles(TVector vector);

    /// <summary>The 16-byte table repeated in every 16-byte block of the register.</summary>
    static abstract TVector Table(Vector128<byte> table);

    /// <summary>
    /// <c>table[index]</c> for every lane whose index is 0..15 (what a lane with a larger index gets depends
    /// on the hardware: callers reject such input). One byte shuffle where the hardware has it.
    /// </summary>
    static abstract TVector Lookup(TVector table, TVector indices);

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
    public static Vector128<byte> Subtract(Vector128<byte> left, Vector128<byte> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Add(Vector128<byte> left, Vector128<byte> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> And(Vector128<byte> left, Vector128<byte> right) => left & right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Max(Vector128<byte> left, Vector128<byte> right) => Vector128.Max(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> HighNibbles(Vector128<byte> vector) => Vector128.ShiftRightLogical(vector, 4);

    public static Vector128<byte> Table(Vector128<byte> table) => table;

    // Stryker disable once Conditional : equivalent, the hardware shuffles and the portable one agree for indices below 16, the only ones the kernels pass
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Lookup(Vector128<byte> table, Vector128<byte> indices) =>
        Ssse3.IsSupported ? Ssse3.Shuffle(table, indices)
        : AdvSimd.Arm64.IsSupported ? AdvSimd.Arm64.VectorTableLookup(table, indices)
        : Vector128.Shuffle(table, indices);

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
    public static Vector256<byte> Subtract(Vector256<byte> left, Vector256<byte> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Add(Vector256<byte> left, Vector256<byte> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> And(Vector256<byte> left, Vector256<byte> right) => left & right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Max(Vector256<byte> left, Vector256<byte> right) => Vector256.Max(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> HighNibbles(Vector256<byte> vector) => Vector256.ShiftRightLogical(vector, 4);

    public static Vector256<byte> Table(Vector128<byte> table) => Vector256.Create(table, table);

    // Stryker disable once Conditional : equivalent, the hardware shuffle and the portable one agree for indices below 16, the only ones the kernels pass
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Lookup(Vector256<byte> table, Vector256<byte> indices) =>
        Avx2.IsSupported ? Avx2.Shuffle(table, indices) : Vector256.Shuffle(table, indices);

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
    public static Vector512<byte> Subtract(Vector512<byte> left, Vector512<byte> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Add(Vector512<byte> left, Vector512<byte> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> And(Vector512<byte> left, Vector512<byte> right) => left & right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Max(Vector512<byte> left, Vector512<byte> right) => Vector512.Max(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> HighNibbles(Vector512<byte> vector) => Vector512.ShiftRightLogical(vector, 4);

    public static Vector512<byte> Table(Vector128<byte> table) => Vector512.Create(Vector256.Create(table, table), Vector256.Create(table, table));

    // Stryker disable once Conditional : equivalent, the hardware shuffle and the portable one agree for indices below 16, the only ones the kernels pass
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Lookup(Vector512<byte> table, Vector512<byte> indices) =>
        Avx512BW.IsSupported ? Avx512BW.Shuffle(table, indices) : Vector512.Shuffle(table, indices);

    public static bool AnyNonZero(Vector512<byte> vector) => vector != Vector512<byte>.Zero;

    public static long SumLanes(Vector512<byte> vector)
    {
        (Vector512<ushort> lower, Vector512<ushort> upper) = Vector512.Widen(vector);
        return Vector512.Sum(lower + upper);
    }
}
#endif
