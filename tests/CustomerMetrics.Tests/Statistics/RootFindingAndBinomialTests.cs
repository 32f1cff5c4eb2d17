using System;
using CustomerMetrics.Statistics;
using Xunit;

namespace CustomerMetrics.Tests.Statistics;

public class RootFindingAndBinomialTests
{
    [Theory]
    [InlineData(0.3, 1e-12)]
    [InlineData(0.999, 1e-12)]
    [InlineData(0.0001, 1e-6)]
    public void Bisection_FindsTheCrossingOfADecreasingFunction_ToTheTolerance(double root, double tolerance)
    {
        double found = RootFinding.BisectDecreasing(x => root - x, 0, 0, 1, tolerance);
        Assert.InRange(found, root - tolerance, root + tolerance);
    }

    [Fact]
    public void Bisection_FindsTheLevelCrossing_NotTheZero()
    {
        // 1 − x² = 0.64 at x = 0.6.
        Assert.Equal(0.6, RootFinding.BisectDecreasing(x => 1 - (x * x), 0.64, 0, 1), 1e-12);
    }

    [Fact]
    public void Bisection_NeverEvaluatesTheEnds()
    {
        double found = RootFinding.BisectDecreasing(
            x => x > 0 && x < 2 ? 1 / x : throw new InvalidOperationException($"evaluated at {x}"), 2, 0, 2);
        Assert.Equal(0.5, found, 1e-12);
    }

    [Fact]
    public void Bisection_StopsWhenTheBracketIsAsNarrowAsDoublesAllow()
    {
        // A tolerance of 0 cannot be met; the loop must end when the midpoint equals an end.
        double found = RootFinding.BisectDecreasing(x => -x, -1e-300, 0, 1, tolerance: 0);
        Assert.InRange(found, 0, 2e-300);
        double one = RootFinding.BisectDecreasing(x => -x, -1, 1, Math.BitIncrement(1.0), tolerance: 0);
        Assert.InRange(one, 1, Math.BitIncrement(1.0));
    }

    // Reference values: math.lgamma(n + 1) in Python; the exact sum below 256 and Stirling's series from 256 on.
    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 0.0)]
    [InlineData(2, 0.693147180559945)]
    [InlineData(10, 15.104412573075514)]
    [InlineData(255, 1161.7121011184006)]
    [InlineData(256, 1167.2572785628802)]
    [InlineData(1000, 5912.128178488163)]
    [InlineData(1_000_000, 12815518.384658169)]
    [InlineData(1_000_000_000_000, 26631021115943.285)]
    public void LogFactorial_MatchesLogGamma(long n, double expected)
    {
        double actual = Binomial.LogFactorial(n);
        Assert.True(Math.Abs(actual - expected) <= 1e-14 * Math.Max(1, expected), $"ln({n}!) = {actual:R}, expected {expected:R}");
    }

    // Reference values: exact fractions in Python (2·Σ C(n, j) / 2ⁿ for j ≤ min(k, n − k)).
    [Theory]
    [InlineData(0, 1, 1.0)]
    [InlineData(0, 10, 0.001953125)]
    [InlineData(10, 10, 0.001953125)]
    [InlineData(2, 10, 0.109375)]
    [InlineData(8, 10, 0.109375)]
    [InlineData(3, 11, 0.2265625)]
    [InlineData(40, 100, 0.05688793364098079)]
    [InlineData(480, 1000, 0.21744829320414094)]
    [InlineData(4900, 10000, 0.04658552770494739)]
    [InlineData(10, 300, 1.4215703358206984e-72)]
    public void FairCoinPValue_MatchesTheExactSum(long successes, long trials, double expected)
    {
        double actual = Binomial.TwoSidedFairCoinPValue(successes, trials);
        Assert.True(Math.Abs(actual - expected) <= 1e-12 * expected, $"p({successes} of {trials}) = {actual:R}, expected {expected:R}");
    }

    [Fact]
    public void FairCoinPValue_BeyondTheExactLimit_IsTheContinuityCorrectedNormal()
    {
        // z = (k + ½ − n/2) / (√n / 2); references 2·Φ(z) from Python's math.erfc.
        Assert.Equal(0.04550044556959394, Binomial.TwoSidedFairCoinPValue(2_000_063_246, 4_000_000_000), 1e-13);
        Assert.Equal(0.04550044556959394, Binomial.TwoSidedFairCoinPValue(1_999_936_754, 4_000_000_000), 1e-13);
        Assert.Equal(0.5270892570721147, Binomial.TwoSidedFairCoinPValue(499_990_000, Binomial.ExactLimit + 1), 1e-13);
        Assert.Equal(1, Binomial.TwoSidedFairCoinPValue(2_000_000_000, 4_000_000_000));
        Assert.True(double.IsNaN(Binomial.TwoSidedFairCoinPValue(0, 0)));
    }
}
