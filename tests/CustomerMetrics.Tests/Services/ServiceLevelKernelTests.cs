using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using CustomerMetrics.Statistics;
using CustomerMetrics.Tests.Statistics;
using Xunit;

namespace CustomerMetrics.Tests.Services;

/// <summary>The fast paths of the service-level family against their references: exact counts, exact percentiles, Erlang B to 1e-12.</summary>
public class ServiceLevelKernelTests
{
    [Fact]
    public void Measure_EqualsTheScalarReference_ForEveryLength0To300()
    {
        for (int length = 0; length <= 300; length++)
        {
            var durations = Gen.Choose(0, 80).Select(d => d / 2.0).ArrayOf(length).ToArbitrary();
            Prop.ForAll(durations, values =>
                Sla.Measure(values, 20).WithinThreshold == Sla.CountWithinScalar(values, 20)
                && EveryMeasureKernel().All(kernel => kernel(values, 20) == Sla.CountWithinScalar(values, 20))
                && Sla.Measure(values, 20).Total == values.Length).Check(Properties.Quiet(10));
        }
    }

    [Fact]
    public void Measure_CountsMinusZeroAsOnTime_InEveryKernel()
    {
        // −0 has its sign bit set: the 512-bit kernel's sign check sends it to the scalar re-check, which accepts it.
        double[] values = Enumerable.Repeat(30.0, 100).ToArray();
        values[41] = -0.0;
        Assert.Equal(1, Sla.Measure(values, 20).WithinThreshold);
        Assert.All(EveryMeasureKernel(), kernel => Assert.Equal(1, kernel(values, 20)));
    }

    /// <summary>
    /// Every vector kernel of <see cref="Sla.Measure(ReadOnlySpan{double}, double)"/>, whether or not this machine accelerates
    /// its width: the generic vector API computes the same lanes in software where it does not.
    /// </summary>
    private static System.Collections.Generic.List<Func<double[], double, long>> EveryMeasureKernel()
    {
        var kernels = new System.Collections.Generic.List<Func<double[], double, long>> { (values, threshold) => Sla.CountWithinVector(values, threshold) };
#if !LIBRARY_NETSTANDARD
        kernels.Add((values, threshold) => Sla.CountWithin512(values, threshold));
        kernels.Add((values, threshold) => Sla.CountWithin256(values, threshold));
#endif
        return kernels;
    }

    [Fact]
    public void Measure_ReportsTheFirstInvalidDuration_LikeTheReference()
    {
        var cases = (from length in Gen.Choose(1, 300)
                     from position in Gen.Choose(0, length - 1)
                     from bad in Gen.Elements(-1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, -double.Epsilon)
                     select (length, position, bad)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            double[] values = Enumerable.Repeat(3.0, c.length).ToArray();
            values[c.position] = c.bad;
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => Sla.Measure(values, 20));
            Assert.StartsWith($"The duration at position {c.position} is", error.Message);
            Assert.All(EveryMeasureKernel(), kernel => Assert.StartsWith(
                $"The duration at position {c.position} is",
                Assert.Throws<ArgumentOutOfRangeException>(() => kernel(values, 20)).Message));
        }).Check(Properties.Default);
    }

    [Theory]
    [InlineData(-1.0, -1.0)]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(double.NegativeInfinity, -2.0)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)] // no sign bit: only the not-finite flag finds these
    public void Measure_FindsInvalidDurations_ThatShareALane(double first, double second)
    {
        // Positions 8 and 16 fall in lane 0 of every register width (4 and 8 doubles), after a valid value there:
        // flags combined so that two invalid values (or a valid one, an invalid one and a valid one) cancel out
        // would let the kernel count them.
        double[] values = Enumerable.Repeat(3.0, 32).ToArray();
        values[8] = first;
        values[16] = second;
        Assert.All(EveryMeasureKernel(), kernel => Assert.StartsWith(
            "The duration at position 8 is",
            Assert.Throws<ArgumentOutOfRangeException>(() => kernel(values, 20)).Message));
        values[16] = 3.0;
        Assert.All(EveryMeasureKernel(), kernel => Assert.Throws<ArgumentOutOfRangeException>(() => kernel(values, 20)));
    }

    /// <summary>Large inputs (the sampled path) of every awkward shape: random, sorted, reversed, few distinct values, one value, outliers.</summary>
    private static readonly Arbitrary<(double[] Values, double Percentile)> LargeInputs =
        (from length in Gen.Choose(65_536, 140_000)
         from shape in Gen.Choose(0, 6)
         from seed in Gen.Choose(0, int.MaxValue)
         from percentile in Gen.Frequency((3, Gen.Elements(50.0, 90.0, 95.0, 99.0, 0.0, 100.0)), (2, Gen.Choose(0, 10000).Select(p => p / 100.0)))
         select (Shaped(length, shape, seed), percentile)).ToArbitrary();

    [Fact]
    public void Percentile_OfLargeInputs_EqualsSelectionInACopy()
    {
        Prop.ForAll(LargeInputs, c =>
        {
            double[] sorted = (double[])c.Values.Clone();
            Array.Sort(sorted);
            double expected = ExpectedType7(sorted, c.Percentile);
            Assert.Equal(expected, Sla.Percentile(c.Values, c.Percentile));
        }).Check(Properties.Quiet(60));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void SampledSelection_EveryPass_GivesUpOnAValueThatIsNotFinite(double bad)
    {
        double[] values = Enumerable.Range(0, 100_003).Select(i => (double)(i % 1000)).ToArray();
        foreach (SampledSelection.CountingPass pass in SelectionTests.Passes())
        {
            Assert.True(SampledSelection.TrySelect(values, 95_000, out _, out _, pass));
            foreach (int position in new[] { 0, 50_001, 100_002 })
            {
                double[] copy = (double[])values.Clone();
                copy[position] = bad;
                Assert.False(SampledSelection.TrySelect(copy, 95_000, out _, out _, pass), $"{pass}, position {position}");
            }
        }
    }

    [Fact]
    public void Percentile_OfALargeInputWithANaN_NamesItsPosition()
    {
        double[] values = Enumerable.Range(0, 100_000).Select(i => (double)i).ToArray();
        values[77_777] = double.NaN;
        Assert.StartsWith("The value at position 77777 is NaN", Assert.Throws<ArgumentOutOfRangeException>(() => Sla.Percentile(values, 95)).Message);
        values[77_777] = double.NegativeInfinity;
        Assert.Throws<ArgumentOutOfRangeException>(() => Sla.Percentile(values, 50));
    }

    [Fact]
    public void ErlangB_EqualsTheTextbookRecursion()
    {
        var cases = (from traffic in Gen.Choose(0, 2_000_000).Select(t => t / 1000.0)
                     from agents in Gen.Choose(0, 3000)
                     select (traffic, agents)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            double fast = ErlangC.ErlangB(c.traffic, c.agents);
            double reference = ErlangC.ErlangBReference(c.traffic, c.agents);
            Assert.True(Math.Abs(fast - reference) <= 1e-12 * reference + 1e-300, $"B({c.agents}, {c.traffic}) = {fast}, reference {reference}");
        }).Check(Properties.Thorough);
    }

    private static double ExpectedType7(double[] sorted, double percentile)
    {
        double h = (sorted.Length - 1) * percentile;
        int lower = (int)Math.Floor(h / 100);
        double weight = (h - (lower * 100.0)) / 100;
        return lower >= sorted.Length - 1 ? sorted[^1] : CustomerMetrics.Statistics.Percentiles.Interpolate(sorted[lower], sorted[lower + 1], weight);
    }

    private static double[] Shaped(int length, int shape, int seed)
    {
        var random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = shape switch
            {
                0 => random.NextDouble() * 100,                           // uniform
                1 => i,                                                   // sorted
                2 => length - i,                                          // reversed
                3 => random.Next(0, 4),                                   // four distinct values
                4 => 7.5,                                                 // one value
                5 => random.Next(0, 1000) == 0 ? 1e300 : random.NextDouble(), // outliers
                _ => -Math.Log(1 - random.NextDouble()) * 20,             // exponential waits
            };
        }

        return values;
    }
}
