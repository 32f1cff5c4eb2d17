using System;
using System.Linq;
using CustomerMetrics.Statistics;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Statistics;

/// <summary>Selection of order statistics and type-7 percentiles, against a sorted copy.</summary>
public class SelectionTests
{
    /// <summary>Arrays of every awkward shape for quickselect: random, few distinct values, sorted, reversed, organ-pipe.</summary>
    private static readonly Arbitrary<double[]> Shapes =
        (from length in Gen.Choose(1, 400)
         from shape in Gen.Choose(0, 4)
         from seed in Gen.Choose(0, int.MaxValue)
         select Shaped(length, shape, seed)).ToArbitrary();

    [Fact]
    public void Select_PutsTheKthSmallestInPlace_WithSmallerBeforeAndGreaterAfter()
    {
        Prop.ForAll(Shapes, Gen.Choose(0, 1_000_000).ToArbitrary(), (values, pick) =>
        {
            int k = pick % values.Length;
            double[] sorted = values.OrderBy(v => v).ToArray();
            double[] work = (double[])values.Clone();
            Assert.Equal(sorted[k], Percentiles.Select(work, k));
            Assert.Equal(sorted[k], work[k]);
            Assert.All(work.Take(k), v => Assert.True(v <= sorted[k]));
            Assert.All(work.Skip(k + 1), v => Assert.True(v >= sorted[k]));
            Assert.Equal(sorted, work.OrderBy(v => v).ToArray()); // a permutation: nothing lost or duplicated
        }).Check(Properties.Thorough);
    }

    [Fact]
    public void BySelection_EqualsThePercentileOfASortedCopy()
    {
        var percentiles = Gen.Frequency((1, Gen.Elements(0.0, 50.0, 90.0, 95.0, 100.0)), (3, Gen.Choose(0, 10_000).Select(p => p / 100.0))).ToArbitrary();
        Prop.ForAll(Shapes, percentiles, (values, percentile) =>
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            double expected = Percentiles.FromSorted(sorted, percentile);
            Assert.Equal(expected, Percentiles.BySelection((double[])values.Clone(), percentile));
            Assert.Equal(ExpectedType7(sorted, percentile), expected, 1e-9); // the textbook formula, up to its rounding
        }).Check(Properties.Thorough);
    }

    [Fact]
    public void Percentiles_OfNothing_AreNaN()
    {
        Assert.True(double.IsNaN(Percentiles.FromSorted([], 50)));
        Assert.True(double.IsNaN(Percentiles.BySelection([], 50)));
    }

    [Theory]
    [InlineData(10, 90, 8, 0.1)] // h = 8.1, and the weight exactly 0.1
    [InlineData(10, 100, 9, 0.0)]
    [InlineData(10, 0, 0, 0.0)]
    [InlineData(1, 95, 0, 0.0)]
    [InlineData(101, 95, 95, 0.0)]
    [InlineData(5, 37.5, 1, 0.5)]
    [InlineData(4, 50, 1, 0.5)]
    public void Position_IsTheWholeAndFractionalRank(int count, double percentile, int lower, double weight)
    {
        (int actualLower, double actualWeight) = Percentiles.Position(count, percentile);
        Assert.Equal(lower, actualLower);
        Assert.Equal(weight, actualWeight);
    }

    [Fact]
    public void Percentile_OfWholePercents_IsExact()
    {
        double[] values = Enumerable.Range(0, 10).Select(i => 10.0 + (5 * i)).ToArray();
        Assert.Equal(50.5, Percentiles.FromSorted(values, 90)); // 50 + 0.1 × 5
        Assert.Equal(50.5, Percentiles.BySelection((double[])values.Clone(), 90));
        Assert.Equal(55, Percentiles.FromSorted(values, 100));
        Assert.Equal(55, Percentiles.BySelection((double[])values.Clone(), 100));
        Assert.Equal(10, Percentiles.BySelection((double[])values.Clone(), 0));
    }

    [Theory]
    [InlineData(1.0, 3.0, 0.5, 2.0)]
    [InlineData(1.0, 3.0, 0.0, 1.0)]
    [InlineData(1.0, 3.0, 1.0, 3.0)]
    [InlineData(-3.0, 5.0, 0.25, -1.0)]
    [InlineData(2.0, 2.0, 0.7, 2.0)]
    [InlineData(-double.MaxValue, double.MaxValue, 0.5, 0.0)]
    [InlineData(-double.MaxValue, double.MaxValue, 0.0, -double.MaxValue)]
    [InlineData(5.0, double.PositiveInfinity, 0.0, 5.0)] // weight 0 never touches the upper value
    public void Interpolate_IsExactAtTheEnds_AndFiniteForTheWidestRange(double low, double high, double weight, double expected)
    {
        Assert.Equal(expected, Percentiles.Interpolate(low, high, weight));
    }

    [Fact]
    public void Interpolate_AcrossTheWholeRange_StaysFinite()
    {
        // high − low overflows to +∞ here; the weighted form low·(1 − w) + high·w does not.
        double quarter = Percentiles.Interpolate(-double.MaxValue, double.MaxValue, 0.25);
        Assert.True(Math.Abs(quarter - (-double.MaxValue / 2)) <= 1e-15 * double.MaxValue, $"got {quarter:R}");
    }

    [Fact]
    public void Interpolate_OfAFiniteDifference_IsTheUsualForm()
    {
        // low + w·(high − low) and low·(1 − w) + high·w differ in the last bits for most values; the percentile
        // promises the first (exact at whole positions, monotone) wherever high − low is finite.
        var cases = (from low in Gen.Choose(-1_000_000, 1_000_000)
                     from span in Gen.Choose(1, 1_000_000)
                     from scale in Gen.Elements(1e-3, 0.1, 1.0, 7.0, 1e6)
                     from weight in Gen.Choose(1, 999_999).Select(w => w / 1e6)
                     select (Low: low * scale, High: (low + span) * scale, Weight: weight)).ToArbitrary();
        Prop.ForAll(cases, c => Percentiles.Interpolate(c.Low, c.High, c.Weight) == c.Low + (c.Weight * (c.High - c.Low)))
            .Check(Properties.Thorough);
    }

    [Fact]
    public void SampledSelection_AcrossEveryEndOfTheBracket_SelectsExactlyOrDeclines()
    {
        // The sampled positions hold 0, 1, 2, … (in the order first drawn) and every other position −1e6 or +1e6.
        // With `below` of them at −1e6 the value of the wanted rank is rank − below, while the bracket, which the
        // sample alone decides, stays where it is: sweeping `below` moves the wanted value across the lower end,
        // the first kept values, the upper end and beyond. Each answer is exact, or a miss the caller is told of.
        var layout = new SampledLayout(65_539, index => index); // 3 values after the last whole register
        long rank = layout.Length / 2;
        int from = layout.Distinct / 4;
        int to = 3 * layout.Distinct / 4;
        foreach (SampledSelection.CountingPass pass in Passes())
        {
            var held = new System.Collections.Generic.List<int>();
            for (int wanted = from; wanted <= to; wanted++)
            {
                if (layout.TrySelect(rank, rank - wanted, pass))
                {
                    held.Add(wanted);
                }
            }

            // The answers that held are one run strictly inside the sweep, so both its ends were crossed.
            Assert.True(held.Count > 10, $"{pass}: {held.Count} held");
            Assert.True(held[0] > from && held[^1] < to, $"{pass}: held {held[0]}..{held[^1]} of {from}..{to}");
            Assert.Equal(held[^1] - held[0] + 1, held.Count);
        }
    }

    [Fact]
    public void SampledSelection_WhenTheBracketHasEqualEnds_SelectsExactlyOrDeclines_AtBothEdgesOfTheRun()
    {
        // Every sampled position holds 5, so the bracket is [5, 5]; the other positions lie far below and above.
        // The wanted rank is swept across both edges of the run of fives.
        var layout = new SampledLayout(65_539, _ => 5);
        long rank = layout.Length / 2;
        foreach (SampledSelection.CountingPass pass in Passes())
        {
            bool anyHeld = false;
            for (int shift = -3; shift <= 3; shift++)
            {
                anyHeld |= layout.TrySelect(rank, rank + shift, pass); // the rank just below, at and above the first five
                anyHeld |= layout.TrySelect(rank, rank - layout.Distinct + shift, pass); // and around the last five
            }

            Assert.True(anyHeld, $"{pass}: no rank of the run held");
        }
    }

    /// <summary>
    /// An input of a given length whose sampled positions (each once) hold given values and whose other
    /// positions hold −1e6 or +1e6; <see cref="TrySelect"/> checks an answer against the order it knows.
    /// </summary>
    private sealed class SampledLayout
    {
        private const double Far = 1e6;
        private readonly int[] sampled;
        private readonly double[] sampledValues;
        private readonly double[] sortedSampledValues;

        internal SampledLayout(int length, Func<int, double> valueOfSampled)
        {
            Length = length;
            var positions = new SampledSelection.SamplePositions(length);
            var seen = new System.Collections.Generic.HashSet<int>();
            var order = new System.Collections.Generic.List<int>();
            for (int i = 0; i < Math.Min(1 << 15, length / 16); i++)
            {
                int position = positions.Next();
                if (seen.Add(position))
                {
                    order.Add(position);
                }
            }

            sampled = order.ToArray();
            sampledValues = Enumerable.Range(0, sampled.Length).Select(valueOfSampled).ToArray();
            sortedSampledValues = sampledValues.OrderBy(v => v).ToArray();
        }

        internal int Length { get; }

        internal int Distinct => sampled.Length;

        /// <summary>Whether the selection held with <paramref name="below"/> of the other positions at −1e6; asserts that a held answer is exact.</summary>
        internal bool TrySelect(long rank, long below, SampledSelection.CountingPass pass)
        {
            double[] values = new double[Length];
            var isSampled = new bool[Length];
            for (int i = 0; i < sampled.Length; i++)
            {
                values[sampled[i]] = sampledValues[i];
                isSampled[sampled[i]] = true;
            }

            long placed = 0;
            for (int i = 0; i < Length; i++)
            {
                if (!isSampled[i])
                {
                    values[i] = placed++ < below ? -Far : Far;
                }
            }

            if (!SampledSelection.TrySelect(values, rank, out double low, out double high, pass))
            {
                return false;
            }

            Assert.Equal((ValueAt(rank, below), ValueAt(Math.Min(rank + 1, Length - 1), below)), (low, high));
            return true;
        }

        private double ValueAt(long rank, long below) =>
            rank < below ? -Far : rank < below + Distinct ? sortedSampledValues[rank - below] : Far;
    }

    [Fact]
    public void SampledSelection_HoldsTheBracket_ForDataThatIsNotAdversarial()
    {
        // The bracket spans ±5 standard deviations of the sample rank: for random data, sorted or reversed
        // runs, few distinct values and outliers it holds; only a miss would send the caller to a copy.
        var cases = (from length in Gen.Choose(SampledSelection.MinimumLength, 150_000)
                     from shape in Gen.Choose(0, 4)
                     from seed in Gen.Choose(0, int.MaxValue)
                     from percentile in Gen.Frequency((3, Gen.Elements(0.0, 1.0, 50.0, 95.0, 99.0, 100.0)), (2, Gen.Choose(0, 10_000).Select(p => p / 100.0)))
                     select (Values: Shaped(length, shape, seed), Percentile: percentile)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            double[] sorted = (double[])c.Values.Clone();
            Array.Sort(sorted);
            long rank = (long)(c.Percentile / 100 * (sorted.Length - 1));
            long next = Math.Min(rank + 1, sorted.Length - 1);
            foreach (SampledSelection.CountingPass pass in Passes())
            {
                Assert.True(SampledSelection.TrySelect(c.Values, rank, out double low, out double high, pass), $"rank {rank} of {c.Values.Length}, {pass}");
                Assert.Equal(sorted[rank], low);
                Assert.Equal(sorted[next], high);
            }
        }).Check(Properties.Quiet(40));
    }

    [Fact]
    public void SampledSelection_OfTheMinimumAndMaximum_AndOfATail()
    {
        // Ranks at the ends, and an input whose last values (after the last whole register) are the extremes.
        double[] values = Enumerable.Range(0, 100_003).Select(i => (double)((i * 7919L) % 100_003)).ToArray();
        values[100_002] = -1;
        values[100_001] = 1e9;
        foreach (SampledSelection.CountingPass pass in Passes())
        {
            Assert.True(SampledSelection.TrySelect(values, 0, out double min, out double second, pass));
            Assert.Equal((-1.0, 0.0), (min, second));
            Assert.True(SampledSelection.TrySelect(values, 100_002, out double max, out double clamped, pass));
            Assert.Equal((1e9, 1e9), (max, clamped));
            Assert.True(SampledSelection.TrySelect(values, 100_001, out double belowMax, out double atMax, pass));
            Assert.Equal((100_002.0, 1e9), (belowMax, atMax));
        }
    }

    [Fact]
    public void SampledSelection_KeepsFarMoreValuesThanTheSampleForetold_AndStillSelects()
    {
        // The sampled positions spread over [0, 1); every other value is 0.5, so nearly the whole input falls
        // inside a bracket around the median that the sample drew narrow: the kept values outgrow their estimate
        // many times over, and every pass must grow its store and still select exactly.
        const int Length = 200_003;
        int sampleSize = Math.Min(1 << 15, Length / 16);
        double[] values = Enumerable.Repeat(0.5, Length).ToArray();
        var positions = new SampledSelection.SamplePositions(Length);
        for (int i = 0; i < sampleSize; i++)
        {
            values[positions.Next()] = ((i * 7919) % sampleSize) / (double)sampleSize;
        }

        double[] sorted = values.OrderBy(v => v).ToArray();
        foreach (SampledSelection.CountingPass pass in Passes())
        {
            foreach (long rank in new long[] { Length / 2, (Length / 2) + 1 })
            {
                Assert.True(SampledSelection.TrySelect(values, rank, out double low, out double high, pass), $"{pass}, rank {rank}");
                Assert.Equal((sorted[rank], sorted[rank + 1]), (low, high));
            }

            // A third of the way up the sample brackets ~0.33, while the input's rank there is 0.5: a miss, said.
            Assert.False(SampledSelection.TrySelect(values, Length / 3, out _, out _, pass));
        }

        Assert.Equal(0.5, sorted[Length / 3]);
        Assert.Equal(0.5, Sla.Percentile(values, 100.0 / 3)); // after the miss, selection in a copy
    }

    [Fact]
    public void SampledSelection_OfOneRepeatedValue_HoldsEveryRank()
    {
        // The bracket's ends are equal: every value counts once, at the lower end.
        double[] values = Enumerable.Repeat(42.5, 70_001).ToArray();
        foreach (SampledSelection.CountingPass pass in Passes())
        {
            foreach (long rank in new long[] { 0, 35_000, 70_000 })
            {
                Assert.True(SampledSelection.TrySelect(values, rank, out double low, out double high, pass));
                Assert.Equal((42.5, 42.5), (low, high));
            }
        }
    }

    /// <summary>Every counting pass this machine runs (the widest again by its default name).</summary>
    internal static System.Collections.Generic.IEnumerable<SampledSelection.CountingPass> Passes() =>
        Enum.GetValues<SampledSelection.CountingPass>().Where(SampledSelection.IsSupported);

    [Theory]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(double.PositiveInfinity, double.NegativeInfinity)]
    [InlineData(double.NaN, double.PositiveInfinity)]
    public void SampledSelection_DeclinesWhenTwoValuesInOneLaneAreNotFinite(double first, double second)
    {
        // Positions 0 and 64 share lane 0 of every register width: a pass that combined its not-finite flags so
        // that two of them cancel (x − x is NaN for both) would miss them and answer from invalid data.
        double[] values = Enumerable.Range(0, 70_000).Select(i => (double)i).ToArray();
        values[0] = first;
        values[64] = second;
        foreach (SampledSelection.CountingPass pass in Passes())
        {
            Assert.False(SampledSelection.TrySelect(values, 35_000, out _, out _, pass), pass.ToString());
        }
    }

    [Fact]
    public void CountingPasses_ThePortableOneRunsEverywhere()
    {
        Assert.Contains(SampledSelection.CountingPass.Portable, Passes());
        Assert.False(SampledSelection.IsSupported((SampledSelection.CountingPass)99)); // no such pass
#if LIBRARY_NETSTANDARD
        Assert.False(SampledSelection.IsSupported(SampledSelection.CountingPass.Avx2)); // no intrinsics in netstandard2.0
#else
        Assert.Equal(System.Runtime.Intrinsics.X86.Avx2.IsSupported, SampledSelection.IsSupported(SampledSelection.CountingPass.Avx2));
        Assert.Equal(System.Runtime.Intrinsics.X86.Avx512F.IsSupported && System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated, SampledSelection.IsSupported(SampledSelection.CountingPass.Avx512));
#endif
    }

    private static double ExpectedType7(double[] sorted, double percentile)
    {
        double h = (sorted.Length - 1) * percentile / 100;
        int lower = (int)Math.Floor(h);
        return lower >= sorted.Length - 1 ? sorted[^1] : sorted[lower] + ((h - lower) * (sorted[lower + 1] - sorted[lower]));
    }

    private static double[] Shaped(int length, int shape, int seed)
    {
        var random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = shape switch
            {
                0 => random.NextDouble() * 1000,
                1 => random.Next(0, 5),
                2 => i,
                3 => length - i,
                _ => i < length / 2 ? i : length - i,
            };
        }

        return values;
    }
}
