using CustomerMetrics.Internal;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Internal;

/// <summary>Reading a decimal's integer and scale straight from its fields agrees with <see cref="decimal.GetBits(decimal)"/>.</summary>
public class DecimalPartsTests
{
    [Fact]
    public void TryGetSmall_AgreesWithGetBits()
    {
        var decimals = (from mantissa in ArbMap.Default.GeneratorFor<int>()
                        from high in Gen.Elements(0, 0, 0, 1, int.MaxValue)
                        from scale in Gen.Choose(0, 28)
                        from negative in Gen.Elements(true, false)
                        select new decimal(mantissa, high, high == 1 ? 0 : high, negative, (byte)scale)).ToArbitrary();
        Prop.ForAll(decimals, value =>
        {
            bool small = DecimalParts.TryGetSmall(value, out long mantissa, out int scale);
            bool reference = DecimalParts.TryGetSmallByBits(value, out long expectedMantissa, out int expectedScale);
            Assert.Equal(reference, small);
            if (small)
            {
                Assert.Equal((expectedMantissa, expectedScale), (mantissa, scale));
            }
        }).Check(Properties.Thorough);
    }

    [Theory]
    [InlineData("10000", true, 1_000_000)]
    [InlineData("0.2", true, 20)]
    [InlineData("-12.34", true, -1234)]
    [InlineData("0.001", false, 0)]
    [InlineData("79228162514264337593543950335", false, 0)]
    public void TryGetCents_OnlyForAtMostTwoDecimals(string text, bool expected, long cents)
    {
        decimal value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, DecimalParts.TryGetCents(value, out long actual));
        Assert.Equal(cents, actual);
        Assert.Equal((double)value, DecimalParts.ToDouble(value), 12);
    }
}
