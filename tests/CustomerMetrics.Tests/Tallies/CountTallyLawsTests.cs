using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Tallies;

/// <summary>
/// The count tallies (NPS results and distributions, weighted NPS, SLA compliance, contact-centre counts,
/// service-level distributions): merge = whole, associativity, commutativity and the identity, each on
/// data split at random.
/// </summary>
public class CountTallyLawsTests
{
    private static readonly Arbitrary<(byte[] Answers, double[] Weights, int Cut, int Cut2)> Surveys =
        (from answers in Gen.Choose(0, 10).Select(a => (byte)a).ArrayOf()
         from weights in Gen.Choose(0, 40).Select(w => w / 8.0).ArrayOf(answers.Length)
         from cut in Gen.Choose(0, answers.Length)
         from cut2 in Gen.Choose(cut, answers.Length)
         select (answers, weights, cut, cut2)).ToArbitrary();

    private static readonly Arbitrary<(double[] Durations, bool[] Abandoned, int Cut, int Cut2)> Contacts =
        (from durations in Gen.Choose(0, 120).Select(d => d / 2.0).ArrayOf()
         from abandoned in Gen.Elements(true, false).ArrayOf(durations.Length)
         from cut in Gen.Choose(0, durations.Length)
         from cut2 in Gen.Choose(cut, durations.Length)
         select (durations, abandoned, cut, cut2)).ToArbitrary();

    [Fact]
    public void NpsTallies_FollowTheLaws()
    {
        Prop.ForAll(Surveys, s =>
        {
            Laws(
                (from, to) => Nps.Calculate(s.Answers.AsSpan(from, to - from)),
                s.Answers.Length, s.Cut, s.Cut2, NpsResult.Empty, (a, b) => a + b);
            Laws(
                (from, to) => Nps.CalculateDistribution(s.Answers.AsSpan(from, to - from)),
                s.Answers.Length, s.Cut, s.Cut2, NpsDistribution.Empty, (a, b) => a + b);

            // Weights in eighths: their sums are exact, so the weighted tallies merge exactly too.
            Laws(
                (from, to) => Nps.CalculateWeighted(s.Answers.AsSpan(from, to - from), s.Weights.AsSpan(from, to - from)),
                s.Answers.Length, s.Cut, s.Cut2, WeightedNpsResult.Empty, (a, b) => a + b);
        }).Check(Properties.Default);
    }

    [Fact]
    public void ServiceTallies_FollowTheLaws()
    {
        Prop.ForAll(Contacts, c =>
        {
            Laws((from, to) => Sla.Measure(c.Durations.AsSpan(from, to - from), 20), c.Durations.Length, c.Cut, c.Cut2, SlaResult.Empty, (a, b) => a + b);
            Laws((from, to) => ContactCentre.Classify(c.Durations.AsSpan(from, to - from), c.Abandoned.AsSpan(from, to - from), 20, 5), c.Durations.Length, c.Cut, c.Cut2, ContactCentreCounts.Empty, (a, b) => a + b);
            Laws((from, to) => ServiceLevels.Distribution(c.Durations.AsSpan(from, to - from), c.Durations.AsSpan(from, to - from).ToArray().Select(d => d + (d % 3) - 1).ToArray(), 0.5), c.Durations.Length, c.Cut, c.Cut2, ServiceLevelDistribution.Empty, (a, b) => a + b);
        }).Check(Properties.Default);
    }

    [Fact]
    public void WeightedFromSums_RebuildsTheResult()
    {
        Prop.ForAll(Surveys, s =>
        {
            WeightedNpsResult result = Nps.CalculateWeighted(s.Answers, s.Weights);
            Assert.Equal(result, WeightedNpsResult.FromSums(result.Count, result.PromoterWeight, result.PassiveWeight, result.DetractorWeight, result.SumOfSquaredWeights));
        }).Check(Properties.Default);
    }

    [Theory]
    [InlineData(-1, 1, 0, 0, 1, "count")]
    [InlineData(1, -1, 0, 0, 1, "promoterWeight")]
    [InlineData(1, 1, double.NaN, 0, 1, "passiveWeight")]
    [InlineData(1, 1, 0, double.PositiveInfinity, 1, "detractorWeight")]
    [InlineData(2, 1, 1, 0, 5, "sumOfSquaredWeights")]   // Σw² above (Σw)²
    [InlineData(2, 3, 1, 0, 1, "sumOfSquaredWeights")]   // (Σw)² above n·Σw²
    [InlineData(0, 1, 0, 0, 1, "sumOfSquaredWeights")]   // weight without responses
    [InlineData(3, 0, 0, 0, 1, "sumOfSquaredWeights")]   // squares without weight
    public void WeightedFromSums_ThatCannotComeFromWeights_AreRefused(long count, double promoters, double passives, double detractors, double squares, string paramName) =>
        Assert.Equal(paramName, Assert.ThrowsAny<ArgumentException>(() => WeightedNpsResult.FromSums(count, promoters, passives, detractors, squares)).ParamName);

    [Fact]
    public void ServiceLevelDistribution_FromCounts_IsChecked()
    {
        ServiceLevelDistribution distribution = ServiceLevelDistribution.FromCounts(12, 70, 18);
        Assert.Equal((12L, 70L, 18L, 100L), (distribution.Low, distribution.Standard, distribution.Wow, distribution.Total));
        Assert.Equal("standard", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceLevelDistribution.FromCounts(1, -1, 0)).ParamName);
        Assert.Equal("wow", Assert.Throws<ArgumentException>(() => ServiceLevelDistribution.FromCounts(long.MaxValue, 0, 1)).ParamName);
    }

    /// <summary>Merge = whole, (a + b) + c = a + (b + c), a + b = b + a, and e + a = a + e = a, for parts [0, cut), [cut, cut2), [cut2, n).</summary>
    internal static void Laws<T>(Func<int, int, T> tally, int length, int cut, int cut2, T empty, Func<T, T, T> add)
    {
        T whole = tally(0, length);
        T a = tally(0, cut);
        T b = tally(cut, cut2);
        T c = tally(cut2, length);
        Assert.Equal(whole, add(add(a, b), c));
        Assert.Equal(add(add(a, b), c), add(a, add(b, c)));
        Assert.Equal(add(a, b), add(b, a));
        Assert.Equal(a, add(empty, a));
        Assert.Equal(a, add(a, empty));
    }
}
