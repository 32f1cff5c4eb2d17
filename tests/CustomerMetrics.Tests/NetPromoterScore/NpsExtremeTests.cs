using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.NetPromoterScore;

/// <summary>Counts at the limits of long, weights at the limits of double, keys that look alike: exact or refused, never a late crash.</summary>
public class NpsExtremeTests
{
    [Fact]
    public void FromCounts_TotalBeyondLong_IsRefusedWhenCreated()
    {
        var error = Assert.Throws<ArgumentException>(() => NpsDistribution.FromCounts([long.MaxValue, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
        Assert.Equal("counts", error.ParamName);
        Assert.StartsWith("The counts add up to more than Int64.MaxValue (9223372036854775807)", error.Message);

        var result = Assert.Throws<ArgumentException>(() => Nps.FromCounts(long.MaxValue, 0, 1));
        Assert.Equal("detractors", result.ParamName);
    }

    [Fact]
    public void FromCounts_AtLongMaxValue_EveryPropertyCanBeRead()
    {
        NpsDistribution distribution = NpsDistribution.FromCounts([0, 0, 0, 0, 0, 0, long.MaxValue - 1, 0, 0, 0, 1]);
        Assert.Equal(long.MaxValue, distribution.Total);
        NpsResult result = distribution.ToResult();
        Assert.Equal(long.MaxValue, result.Total);
        Assert.Equal(-100, result.Score, 9);
        Assert.False(double.IsNaN(result.StandardError));
        Assert.False(double.IsNaN(distribution.Mean));
    }

    [Fact]
    public void Add_BeyondLong_ThrowsOverflowWithAMessage()
    {
        NpsResult half = Nps.FromCounts(long.MaxValue / 2 + 1, 0, 0);
        NpsResult other = Nps.FromCounts(0, 0, long.MaxValue / 2 + 1);
        var error = Assert.Throws<OverflowException>(() => half + other);
        Assert.StartsWith("Adding these tallies gives more than Int64.MaxValue (9223372036854775807) respondents", error.Message);
        Assert.Throws<OverflowException>(() => half.Add(half));

        NpsDistribution big = NpsDistribution.FromCounts([long.MaxValue, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        Assert.Throws<OverflowException>(() => big + NpsDistribution.FromCounts([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
    }

    [Theory]
    [InlineData(1e-200)]
    [InlineData(1e200)]
    [InlineData(double.Epsilon)]
    [InlineData(double.MaxValue)]
    public void Weighted_ExtremeEqualWeights_GiveTheUnweightedFigures(double weight)
    {
        byte[] answers = [10, 9, 9, 10, 9, 8, 7, 7, 6, 0];
        WeightedNpsResult weighted = Nps.CalculateWeighted(answers, Enumerable.Repeat(weight, answers.Length).ToArray());
        NpsResult plain = Nps.Calculate(answers);
        Assert.Equal(10, weighted.EffectiveSampleSize, 9);
        Assert.Equal(plain.Score, weighted.Score, 9);
        Assert.Equal(plain.StandardError, weighted.StandardError, 9);
        Assert.Equal(NpsBand.Average, weighted.Band);
    }

    [Fact]
    public void Weighted_MergeOfExtremeShards_EqualsTheWhole()
    {
        byte[] answers = [10, 0, 9, 6];
        double[] weights = [1e300, 3e299, 1e-300, 2.5];
        WeightedNpsResult whole = Nps.CalculateWeighted(answers, weights);
        WeightedNpsResult merged = Nps.CalculateWeighted(answers.AsSpan(0, 2), weights.AsSpan(0, 2)) + Nps.CalculateWeighted(answers.AsSpan(2), weights.AsSpan(2));
        Assert.Equal(whole.Score, merged.Score, 12);
        Assert.Equal(whole.EffectiveSampleSize, merged.EffectiveSampleSize, 12);
        Assert.Equal(whole.Count, merged.Count);
        Assert.Equal(1.3e300, whole.TotalWeight, 1e288);
        Assert.Equal(double.PositiveInfinity, whole.SumOfSquaredWeights); // documented: only Σw² itself leaves the range
    }

    [Fact]
    public void Weighted_ZeroWeightsOnly_AreUndefined()
    {
        WeightedNpsResult weighted = Nps.CalculateWeighted([10, 0], [0, 0]);
        Assert.Equal(2, weighted.Count);
        Assert.True(double.IsNaN(weighted.Score));
        Assert.True(double.IsNaN(weighted.EffectiveSampleSize));
        Assert.Equal(NpsBand.Undefined, weighted.Band);
    }

    [Theory]
    [InlineData(1e9)]
    [InlineData(100.000001)]
    [InlineData(-101)]
    [InlineData(double.PositiveInfinity)]
    public void Classify_ScoreOutsideTheScale_IsRefused(double score)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NpsBandThresholds.Default.Classify(score));
        Assert.Equal("score", error.ParamName);
    }

    [Fact]
    public void Classify_Undefined_IsUndefined() => Assert.Equal(NpsBand.Undefined, NpsBandThresholds.Default.Classify(double.NaN));

    [Fact]
    public void Trend_UnderTurkishCulture_KeepsTheOrdinalOrder()
    {
        var trend = CultureTestsHelper.InCulture("tr-TR", () => Nps.Trend([("ia", 10), ("Ib", 0)]));

        // Ordinal: 'I' (U+0049) sorts before 'i' (U+0069), whatever the culture says.
        Assert.Equal(new[] { "Ib", "ia" }, trend.Select(point => point.Period));
        Assert.Equal(200, trend[1].ChangeFromPrevious!.Value.Difference);
    }

    [Fact]
    public void Trend_KeysThatOnlyLookAlike_StayApart()
    {
        var trend = Nps.Trend([("2026-01", 10), ("2026-01\u200B", 0), ("a", 9), ("a\u00AD", 9)]);
        Assert.Equal(4, trend.Count);
        Assert.Equal(new[] { "2026-01", "2026-01\u200B", "a", "a\u00AD" }, trend.Select(point => point.Period));
    }

    [Fact]
    public void Segments_NullKey_NamesTheSequenceAndPosition()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Nps.CalculateBySegment<string>([("web", 9), (null!, 3)]));
        Assert.Equal("responses", error.ParamName);
        Assert.StartsWith("The key of the element at position 1 is null", error.Message);

        var trendError = Assert.Throws<ArgumentNullException>(() => Nps.Trend(new KeyValuePair<string, NpsResult>[] { new("2026-01", Nps.FromCounts(1, 0, 0)), new(null!, Nps.FromCounts(1, 0, 0)) }));
        Assert.Equal("periods", trendError.ParamName);
    }
}

/// <summary>Runs code under a named culture.</summary>
internal static class CultureTestsHelper
{
    internal static T InCulture<T>(string culture, Func<T> action) =>
        Api.CultureTests.InCulture(new CultureInfo(culture), action);
}
