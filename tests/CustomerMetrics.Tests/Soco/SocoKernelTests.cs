using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Soco;

/// <summary>The byte-matrix kernels equal the reference path exactly: scores, tallies and errors.</summary>
public class SocoKernelTests
{
    /// <summary>Instruments of 1..40 items (the kernels take up to 32) on byte scales, with rows that are mostly complete.</summary>
    private static readonly Arbitrary<(SocoInstrument Instrument, byte[] Matrix)> Matrices =
        (from k in Gen.Choose(1, 40)
         from polarities in Gen.Elements(ItemPolarity.CustomerOriented, ItemPolarity.SellingOriented).ArrayOf(k)
         from min in Gen.Choose(0, 240)
         from width in Gen.Choose(1, Math.Min(14, 254 - min))
         from share in Gen.Choose(5, 10).Select(s => s / 10.0)
         let instrument = new SocoInstrument(polarities.Select((p, i) => new SocoItem(i + 1, p, $"item {i + 1}")), min, min + width, share)
         from rows in Gen.Choose(0, 300)
         from matrix in Gen.Frequency((30, Gen.Choose(min, min + width).Select(a => (byte)a)), (1, Gen.Constant(SocoInstrument.MissingByte))).ArrayOf(rows * k)
         select (instrument, matrix)).ToArbitrary();

    /// <summary>
    /// The scores start 0..3 scores into the destination, so that the four-row blocks of the pair kernel (written
    /// where a score starts on a 32-byte boundary) begin at every row; nothing before the start is written.
    /// </summary>
    [Fact]
    public void ScoreBatch_EqualsTheReference()
    {
        Prop.ForAll(Matrices, Gen.Choose(0, 3).ToArbitrary(), (m, offset) => AssertScoresEqualTheReference(m.Instrument, m.Matrix, offset))
            .Check(Properties.Default);
    }

    /// <summary>
    /// The full form on the 1..9 scale over more rows than its pair table has entries (97 × 97), as the benchmark
    /// scores it: rows that move together, a few missing answers, and a tail shorter than a block.
    /// </summary>
    [Fact]
    public void ScoreBatch_OfTheFullForm_EqualsTheReference()
    {
        var random = new Random(11);
        const int Rows = 20_003;
        byte[] matrix = new byte[Rows * 24];
        for (int r = 0; r < Rows; r++)
        {
            int level = random.Next(1, 10);
            for (int i = 0; i < 24; i++)
            {
                int answer = Math.Clamp((i < 12 ? level : 10 - level) + random.Next(-2, 3), 1, 9);
                matrix[(r * 24) + i] = random.Next(500) == 0 ? SocoInstrument.MissingByte : (byte)answer;
            }
        }

        for (int offset = 0; offset < 4; offset++)
        {
            AssertScoresEqualTheReference(SocoInstrument.Full24, matrix, offset);
        }
    }

    private static void AssertScoresEqualTheReference(SocoInstrument instrument, byte[] matrix, int offset)
    {
        int rows = matrix.Length / instrument.Items.Count;
        var fast = new SocoScore[offset + rows];
        var reference = new SocoScore[rows];
        Assert.Equal(rows, instrument.ScoreBatch(matrix, fast.AsSpan(offset)));
        instrument.ScoreBatchScalar(matrix, reference);
        Assert.Equal(new SocoScore[offset], fast.Take(offset));
        Assert.Equal(reference, fast.Skip(offset));
    }

    [Fact]
    public void TallyBatch_EqualsTheReference()
    {
        Prop.ForAll(Matrices, m =>
        {
            SocoTally fast = m.Instrument.TallyBatch(m.Matrix);
            Assert.Equal(m.Instrument.TallyBatchScalar(m.Matrix), fast);
            int k = m.Instrument.Items.Count;
            int[][] respondents = Enumerable.Range(0, m.Matrix.Length / k)
                .Select(r => m.Matrix.Skip(r * k).Take(k).Select(a => a == SocoInstrument.MissingByte ? SocoInstrument.Missing : a).ToArray())
                .ToArray();
            Assert.Equal(m.Instrument.Tally(respondents), fast);
        }).Check(Properties.Default);
    }

    [Fact]
    public void Kernels_RejectTheFirstAnswerOffTheScale_LikeTheReference()
    {
        // The full form's pair table (97 × 97 entries) is larger than these matrices; the 4..5 scale's (13 × 13) is not.
        var narrow = new SocoInstrument(Enumerable.Range(1, 24).Select(i => new SocoItem(i, i % 2 == 0 ? ItemPolarity.SellingOriented : ItemPolarity.CustomerOriented, $"item {i}")), 4, 5);
        var cases = (from instrument in Gen.Elements(SocoInstrument.Full24, narrow)
                     from rows in Gen.Choose(16, 400)
                     from row in Gen.Choose(0, rows - 1)
                     from item in Gen.Choose(0, 23)
                     from bad in Gen.Elements<byte>(0, 10, 200, 254)
                     select (instrument, rows, row, item, bad)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            byte[] matrix = Enumerable.Repeat((byte)5, c.rows * 24).ToArray();
            matrix[(c.row * 24) + c.item] = c.bad;
            string expected = $"Respondent {c.row}, item {c.item + 1} (position {c.item}) has answer {c.bad};";
            Assert.StartsWith(expected, Assert.Throws<ArgumentOutOfRangeException>(() => c.instrument.ScoreBatch(matrix, new SocoScore[c.rows])).Message);
            Assert.StartsWith(expected, Assert.Throws<ArgumentOutOfRangeException>(() => c.instrument.TallyBatch(matrix)).Message);
        }).Check(Properties.Quiet(200));
    }

    [Fact]
    public void TallyBatch_FlushesItsLaneSumsBeforeTheyOverflow()
    {
        // 0..254 with 32 items: each complete row adds up to 32 × 254² to a lane, so the kernel flushes every ~2 000
        // rows. Nine answers in ten are 254, so that a lane left unflushed would overflow its 32 bits within the 5 000.
        var wide = new SocoInstrument(Enumerable.Range(1, 32).Select(i => new SocoItem(i, i % 2 == 0 ? ItemPolarity.SellingOriented : ItemPolarity.CustomerOriented, $"item {i}")), 0, 254);
        byte[] matrix = new byte[5_000 * 32];
        var random = new Random(7);
        for (int i = 0; i < matrix.Length; i++)
        {
            matrix[i] = random.Next(10) == 0 ? (byte)0 : (byte)254;
        }

        Assert.Equal(wide.TallyBatchScalar(matrix), wide.TallyBatch(matrix));
    }
}
