using System;
using CustomerMetrics.Statistics;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Statistics;

public class NormalTests
{
    // Reference values: Python's math.erfc (0.5·erfc(−x/√2)) and statistics.NormalDist.inv_cdf (Wichura's AS 241).
    [Theory]
    [InlineData(1.96, 0.9750021048517795)]
    [InlineData(-1.0, 0.15865525393145707)]
    [InlineData(0.5, 0.6914624612740131)]
    [InlineData(3.0, 0.9986501019683699)]
    [InlineData(-5.0, 2.866515718791946e-07)]
    [InlineData(-10.0, 7.619853024160593e-24)]
    [InlineData(-37.0, 5.725571222525139e-300)]
    [InlineData(0.0, 0.5)]
    public void Cdf_MatchesReference(double x, double expected)
    {
        AssertRelative(expected, Normal.Cdf(x), 1e-12);
    }

    [Theory]
    [InlineData(0.975, 1.9599639845400536)]
    [InlineData(0.995, 2.5758293035489)]
    [InlineData(0.9, 1.2815515655446008)]
    [InlineData(0.8, 0.8416212335729144)]
    [InlineData(1e-10, -6.361340902404056)]
    [InlineData(1e-300, -37.0470962993612)]
    public void Quantile_MatchesReference(double p, double expected)
    {
        AssertRelative(expected, Normal.Quantile(p), 1e-12);
    }

    [Fact]
    public void Quantile_OfHalf_IsZero() => Assert.Equal(0.0, Normal.Quantile(0.5), 15);

    [Theory]
    [InlineData(0.0, double.NegativeInfinity)]
    [InlineData(1.0, double.PositiveInfinity)]
    public void Quantile_AtTheEnds_IsInfinite(double p, double expected) => Assert.Equal(expected, Normal.Quantile(p));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Quantile_OutsideUnitInterval_IsNaN(double p) => Assert.True(double.IsNaN(Normal.Quantile(p)));

    [Fact]
    public void UpperTail_FarOut_DoesNotCancel()
    {
        // Q(8) = 6.220960574271819e-16, which 1 − Φ(8) in doubles cannot represent.
        AssertRelative(6.220960574271819e-16, Normal.UpperTail(8), 1e-12);
    }

    [Fact]
    public void TwoSidedPValue_OfCriticalValue_IsAlpha()
    {
        AssertRelative(0.05, Normal.TwoSidedPValue(1.9599639845400536), 1e-12);
        Assert.Equal(1.0, Normal.TwoSidedPValue(0));
        Assert.True(double.IsNaN(Normal.TwoSidedPValue(double.NaN)));
    }

    [Fact]
    public void Quantile_InvertsCdf()
    {
        var probabilities = Gen.Choose(1, 999_999).Select(i => i / 1_000_000.0).ToArbitrary();
        Prop.ForAll(probabilities, p => Math.Abs(Normal.Cdf(Normal.Quantile(p)) - p) <= 1e-12 * Math.Max(p, 1e-3))
            .Check(Properties.Default);
    }

    [Fact]
    public void Cdf_IsSymmetric()
    {
        var xs = Gen.Choose(-8_000, 8_000).Select(i => i / 1000.0).ToArbitrary();
        Prop.ForAll(xs, x => Math.Abs(Normal.Cdf(x) + Normal.Cdf(-x) - 1) <= 1e-15)
            .Check(Properties.Default);
    }

    private static void AssertRelative(double expected, double actual, double tolerance)
    {
        double error = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), double.Epsilon);
        Assert.True(error <= tolerance, $"expected {expected:R}, got {actual:R} (relative error {error:E2})");
    }
}
