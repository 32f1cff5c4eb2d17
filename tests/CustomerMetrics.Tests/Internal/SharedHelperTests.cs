using System;
using System.Collections.Generic;
using CustomerMetrics.Internal;
using Xunit;

namespace CustomerMetrics.Tests.Internal;

/// <summary>The small shared helpers at their limits: the top-N heap, count sums, cents, weight scaling, key text, messages.</summary>
public class SharedHelperTests
{
    [Fact]
    public void TopN_OfNone_KeepsNothing_AndHasNoWeakest()
    {
        var top = new TopN<int>(0, Comparer<int>.Default);
        top.Offer(5);
        Assert.Equal(0, top.Count);
        Assert.False(top.TryPeekWeakest(out int weakest));
        Assert.Equal(0, weakest);
        Assert.Empty(top.ToArray());
    }

    [Fact]
    public void TopN_HasAWeakest_OnlyWhenFull()
    {
        var top = new TopN<int>(3, Comparer<int>.Default);
        top.Offer(7);
        top.Offer(2);
        Assert.False(top.TryPeekWeakest(out _));
        top.Offer(9);
        Assert.True(top.TryPeekWeakest(out int weakest));
        Assert.Equal(2, weakest);
        top.Offer(1);
        top.Offer(8);
        Assert.True(top.TryPeekWeakest(out weakest));
        Assert.Equal(7, weakest);
        Assert.Equal([9, 8, 7], top.ToArray());
    }

    [Fact]
    public void CountSums_FitTogether_ExactlyUpToInt64MaxValue()
    {
        Assert.True(CountSums.FitTogether(long.MaxValue, 0));
        Assert.False(CountSums.FitTogether(long.MaxValue, 1));
        Assert.False(CountSums.FitTogether(1, 1, long.MaxValue - 1));
        Assert.True(CountSums.FitTogether(1, 1, long.MaxValue - 2));
        Assert.False(CountSums.FitTogether(0, 0, long.MaxValue, 1));
        Assert.True(CountSums.FitTogether(0, 0, 0, 1));
        Assert.True(CountSums.FitTogether(1, 2, 3, long.MaxValue - 6));
        Assert.False(CountSums.FitTogether(1, 2, 3, long.MaxValue - 5));
    }

    [Fact]
    public void DecimalParts_Cents_UpToTheLargestThatSurelyFits()
    {
        // The check is |mantissa| ≤ Int64.MaxValue / 100, so that any factor of at most 100 fits.
        Assert.True(DecimalParts.TryGetCents(92_233_720_368_547_758m, out long cents));
        Assert.Equal(9_223_372_036_854_775_800L, cents);
        Assert.True(DecimalParts.TryGetCents(-92_233_720_368_547_758m, out cents));
        Assert.Equal(-9_223_372_036_854_775_800L, cents);
        Assert.False(DecimalParts.TryGetCents(92_233_720_368_547_759m, out cents));
        Assert.Equal(0, cents);
    }

    [Fact]
    public void DecimalParts_ToDouble_OfALargeMantissa_IsDecimalsOwnConversion()
    {
        // Mantissa 9157445439406366881 (above 2^53) at scale 23: dividing it by 10^23, which a double does not
        // hold exactly, would give 9.157445439406366E-05; decimal's own conversion gives 9.157445439406368E-05.
        decimal value = 0.00009157445439406366881m;
        Assert.True(DecimalParts.TryGetSmall(value, out long mantissa, out int scale));
        Assert.Equal((9_157_445_439_406_366_881L, 23), (mantissa, scale));
        Assert.Equal(9.157445439406368E-05, DecimalParts.ToDouble(value));
        Assert.Equal((double)value, DecimalParts.ToDouble(value));
    }

    [Fact]
    public void WeightScale_LeavesWeightsInsideTwoToThePlusMinus400_Unscaled()
    {
        Assert.Equal(0, WeightScale.For(0));
        Assert.Equal(0, WeightScale.For(1));
        Assert.Equal(0, WeightScale.For(Math.Pow(2, 400)));
        Assert.Equal(0, WeightScale.For(Math.Pow(2, 401) * 0.99));
        Assert.Equal(401, WeightScale.For(Math.Pow(2, 401)));
        Assert.Equal(0, WeightScale.For(Math.Pow(2, -400)));
        Assert.Equal(-401, WeightScale.For(Math.Pow(2, -400) * 0.99));
        Assert.Equal(1023, WeightScale.For(double.MaxValue));
        Assert.Equal(-1074, WeightScale.For(double.Epsilon));
    }

    [Fact]
    public void InvariantText_OfNullAndOfValuesWithoutText_IsEmpty()
    {
        Assert.Equal(string.Empty, InvariantText.Of<string?>(null));
        Assert.Equal(string.Empty, InvariantText.Of(new NoText()));
        Assert.Equal("plain", InvariantText.Of("plain"));
        Assert.Equal("1.5", InvariantText.Of(1.5));
    }

    [Fact]
    public void Preconditions_Sentence_DropsOnlyTheParameterSuffix()
    {
        Assert.Equal("No parameter here.", Preconditions.Sentence(new ArgumentException("No parameter here.")));
        Assert.Equal("Bad value.", Preconditions.Sentence(new ArgumentException("Bad value.", "value")));
        Assert.Equal(string.Empty, Preconditions.Sentence(new ArgumentException(string.Empty, "value")));
        Assert.Equal("First line.", Preconditions.Sentence(new ArgumentOutOfRangeException("value", 3, "First line.")));
    }

    [Fact]
    public void Preconditions_CheckFinite_SaysSo()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ServiceLevels.Classify(double.NaN, 1));
        Assert.Equal("expected", error.ParamName);
        Assert.Equal("Value should be a finite number.", Preconditions.Sentence(error));
    }

    private sealed class NoText
    {
        public override string? ToString() => null;
    }
}
