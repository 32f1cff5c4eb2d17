using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Services;

public class ServiceLevelPropertyTests
{
    private static readonly Arbitrary<double[]> Durations =
        Gen.Choose(0, 100_000).Select(i => i / 100.0).ArrayOf().ToArbitrary();

    private static readonly Arbitrary<double[]> Values =
        Gen.OneOf(Gen.Choose(-1_000, 1_000).Select(i => (double)i), Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 997.0)).ArrayOf().ToArbitrary();

    [Fact]
    public void Rate_IsWithinZeroAndOne()
    {
        Prop.ForAll(Durations, Gen.Choose(1, 100_000).Select(i => i / 100.0).ToArbitrary(), (durations, threshold) =>
        {
            SlaResult result = Sla.Measure(durations, threshold);
            return durations.Length == 0 ? double.IsNaN(result.Rate) : result.Rate is >= 0 and <= 1;
        }).Check(Properties.Default);
    }

    [Fact]
    public void Measure_OfWhole_IsTheSumOfParts()
    {
        Prop.ForAll(Durations, Durations, (a, b) => Sla.Measure([.. a, .. b], 5) == Sla.Measure(a, 5) + Sla.Measure(b, 5))
            .Check(Properties.Default);
    }

    [Fact]
    public void Percentile_IsMonotoneInP_AndWithinMinAndMax()
    {
        Prop.ForAll(Values, Gen.Choose(0, 100).Two().ToArbitrary(), (values, ps) =>
        {
            if (values.Length == 0)
            {
                return true;
            }

            double low = Math.Min(ps.Item1, ps.Item2);
            double high = Math.Max(ps.Item1, ps.Item2);
            double pLow = Sla.Percentile(values, low);
            double pHigh = Sla.Percentile(values, high);
            return pLow <= pHigh && pLow >= values.Min() && pHigh <= values.Max();
        }).Check(Properties.Default);
    }

    [Fact]
    public void SelectionPercentile_EqualsSortedPercentile()
    {
        Prop.ForAll(Values, Gen.Choose(0, 1000).Select(i => i / 10.0).ToArbitrary(), (values, p) =>
        {
            double selected = Sla.Percentile(values, p);
            double sorted = Sla.PercentilesOf(values, [p])[0];
            return selected.Equals(sorted);
        }).Check(Properties.Thorough);
    }

    [Fact]
    public void Percentile_OfManyEqualValues_IsThatValue()
    {
        // Many duplicates exercise the partition's equal-to-pivot path.
        Prop.ForAll(Gen.Choose(1, 3).ArrayOf().ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (small, p) =>
        {
            double[] values = small.Select(v => (double)v).ToArray();
            return values.Length == 0 || Sla.Percentile(values, p).Equals(Sla.PercentilesOf(values, [p])[0]);
        }).Check(Properties.Default);
    }

    [Fact]
    public void Classification_FollowsTheSignOfTheGap()
    {
        var pairs = Gen.Choose(-1000, 1000).Two().ToArbitrary();
        Prop.ForAll(pairs, pair =>
        {
            double expected = pair.Item1 / 10.0;
            double perceived = pair.Item2 / 10.0;
            ServiceLevel level = CustomerMetrics.ServiceLevels.Classify(expected, perceived);
            int sign = Math.Sign(perceived - expected);
            return level == (sign < 0 ? ServiceLevel.Low : sign > 0 ? ServiceLevel.Wow : ServiceLevel.Standard);
        }).Check(Properties.Default);
    }

    [Fact]
    public void ErlangC_ServiceLevelGrowsWithAgents()
    {
        var cases = Gen.Choose(1, 400).SelectMany(calls => Gen.Choose(0, 30).Select(extra => (calls, extra))).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            var interval = TimeSpan.FromMinutes(30);
            var aht = TimeSpan.FromSeconds(180);
            int first = (int)Math.Floor(c.calls * 180.0 / 1800) + 1 + c.extra;
            ErlangCResult fewer = ErlangC.Analyze(c.calls, interval, aht, first, TimeSpan.FromSeconds(20));
            ErlangCResult more = ErlangC.Analyze(c.calls, interval, aht, first + 1, TimeSpan.FromSeconds(20));
            return more.ServiceLevel >= fewer.ServiceLevel && fewer.ServiceLevel is >= 0 and <= 1 && fewer.ProbabilityOfWaiting is >= 0 and <= 1;
        }).Check(Properties.Default);
    }
}
