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

    [Theory]
    [InlineData(4.9406564584124654e-324, -38.46740561714434)] // 2^-1074, the smallest subnormal: the polishing step underflows
    [InlineData(1e-310, -37.66306033194952)]
    public void Quantile_DeepInTheSubnormalTail_KeepsAFiniteEstimate(double p, double expected)
    {
        double x = Normal.Quantile(p);
        Assert.True(double.IsFinite(x), $"got {x}");
        AssertRelative(expected, x, 1e-8); // references: bisection on ln Q(x) from the continued fraction, in logs
    }

    [Fact]
    public void Quantile_OfHalf_IsZero()
    {
        Assert.Equal(0.0, Normal.Quantile(0.5), 15);
        Assert.False(double.IsNegative(Normal.Quantile(0.5)), "−0 would print as −0"); // 0.5 goes to the lower tail, not through −Φ⁻¹(1 − p)
    }

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

    // Reference values: 0.5·erfc(x/√2) in Python, on both sides of the switch from the series to the continued fraction at 3.
    [Theory]
    [InlineData(0.1, 0.460172162722971)]
    [InlineData(1.5, 0.06680720126885809)]
    [InlineData(2.5, 0.006209665325776139)]
    [InlineData(2.999, 0.0013543365337271066)]
    [InlineData(3.001, 0.0013454728250849683)]
    [InlineData(4.0, 3.1671241833119965e-05)]
    [InlineData(6.0, 9.865876450377012e-10)]
    [InlineData(12.0, 1.776482112077702e-33)]
    [InlineData(20.0, 2.7536241186063314e-89)]
    public void UpperTail_MatchesReference_OnBothSidesOfTheSwitch(double x, double expected)
    {
        AssertRelative(expected, Normal.UpperTail(x), 1e-12);
        AssertRelative(1 - expected, Normal.UpperTail(-x), 1e-15);
        AssertRelative(expected, Normal.Cdf(-x), 1e-12);
    }

    [Fact]
    public void UpperTail_BeyondForty_IsZero_AndNaNStaysNaN()
    {
        Assert.Equal(0, Normal.UpperTail(40.5));
        Assert.Equal(1, Normal.UpperTail(-40.5));
        Assert.True(Normal.UpperTail(39) >= 0);
        Assert.True(double.IsNaN(Normal.UpperTail(double.NaN)));
        Assert.True(double.IsNaN(Normal.Cdf(double.NaN)));
    }

    [Fact]
    public void Density_IsTheGaussianCurve()
    {
        AssertRelative(0.3989422804014327, Normal.Density(0), 1e-15);
        AssertRelative(0.12951759566589174, Normal.Density(1.5), 1e-14);
        AssertRelative(0.12951759566589174, Normal.Density(-1.5), 1e-14);
    }

    [Theory]
    [InlineData(0.95, 1.9599639845400536)]
    [InlineData(0.9, 1.6448536269514715)]
    [InlineData(0.99, 2.5758293035489)]
    public void TwoSidedCriticalValue_MatchesReference(double level, double expected)
    {
        AssertRelative(expected, Normal.TwoSidedCriticalValue(level), 1e-12);
    }

    // Acklam's published bound for his rational approximation, before the Halley steps polish it
    // (references: Python's statistics.NormalDist.inv_cdf), on both sides of its switch at p = 0.02425.
    [Theory]
    [InlineData(1e-300, -37.0470962993612)]
    [InlineData(1e-20, -9.262340089798405)]
    [InlineData(1e-05, -4.2648907939228256)]
    [InlineData(0.001, -3.090232306167813)]
    [InlineData(0.02, -2.0537489106318225)]
    [InlineData(0.02425, -1.9729610513118845)]
    [InlineData(0.0243, -1.9720841590292884)]
    [InlineData(0.1, -1.2815515655446008)]
    [InlineData(0.3, -0.5244005127080407)]
    [InlineData(0.49, -0.025068908258711057)]
    public void AcklamApproximation_IsWithinItsPublishedError(double p, double expected)
    {
        AssertRelative(expected, Normal.AcklamLower(p), 1.15e-9);
        AssertRelative(expected, Normal.Quantile(p), 1e-13);
        if (p > 1e-15)
        {
            AssertRelative(-expected, Normal.Quantile(1 - p), 1e-9); // the upper tail, through 1 − p (which rounds)
        }
    }

    private static void AssertRelative(double expected, double actual, double tolerance)
    {
        double error = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), double.Epsilon);
        Assert.True(error <= tolerance, $"expected {expected:R}, got {actual:R} (relative error {error:E2})");
    }
}
