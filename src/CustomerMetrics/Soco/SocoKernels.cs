#if NET
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Vector kernels for byte matrices of SOCO answers (instruments of up to 32 items), beside the
/// reference path they are compared with. Each row is one 256-bit load: a row is complete and on the
/// scale when every lane minus the scale minimum is at most the scale's width (a missing answer, 255,
/// never is). For such rows the keyed answers are (answer − min) on customer-oriented lanes and
/// (max − answer) on selling-oriented ones; their total is one sum of absolute differences. Any other
/// row — missing answers, an answer off the scale — goes through the reference path, in row order, so
/// the results are exactly the reference's.
/// </summary>
internal static unsafe class SocoKernels
{
    private const int Lanes = 32;

    /// <summary>Bytes of a pair-table entry (a cache line): the score starts <see cref="ScoreOffset"/> bytes in. <see cref="BlockOffsets"/> shifts by its logarithm.</summary>
    private const int EntryBytes = 1 << 6;

    /// <summary>Where the 56-byte score starts in its entry: eight bytes in, so that every load of a block stays in the entry.</summary>
    private const int ScoreOffset = 8;

    /// <summary>
    /// The most entries a pair table may have (1 MiB). The rows' sums gather around the middle of the table, so the
    /// entries read stay in the caches; the full 24-item form on the 1..9 scale needs 97 × 97 entries.
    /// </summary>
    private const int MaxPairEntries = 1 << 14;

    /// <summary>Whether the kernels can run: 256-bit vectors, at most 32 items, and enough rows to be worth the tables.</summary>
    // Stryker disable once Equality : equivalent, which path runs; the reference path scores the same
    internal static bool Applies(SocoInstrument instrument, int rows) =>
        Vector256.IsHardwareAccelerated && instrument.Items.Count <= Lanes && rows >= 16;

    /// <summary>
    /// Scores rows [0, rows) into <paramref name="destination"/>. Complete rows take their figures from tables
    /// computed with the reference's own expressions (total, mean and POMP by keyed total; the two
    /// dimension means by their raw sums), so they are equal to the last bit.
    /// </summary>
    internal static void ScoreRows(SocoInstrument instrument, ReadOnlySpan<byte> answers, int rows, Span<SocoScore> destination, Span<int> scratch, string paramName)
    {
        var shape = new Shape(instrument);
        int k = shape.Items;
        double[] totals = new double[(k * shape.Width) + 1];
        double[] means = new double[totals.Length];
        double[] pomps = new double[totals.Length];
        for (int t = 0; t < totals.Length; t++)
        {
            double total = t + instrument.MinimumTotal;
            totals[t] = total;
            means[t] = total / k;
            pomps[t] = (total - instrument.MinimumTotal) / (instrument.MaximumTotal - instrument.MinimumTotal) * 100;
        }

        var tables = new ScoreTables(totals, means, pomps, DimensionMeans(shape.CustomerOriented, shape.Min, shape.Width), DimensionMeans(shape.SellingOriented, shape.Min, shape.Width));
        int vectorRows = VectorRows(answers.Length, k, rows);
        byte* pairs = PairsApply(in shape, vectorRows) ? BuildPairTable(in shape, tables) : null;
        try
        {
            fixed (byte* pinnedAnswers = answers)
            fixed (SocoScore* pinnedScores = destination)
            {
                int r = 0;
                while (r < vectorRows)
                {
                    r = pairs is not null
                        ? ScorePairedRows(pinnedAnswers, pinnedScores, r, vectorRows, in shape, pairs)
                        : ScoreCompleteRows(pinnedAnswers, pinnedScores, r, vectorRows, in shape, tables);
                    if (r < vectorRows)
                    {
                        destination[r] = instrument.ScoreCore(SocoInstrument.Widen(answers.Slice(r * k, k), scratch), paramName, r);
                        r++;
                    }
                }
            }
        }
        finally
        {
            if (pairs is not null)
            {
                // The streaming stores are ordered before the caller reads the scores (or another thread does).
                Sse.StoreFence();
                NativeMemory.AlignedFree(pairs);
            }
        }

        for (int r = vectorRows; r < rows; r++)
        {
            destination[r] = instrument.ScoreCore(SocoInstrument.Widen(answers.Slice(r * k, k), scratch), paramName, r);
        }
    }

    /// <summary>
    /// Scores complete rows from <paramref name="first"/> on and returns the first row that is not complete and
    /// on the scale (or <paramref name="end"/>). A loop without calls, in a method of its own: with the reference
    /// path's call for other rows inside it, the masks could not stay in registers (no vector register survives
    /// a call), and the kernel ran at 7.1 ms where this one runs at 5.2 (1 M × 24, AVX2 machine).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoreCompleteRows(byte* answers, SocoScore* scores, int first, int end, in Shape shape, ScoreTables tables)
    {
        int k = shape.Items;
        int coOffset = shape.CustomerOriented * shape.Min;
        int soOffset = shape.SellingOriented * shape.Min;
        int soRange = shape.SellingOriented * shape.Width;
        Vector256<byte> minimum = shape.MinVector;
        Vector256<byte> width = shape.WidthVector;
        Vector256<byte> items = shape.ItemMask;
        Vector256<byte> customerOriented = shape.CustomerOrientedMask;
        Vector256<byte> sellingOriented = shape.SellingOrientedMask;

        // A complete row on the scale indexes every table inside its bounds: read without the checks.
        ref double totals = ref MemoryMarshal.GetArrayDataReference(tables.Totals);
        ref double means = ref MemoryMarshal.GetArrayDataReference(tables.Means);
        ref double pomps = ref MemoryMarshal.GetArrayDataReference(tables.Pomps);
        ref double coMeans = ref MemoryMarshal.GetArrayDataReference(tables.CustomerOrientationMeans);
        ref double soMeans = ref MemoryMarshal.GetArrayDataReference(tables.SellingOrientationMeans);
        for (int r = first; r < end; r++)
        {
            // The scores (56 bytes a row) are most of the memory traffic: both streams are asked for ahead.
            byte* row = answers + ((nint)r * k);
            // Stryker disable Statement,Arithmetic : equivalent, a prefetch is a hint (docs/testing.md)
            Prefetch.Ahead(row);
            Prefetch.Ahead((byte*)(scores + r));

            // Stryker restore Statement,Arithmetic
            Vector256<byte> answered = Vector256.Load(row);
            if (!IsCompleteOnScale(answered, minimum, width, items))
            {
                return r;
            }

            (int coRaw, int soRaw) = SumBytes(answered & customerOriented, answered & sellingOriented);
            int coShifted = coRaw - coOffset;
            int soShifted = soRaw - soOffset;
            int keyedTotal = coShifted + soRange - soShifted;
            scores[r] = new SocoScore(
                Unsafe.Add(ref totals, keyedTotal),
                Unsafe.Add(ref means, keyedTotal),
                Unsafe.Add(ref coMeans, coShifted),
                Unsafe.Add(ref soMeans, soShifted),
                Unsafe.Add(ref pomps, keyedTotal),
                k,
                k,
                prorated: false);
        }

        return end;
    }

    /// <summary>
    /// Whether the pair table pays: AVX2 (for the block's lane moves), the 56-byte score the block layout assumes,
    /// a table that stays within <see cref="MaxPairEntries"/> and has no more entries than there are rows to score.
    /// </summary>
    // Stryker disable once Logical,Equality : equivalent, which path runs; both give the reference's scores (SocoKernelTests)
    private static bool PairsApply(in Shape shape, int rows) =>
        Avx2.IsSupported && sizeof(SocoScore) == 7 * sizeof(ulong) && PairEntries(in shape) <= Math.Min(MaxPairEntries, rows);

    /// <summary>Entries of the pair table: one per customer-oriented sum and selling-oriented sum.</summary>
    private static long PairEntries(in Shape shape) =>
        (((long)shape.CustomerOriented * shape.Width) + 1) * (((long)shape.SellingOriented * shape.Width) + 1);

    /// <summary>
    /// The score of every complete row by its two dimension sums, made from the same tables (and so equal to
    /// the last bit): entry (c, s) holds, <see cref="ScoreOffset"/> bytes into its <see cref="EntryBytes"/>, the
    /// score of a row whose customer-oriented answers sum to c and selling-oriented ones to s above the bottom of
    /// the scale. Freed by the caller (<see cref="NativeMemory.AlignedFree"/>).
    /// </summary>
    private static byte* BuildPairTable(in Shape shape, ScoreTables tables)
    {
        int coRange = shape.CustomerOriented * shape.Width;
        int soRange = shape.SellingOriented * shape.Width;
        nuint bytes = (nuint)PairEntries(in shape) * EntryBytes;
        byte* table = (byte*)NativeMemory.AlignedAlloc(bytes, EntryBytes);

        // The bytes around each score are copied out with it: cleared, so that what is written is always the same.
        NativeMemory.Clear(table, bytes);
        for (int co = 0; co <= coRange; co++)
        {
            for (int so = 0; so <= soRange; so++)
            {
                int keyed = co + soRange - so;
                byte* entry = table + ((((nint)co * (soRange + 1)) + so) * EntryBytes);
                *(SocoScore*)(entry + ScoreOffset) = new SocoScore(
                    tables.Totals[keyed],
                    tables.Means[keyed],
                    tables.CustomerOrientationMeans[co],
                    tables.SellingOrientationMeans[so],
                    tables.Pomps[keyed],
                    shape.Items,
                    shape.Items,
                    prorated: false);
            }
        }

        return table;
    }

    /// <summary>
    /// Scores complete rows from <paramref name="first"/> on by copying their scores from the pair table, and
    /// returns the first row that is not complete and on the scale (or <paramref name="end"/>). Four rows whose
    /// scores start on a 32-byte boundary are written as one block of seven aligned streaming stores
    /// (<c>vmovntdq</c>), which do not first read the lines they fill: the scores are most of the memory traffic,
    /// and an ordinary store reads each line before writing it. Other rows are copied one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScorePairedRows(byte* answers, SocoScore* scores, int first, int end, in Shape shape, byte* table)
    {
        int k = shape.Items;
        int stride = (shape.SellingOriented * shape.Width) + 1;

        // The entry of raw sums (co, so) is at ((co − co·min) · stride + (so − so·min)) entries: the bias is the constant part.
        nint bias = ((nint)shape.CustomerOriented * shape.Min * stride) + ((nint)shape.SellingOriented * shape.Min);
        byte* scoresAt = unchecked(table + ScoreOffset - (bias * EntryBytes)); // may point before the table: only entries are read
        Vector256<byte> minimum = shape.MinVector;
        Vector256<byte> width = shape.WidthVector;
        Vector256<byte> items = shape.ItemMask;
        Vector256<byte> customerOriented = shape.CustomerOrientedMask;
        Vector256<byte> sellingOriented = shape.SellingOrientedMask;
        var strides = Vector256.Create((ulong)stride);

        // Pointer and offset arithmetic without overflow checks (the project checks by default): every address is
        // inside the pinned matrix, the scores or the table, as the row bounds and the complete-row check ensure.
        unchecked
        {
            int r = first;
            while (r < end)
            {
                byte* row = answers + ((nint)r * k);
                byte* target = (byte*)(scores + r);

                // Stryker disable once Equality : equivalent, a block that would fit is only written row by row
                if (((nuint)target & 31) == 0 && end - r >= 4)
                {
                    // Stryker disable Statement,Arithmetic : equivalent, a prefetch is a hint (docs/testing.md)
                    Prefetch.Ahead(row);
                    Prefetch.Ahead(row + 64);

                    // Stryker restore Statement,Arithmetic
                    Vector256<byte> a = Vector256.Load(row);
                    Vector256<byte> b = Vector256.Load(row + k);
                    Vector256<byte> c = Vector256.Load(row + (2 * k));
                    Vector256<byte> d = Vector256.Load(row + (3 * k));

                    // (answer − min) − width, saturating at 0, is above 0 exactly where an answer is off the scale.
                    Vector256<byte> off = Avx2.SubtractSaturate(a - minimum, width) | Avx2.SubtractSaturate(b - minimum, width)
                        | Avx2.SubtractSaturate(c - minimum, width) | Avx2.SubtractSaturate(d - minimum, width);
                    if ((off & items) == Vector256<byte>.Zero)
                    {
                        // The four rows' entries, their sums added across the registers together.
                        Vector256<ulong> offsets = BlockOffsets(
                            DimensionSums(a, customerOriented, sellingOriented),
                            DimensionSums(b, customerOriented, sellingOriented),
                            DimensionSums(c, customerOriented, sellingOriented),
                            DimensionSums(d, customerOriented, sellingOriented),
                            strides);
                        StoreBlock(
                            target,
                            scoresAt + (nint)offsets.GetElement(0),
                            scoresAt + (nint)offsets.GetElement(1),
                            scoresAt + (nint)offsets.GetElement(2),
                            scoresAt + (nint)offsets.GetElement(3));
                        r += 4;
                        continue;
                    }
                }

                Vector256<byte> answered = Vector256.Load(row);
                if (!IsCompleteOnScale(answered, minimum, width, items))
                {
                    return r;
                }

                scores[r] = *(SocoScore*)PairedScore(answered, customerOriented, sellingOriented, stride, scoresAt);
                r++;
            }

            return end;
        }
    }

    /// <summary>The address of a complete row's score in the pair table (<paramref name="scoresAt"/> is the table moved back by the bias).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte* PairedScore(Vector256<byte> row, Vector256<byte> customerOriented, Vector256<byte> sellingOriented, int stride, byte* scoresAt)
    {
        (int co, int so) = SumBytes(row & customerOriented, row & sellingOriented);
        return unchecked(scoresAt + ((((nint)co * stride) + so) * EntryBytes));
    }

    /// <summary>A row's customer-oriented byte sums in the low halves of the four 64-bit lanes, its selling-oriented ones in the high halves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> DimensionSums(Vector256<byte> row, Vector256<byte> customerOriented, Vector256<byte> sellingOriented) =>
        GroupSums(row & customerOriented, row & sellingOriented);

    /// <summary>The byte sums of eight-byte groups (each below 2^11): the first vector's in the low halves of the 64-bit lanes, the second's in the high halves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> GroupSums(Vector256<byte> first, Vector256<byte> second) =>
        Avx2.SumAbsoluteDifferences(first, Vector256<byte>.Zero).AsUInt64()
        | (Avx2.SumAbsoluteDifferences(second, Vector256<byte>.Zero).AsUInt64() << 32);

    /// <summary>
    /// The byte offsets in the pair table (before the bias) of four rows' entries, from their <see cref="DimensionSums"/>:
    /// the four lanes of each are added across the rows at once (two unpacks and a swap of halves instead of four
    /// horizontal additions), then co · stride + so, times the entry size.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> BlockOffsets(Vector256<ulong> a, Vector256<ulong> b, Vector256<ulong> c, Vector256<ulong> d, Vector256<ulong> stride)
    {
        // [a0+a1, b0+b1 | a2+a3, b2+b3] and the same for c and d; then [a, b, c, d].
        Vector256<ulong> ab = Avx2.UnpackLow(a, b) + Avx2.UnpackHigh(a, b);
        Vector256<ulong> cd = Avx2.UnpackLow(c, d) + Avx2.UnpackHigh(c, d);
        Vector256<ulong> sums = Avx2.Permute2x128(ab, cd, 0x20) + Avx2.Permute2x128(ab, cd, 0x31);

        // Each sum is below 2^13, so co · stride + so fits easily: vpmuludq multiplies the low halves.
        Vector256<ulong> entries = Avx2.Multiply(sums.AsUInt32(), stride.AsUInt32()) + (sums >>> 32);
        return entries << 6; // × EntryBytes
    }

    /// <summary>
    /// Writes four 56-byte scores (28 eight-byte words A0..D6) as seven aligned 32-byte streaming stores. Every
    /// load stays inside its score's 64-byte entry: words that cross from one score to the next are moved into
    /// place with a lane permutation, a broadcast and a blend.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreBlock(byte* target, byte* a, byte* b, byte* c, byte* d)
    {
        // Unchecked: the addresses are inside the four entries (see above).
        unchecked
        {
            // [A0 A1 A2 A3]
            Avx.StoreAlignedNonTemporal(target, Vector256.Load(a));

            // [A4 A5 A6 B0]: A3..A6 rotated down one lane, B0 blended into the last.
            Vector256<ulong> aTail = Avx2.Permute4x64(Vector256.Load((ulong*)(a + 24)), 0b_00_11_10_01);
            Avx.StoreAlignedNonTemporal(target + 32, Avx2.Blend(aTail.AsUInt32(), Vector256.Create(*(ulong*)b).AsUInt32(), 0b_1100_0000).AsByte());

            // [B1 B2 B3 B4]
            Avx.StoreAlignedNonTemporal(target + 64, Vector256.Load(b + 8));

            // [B5 B6 C0 C1]
            Avx.StoreAlignedNonTemporal(target + 96, Vector256.Create(Vector128.Load(b + 40), Vector128.Load(c)));

            // [C2 C3 C4 C5]
            Avx.StoreAlignedNonTemporal(target + 128, Vector256.Load(c + 16));

            // [C6 D0 D1 D2]: the eight bytes before D0 in its entry replaced by C6.
            Vector256<uint> dHead = Vector256.Load((uint*)(d - 8));
            Avx.StoreAlignedNonTemporal(target + 160, Avx2.Blend(dHead, Vector256.Create(*(ulong*)(c + 48)).AsUInt32(), 0b_0000_0011).AsByte());

            // [D3 D4 D5 D6]
            Avx.StoreAlignedNonTemporal(target + 192, Vector256.Load(d + 24));
        }
    }

    /// <summary>
    /// Adds complete rows from <paramref name="first"/> on to the lane sums and their totals to the builder, and
    /// returns the first row that is not complete and on the scale (or <paramref name="end"/>): a loop without
    /// calls, for the reason <see cref="ScoreCompleteRows"/> is one (alpha of 100 K × 24: 1.6 → 1.3 ms in a
    /// timing loop on the AVX2 machine).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TallyCompleteRows(byte* answers, int first, int end, in Shape shape, ref Accumulators accumulators, SocoTallyBuilder builder, bool allLanes)
    {
        int k = shape.Items;
        Vector256<byte> minimum = shape.MinVector;
        Vector256<byte> width = shape.WidthVector;
        Vector256<byte> items = shape.ItemMask;
        Vector256<byte> customerOriented = shape.CustomerOrientedMask;
        Vector256<byte> sellingOriented = shape.SellingOrientedMask;
        Accumulators sums = accumulators;
        for (int r = first; r < end; r++)
        {
            Vector256<byte> answered = Vector256.Load(answers + ((nint)r * k));
            if (!IsCompleteOnScale(answered, minimum, width, items))
            {
                accumulators = sums;
                return r;
            }

            Vector256<byte> shifted = answered - minimum;
            Vector256<byte> keyed = (shifted & customerOriented) | ((width - shifted) & sellingOriented);
            uint total = SumBytes(keyed);
            sums.Add(keyed, total, allLanes);
            builder.AddCompleteTotal(total);
        }

        accumulators = sums;
        return end;
    }

    /// <summary>Every item lane answered and on the scale: (answer − min), unsigned, at most the width.</summary>
    // Stryker disable once Bitwise : equivalent, a row wrongly found incomplete goes through the reference path, which checks it again
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCompleteOnScale(Vector256<byte> row, Vector256<byte> minimum, Vector256<byte> width, Vector256<byte> items) =>
        (Vector256.GreaterThan(row - minimum, width) & items) == Vector256<byte>.Zero;

    /// <summary>The figures of a complete row by its keyed total (total, mean, POMP) and by its dimension sums (the two means).</summary>
    private sealed record ScoreTables(double[] Totals, double[] Means, double[] Pomps, double[] CustomerOrientationMeans, double[] SellingOrientationMeans);

    /// <summary>
    /// Tallies rows [0, rows): complete rows add their keyed answers, squares and products with the total
    /// in 32-bit lanes (flushed to the builder's 64-bit sums before they could overflow); other rows go
    /// through <see cref="SocoTallyBuilder.Add"/>.
    /// </summary>
    internal static void TallyRows(SocoInstrument instrument, ReadOnlySpan<byte> answers, int rows, SocoTallyBuilder builder, Span<int> scratch, string paramName)
    {
        var shape = new Shape(instrument);
        int k = shape.Items;

        // Per complete row each lane adds at most width² (squares) and width × k·width (products).
        long perRow = Math.Max(1, (long)k * shape.Width * shape.Width);
        int flushEvery = (int)Math.Min(int.MaxValue, uint.MaxValue / perRow);
        Span<long> sums = stackalloc long[Lanes];
        Span<long> squares = stackalloc long[Lanes];
        Span<long> products = stackalloc long[Lanes];
        // Stryker disable Statement : equivalent, stackalloc memory is zeroed already; the clears keep it so under SkipLocalsInit
        sums.Clear();
        squares.Clear();
        products.Clear();

        // Stryker restore Statement
        var accumulators = new Accumulators();
        int pending = 0;
        long complete = 0;
        // Stryker disable once Equality : equivalent, at 24 items both ways of summing the lanes agree
        bool allLanes = k > 24;
        int vectorRows = VectorRows(answers.Length, k, rows);
        fixed (byte* pinned = answers)
        {
            int r = 0;
            while (r < vectorRows)
            {
                // Complete rows until one is not, or until the lanes are due to be flushed.
                int stop = (int)Math.Min(vectorRows, (long)r + flushEvery - pending);
                int next = TallyCompleteRows(pinned, r, stop, in shape, ref accumulators, builder, allLanes);
                complete += next - r;
                pending += next - r;
                if (pending == flushEvery)
                {
                    accumulators.FlushTo(sums, squares, products);
                    pending = 0;
                }

                if (next < stop)
                {
                    builder.Add(SocoInstrument.Widen(answers.Slice(next * k, k), scratch), paramName, next);
                    next++;
                }

                r = next;
            }
        }

        accumulators.FlushTo(sums, squares, products);
        builder.AddItemSums(sums.Slice(0, k), squares.Slice(0, k), products.Slice(0, k), complete);
        for (int r = vectorRows; r < rows; r++)
        {
            builder.Add(SocoInstrument.Widen(answers.Slice(r * k, k), scratch), paramName, r);
        }
    }

    /// <summary>Rows whose 32-byte load stays inside the matrix.</summary>
    private static int VectorRows(int length, int items, int rows) =>
        length < Lanes ? 0 : Math.Min(rows, ((length - Lanes) / items) + 1);

    /// <summary>The mean of a dimension by the sum of its raw answers measured from the bottom of the scale, as the reference computes it.</summary>
    private static double[] DimensionMeans(int items, int min, int width)
    {
        double[] means = new double[(items * width) + 1];
        for (int s = 0; s < means.Length; s++)
        {
            // Stryker disable once Conditional : equivalent, with no item of this kind the only sum is 0, and 0 / 0 is NaN as well
            means[s] = items == 0 ? double.NaN : (double)(s + ((long)items * min)) / items; // NaN: no item of this kind
        }

        return means;
    }

    /// <summary>The byte sums of two vectors, with one horizontal addition where AVX2 sums them in 64-bit groups.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int First, int Second) SumBytes(Vector256<byte> first, Vector256<byte> second)
    {
        // Stryker disable once Boolean,Block : equivalent, the portable sum gives the same
        if (Avx2.IsSupported)
        {
            ulong both = Vector256.Sum(GroupSums(first, second));

            // Stryker disable once Bitwise : equivalent, >> and >>> agree on an unsigned value
            return (unchecked((int)(uint)both), (int)(both >> 32));
        }

        return ((int)SumBytes(first), (int)SumBytes(second));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint SumBytes(Vector256<byte> bytes)
    {
        // Stryker disable once Boolean,Block : equivalent, the portable sum gives the same
        if (Avx2.IsSupported)
        {
            Vector256<ulong> pairs = Avx2.SumAbsoluteDifferences(bytes, Vector256<byte>.Zero).AsUInt64();
            return (uint)Vector256.Sum(pairs);
        }

        (Vector256<ushort> lower, Vector256<ushort> upper) = Vector256.Widen(bytes);
        (Vector256<uint> a, Vector256<uint> b) = Vector256.Widen(lower + upper);
        return Vector256.Sum(a + b);
    }

    /// <summary>An instrument's items and scale as the kernels need them: lane masks and constants.</summary>
    private readonly struct Shape
    {
        internal Shape(SocoInstrument instrument)
        {
            Items = instrument.Items.Count;
            Min = instrument.ScaleMin;
            Width = instrument.ScaleMax - instrument.ScaleMin;
            Span<byte> co = stackalloc byte[Lanes];
            Span<byte> so = stackalloc byte[Lanes];
            Span<byte> inside = stackalloc byte[Lanes];
            // Stryker disable Statement : equivalent, stackalloc memory is zeroed already; the clears keep it so under SkipLocalsInit
            co.Clear();
            so.Clear();
            inside.Clear();

            // Stryker restore Statement
            for (int i = 0; i < Items; i++)
            {
                bool customerOriented = instrument.Items[i].Polarity == ItemPolarity.CustomerOriented;
                (customerOriented ? co : so)[i] = 0xFF;
                inside[i] = 0xFF;
                CustomerOriented += customerOriented ? 1 : 0;
            }

            SellingOriented = Items - CustomerOriented;
            CustomerOrientedMask = Vector256.Create<byte>(co);
            SellingOrientedMask = Vector256.Create<byte>(so);
            ItemMask = Vector256.Create<byte>(inside);
            MinVector = Vector256.Create((byte)Min);
            WidthVector = Vector256.Create((byte)Width);
        }

        internal int Items { get; }

        internal int Min { get; }

        internal int Width { get; }

        internal int CustomerOriented { get; }

        internal int SellingOriented { get; }

        internal Vector256<byte> CustomerOrientedMask { get; }

        internal Vector256<byte> SellingOrientedMask { get; }

        internal Vector256<byte> ItemMask { get; }

        internal Vector256<byte> MinVector { get; }

        internal Vector256<byte> WidthVector { get; }

        /// <summary>Every item lane answered and on the scale: (answer − min), unsigned, at most the width.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal bool IsCompleteOnScale(Vector256<byte> row) => SocoKernels.IsCompleteOnScale(row, MinVector, WidthVector, ItemMask);
    }

    /// <summary>Per-item Σx, Σx² and Σx·T in 32-bit lanes, four vectors of eight items each.</summary>
    private struct Accumulators
    {
        private Vector256<uint> sum0, sum1, sum2, sum3;
        private Vector256<uint> square0, square1, square2, square3;
        private Vector256<uint> product0, product1, product2, product3;

        /// <param name="keyed">The keyed answers, one byte lane each (lanes past the items are 0).</param>
        /// <param name="total">Their sum.</param>
        /// <param name="allLanes">Whether items 25..32 exist (otherwise the last group of eight is skipped).</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Add(Vector256<byte> keyed, uint total, bool allLanes)
        {
            (Vector256<ushort> low, Vector256<ushort> high) = Vector256.Widen(keyed);

            // Squares of bytes fit 16 bits (254² < 65 536): multiplied before widening.
            Vector256<ushort> lowSquares = low * low;
            Vector256<ushort> highSquares = high * high;
            (Vector256<uint> x0, Vector256<uint> x1) = Vector256.Widen(low);
            (Vector256<uint> x2, Vector256<uint> x3) = Vector256.Widen(high);
            (Vector256<uint> s0, Vector256<uint> s1) = Vector256.Widen(lowSquares);
            var t = Vector256.Create(total);
            sum0 += x0;
            sum1 += x1;
            sum2 += x2;
            square0 += s0;
            square1 += s1;
            product0 += x0 * t;
            product1 += x1 * t;
            product2 += x2 * t;
            if (allLanes)
            {
                (Vector256<uint> s2, Vector256<uint> s3) = Vector256.Widen(highSquares);
                sum3 += x3;
                square2 += s2;
                square3 += s3;
                product3 += x3 * t;
            }
            else
            {
                square2 += Vector256.WidenLower(highSquares);
            }
        }

        internal void FlushTo(Span<long> sums, Span<long> squares, Span<long> products)
        {
            Flush(sums, sum0, sum1, sum2, sum3);
            Flush(squares, square0, square1, square2, square3);
            Flush(products, product0, product1, product2, product3);
            this = default;
        }

        private static void Flush(Span<long> target, Vector256<uint> a, Vector256<uint> b, Vector256<uint> c, Vector256<uint> d)
        {
            for (int i = 0; i < 8; i++)
            {
                target[i] += a.GetElement(i);
                target[8 + i] += b.GetElement(i);
                target[16 + i] += c.GetElement(i);
                target[24 + i] += d.GetElement(i);
            }
        }
    }
}
#endif
