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
        fixed (byte* pinnedAnswers = answers)
        fixed (SocoScore* pinnedScores = destination)
        {
            int r = 0;
            while (r < vectorRows)
            {
                r = ScoreCompleteRows(pinnedAnswers, pinnedScores, r, vectorRows, in shape, tables);
                if (r < vectorRows)
                {
                    destination[r] = instrument.ScoreCore(SocoInstrument.Widen(answers.Slice(r * k, k), scratch), paramName, r);
                    r++;
                }
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
            // Each group sum is below 2^11: the second vector's go in the upper halves of the 64-bit lanes.
            Vector256<ulong> a = Avx2.SumAbsoluteDifferences(first, Vector256<byte>.Zero).AsUInt64();
            Vector256<ulong> b = Avx2.SumAbsoluteDifferences(second, Vector256<byte>.Zero).AsUInt64();
            ulong both = Vector256.Sum(a | (b << 32));

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
