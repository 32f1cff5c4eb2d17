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

    [Fact]
    public void ScoreBatch_EqualsTheReference()
    {
        Prop.ForAll(Matrices, m =>
        {
            int rows = m.Matrix.Length / m.Instrument.Items.Count;
            var fast = new SocoScore[rows];
            var reference = new SocoScore[rows];
            m.Instrument.ScoreBatch(m.Matrix, fast);
            m.Instrument.ScoreBatchScalar(m.Matrix, reference);
            Assert.Equal(reference, fast);
        }).Check(Properties.Default);
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
        var cases = (from rows in Gen.Choose(16, 200)
                     from row in Gen.Choose(0, rows - 1)
                     from item in Gen.Choose(0, 23)
                     from bad in Gen.Elements<byte>(0, 10, 200, 254)
                     select (rows, row, item, bad)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            byte[] matrix = Enumerable.Repeat((byte)5, c.rows * 24).ToArray();
            matrix[(c.row * 24) + c.item] = c.bad;
            string expected = $"Respondent {c.row}, item {c.item + 1} (position {c.item}) has answer {c.bad};";
            Assert.StartsWith(expected, Assert.Throws<ArgumentOutOfRangeException>(() => SocoInstrument.Full24.ScoreBatch(matrix, new SocoScore[c.rows])).Message);
            Assert.StartsWith(expected, Assert.Throws<ArgumentOutOfRangeException>(() => SocoInstrument.Full24.TallyBatch(matrix)).Message);
        }).Check(Properties.Quiet(100));
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
