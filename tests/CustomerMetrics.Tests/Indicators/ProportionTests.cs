using System;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Indicators;

/// <summary>
/// Proportion, its Wilson interval and the two-sample comparison. Expected values were computed by hand
/// from the published formulas (Wilson 1927; Newcombe 1998, whose worked example 56/70 − 48/80 gives the
/// hybrid score interval 0.0524 to 0.3339).
/// </summary>
public class ProportionTests
{
    [Fact]
    public void WilsonInterval_OfTheClinicsNegativeReviews()
    {
        var negative = new Proportion(12, 300);
        ConfidenceInterval interval = negative.WilsonInterval();
        Assert.Equal(0.04, negative.Share, 15);
        Assert.Equal(0.0230273214879423, interval.Lower, 12);
        Assert.Equal(0.0686042120386400, interval.Upper, 12);
        Assert.Equal(0.95, interval.Level);
        Assert.Equal(288, negative.Rest);
        Assert.Equal("12 of 300 (4 %)", negative.ToString());
    }

    [Fact]
    public void WilsonInterval_AtZeroAndAll_ReachesTheBoundExactly()
    {
        Assert.Equal(0, new Proportion(0, 1_000_000).WilsonInterval().Lower);
        Assert.Equal(1, new Proportion(7, 7).WilsonInterval().Upper);
        Assert.True(new Proportion(0, 5).WilsonInterval().Upper > 0);
    }

    [Fact]
    public void Empty_HasNaNShare_AndAnUndefinedInterval()
    {
        Assert.Equal(Proportion.Empty, default);
        Assert.True(double.IsNaN(Proportion.Empty.Share));
        Assert.True(double.IsNaN(Proportion.Empty.WilsonInterval(0.9).Lower));
        Assert.Equal("0 of 0", Proportion.Empty.ToString());
    }

    [Fact]
    public void CompareWith_ReproducesNewcombesWorkedExample()
    {
        ProportionComparison comparison = new Proportion(48, 80).CompareWith(new Proportion(56, 70));
        Assert.Equal(0.2, comparison.Difference, 12);
        Assert.Equal(0.0524314724023650, comparison.Interval.Lower, 12);
        Assert.Equal(0.3338726540369059, comparison.Interval.Upper, 12);
        Assert.Equal(2.6501719512585336, comparison.Z, 12);
        Assert.Equal(0.0080450813681967, comparison.PValue, 9);
        Assert.True(comparison.IsSignificant);
        Assert.Equal("+20 points (p = 0.008) [+5.2, +33.4] (95 %)", comparison.ToString());
    }

    [Fact]
    public void CompareWith_EqualExtremeShares_HasPValueOne()
    {
        ProportionComparison comparison = new Proportion(0, 10).CompareWith(new Proportion(0, 40));
        Assert.Equal(0, comparison.Z);
        Assert.Equal(1, comparison.PValue);
        Assert.True(comparison.Interval.Contains(0));
    }

    [Fact]
    public void CompareWith_AnEmptySide_GivesNaN()
    {
        ProportionComparison comparison = new Proportion(3, 10).CompareWith(Proportion.Empty);
        Assert.True(double.IsNaN(comparison.PValue));
        Assert.True(double.IsNaN(comparison.Interval.Lower));
        Assert.False(comparison.IsSignificant);
    }

    [Theory]
    [InlineData(-1, 10, "count")]
    [InlineData(1, -10, "total")]
    [InlineData(11, 10, "count")]
    public void Constructor_RejectsInconsistentCounts(long count, long total, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(count, total));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Constructor_SaysWhichCountExceedsWhichTotal()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(11, 10));
        Assert.StartsWith("count (11) should not exceed total (10).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Interval_RejectsALevelOutsideTheOpenUnitInterval(double level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(1, 2).WilsonInterval(level));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(1, 2).CompareWith(new Proportion(1, 3), level));
    }

    [Fact]
    public void Add_BeyondInt64_ThrowsOverflowWithAMessage()
    {
        var error = Assert.Throws<OverflowException>(() => new Proportion(1, long.MaxValue) + new Proportion(0, 1));
        Assert.Contains("Int64.MaxValue", error.Message, StringComparison.Ordinal);
        Assert.Contains("cases in total", error.Message, StringComparison.Ordinal);
        var counted = Assert.Throws<OverflowException>(() => new Proportion(long.MaxValue, long.MaxValue).Add(new Proportion(1, 1)));
        Assert.Contains("cases counted", counted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_NeedsBothCountsEqual()
    {
        var proportion = new Proportion(1, 2);
        Assert.True(proportion == new Proportion(1, 2));
        Assert.False(proportion != new Proportion(1, 2));
        Assert.True(proportion != new Proportion(1, 3)); // same count, another total
        Assert.True(proportion != new Proportion(2, 2)); // same total, another count
        Assert.False(proportion.Equals(new Proportion(1, 3)));
        Assert.False(proportion.Equals(new Proportion(0, 2)));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void CompareWith_AnEmptySide_StillChecksTheLevel(double level)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Empty.CompareWith(new Proportion(1, 3), level));
        Assert.Equal("level", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(1, 3).CompareWith(Proportion.Empty, level));
    }

    [Fact]
    public void Interval_IsWithinTheUnitInterval_ContainsTheShare_AndShrinksWithN()
    {
        var cases = (from total in Gen.Choose(1, 100_000)
                     from count in Gen.Choose(0, total)
                     from level in Gen.Elements(0.8, 0.9, 0.95, 0.99, 0.999)
                     select (count, total, level)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            var share = new Proportion(c.count, c.total);
            ConfidenceInterval interval = share.WilsonInterval(c.level);
            Assert.True(interval.Lower >= 0 && interval.Upper <= 1, interval.ToString());
            Assert.True(interval.Contains(share.Share), $"{share} not in {interval}");
            ConfidenceInterval larger = new Proportion(c.count * 4L, c.total * 4L).WilsonInterval(c.level);
            Assert.True(larger.Width < interval.Width, $"{larger} not narrower than {interval}");
            Assert.True(share.WilsonInterval(Math.Min(0.9999, c.level + 0.0001)).Width >= interval.Width);
        }).Check(Properties.Thorough);
    }

    [Fact]
    public void Comparison_IsAntisymmetric_AndItsIntervalContainsTheDifference()
    {
        var cases = (from n1 in Gen.Choose(1, 5_000)
                     from x1 in Gen.Choose(0, n1)
                     from n2 in Gen.Choose(1, 5_000)
                     from x2 in Gen.Choose(0, n2)
                     select (new Proportion(x1, n1), new Proportion(x2, n2))).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            ProportionComparison forward = c.Item1.CompareWith(c.Item2);
            ProportionComparison backward = c.Item2.CompareWith(c.Item1);
            Assert.Equal(forward.Difference, -backward.Difference, 12);
            Assert.Equal(forward.PValue, backward.PValue, 12);
            Assert.Equal(forward.Interval.Lower, -backward.Interval.Upper, 12);
            Assert.True(forward.Interval.Contains(forward.Difference));
            Assert.True(forward.Interval.Lower >= -1 && forward.Interval.Upper <= 1);
            Assert.InRange(forward.PValue, 0, 1);
        }).Check(Properties.Default);
    }

    [Fact]
    public void Proportions_FollowTheMergeLaws()
    {
        var cases = (from flags in Gen.Elements(true, false).ArrayOf()
                     from cut in Gen.Choose(0, flags.Length)
                     from cut2 in Gen.Choose(cut, flags.Length)
                     select (flags, cut, cut2)).ToArbitrary();
        Prop.ForAll(cases, c => Tallies.CountTallyLawsTests.Laws(
            (from, to) => new Proportion(c.flags.Skip(from).Take(to - from).Count(f => f), to - from),
            c.flags.Length, c.cut, c.cut2, Proportion.Empty, (a, b) => a + b)).Check(Properties.Default);
    }

    [Fact]
    public void FairCoinPValue_EqualsTheExactBinomialSum()
    {
        var cases = (from n in Gen.Choose(1, 120) from k in Gen.Choose(0, n) select (k, n)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            int low = Math.Min(c.k, c.n - c.k);
            BigInteger tail = Enumerable.Range(0, low + 1).Aggregate(BigInteger.Zero, (sum, j) => sum + Choose(c.n, j));
            double exact = Math.Min(1, 2 * Math.Exp(BigInteger.Log(tail) - (c.n * Math.Log(2))));
            double actual = global::CustomerMetrics.Statistics.Binomial.TwoSidedFairCoinPValue(c.k, c.n);
            Assert.Equal(exact, actual, 1e-12 + (exact * 1e-12));
        }).Check(Properties.Default);
    }

    [Fact]
    public void FairCoinPValue_HandlesLargeCounts()
    {
        // 10⁸ trials, 5·10⁷ + 10⁴ successes: z = 2, p ≈ 0.0455 (normal limit); and beyond the exact limit.
        Assert.Equal(0.0455, global::CustomerMetrics.Statistics.Binomial.TwoSidedFairCoinPValue(50_010_000, 100_000_000), 2e-4);
        Assert.Equal(0.0455, global::CustomerMetrics.Statistics.Binomial.TwoSidedFairCoinPValue(2_000_063_246, 4_000_000_000), 2e-4);
        Assert.Equal(1, global::CustomerMetrics.Statistics.Binomial.TwoSidedFairCoinPValue(5, 10));
    }

    private static BigInteger Choose(int n, int k)
    {
        BigInteger result = BigInteger.One;
        for (int i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }
}
