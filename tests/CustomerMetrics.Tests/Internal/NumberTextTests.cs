using System;
using CustomerMetrics.Internal;
using Xunit;

namespace CustomerMetrics.Tests.Internal;

/// <summary>The one strict reader of numbers written as text: exact or refused with the reason, never guessed.</summary>
public class NumberTextTests
{
    [Theory]
    [InlineData("10000.5", 10000.5)]
    [InlineData(" -0.25 ", -0.25)]
    [InlineData("+3", 3)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5)]
    [InlineData("1e3", 1000)]
    [InlineData("2.5E-2", 0.025)]
    [InlineData("0", 0)]
    public void Double_WithAPoint_IsRead(string text, double expected)
    {
        Assert.Equal(NumberProblem.None, NumberText.TryParseDouble(text, DecimalSeparator.Point, out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("10000,5", "UnexpectedComma")]
    [InlineData("10,000", "UnexpectedComma")]
    [InlineData("1,234.5", "UnexpectedComma")]
    [InlineData("10 000", "GroupSeparator")]
    [InlineData("10\u00A0000", "GroupSeparator")]
    [InlineData("10'000", "GroupSeparator")]
    [InlineData("", "Empty")]
    [InlineData("  ", "Empty")]
    [InlineData("NaN", "NotANumber")]
    [InlineData("Infinity", "NotANumber")]
    [InlineData("∞", "NotANumber")]
    [InlineData("0x10", "NotANumber")]
    [InlineData("١٢", "NotANumber")]
    [InlineData("12abc", "NotANumber")]
    [InlineData("1e", "NotANumber")]
    [InlineData("--1", "NotANumber")]
    [InlineData("1.2.3", "NotANumber")]
    [InlineData("1e400", "OutOfRange")]
    [InlineData("-1e400", "OutOfRange")]
    [InlineData(",", "NotANumber")]
    [InlineData("-,-", "NotANumber")]
    [InlineData("' '", "NotANumber")]
    [InlineData("0,0", "UnexpectedComma")]
    [InlineData("9,9", "UnexpectedComma")]
    [InlineData(",5", "UnexpectedComma")]
    [InlineData("1x,5", "NotANumber")]
    [InlineData("1 x", "NotANumber")]
    [InlineData("'100", "GroupSeparator")]
    [InlineData("1\u202F000", "GroupSeparator")]
    [InlineData("1\u2009000", "GroupSeparator")]
    [InlineData("1,000'5", "GroupSeparator")]
    public void Double_WithAPoint_RefusesWhatCouldBeMisread(string text, string expected)
    {
        Assert.Equal(Enum.Parse<NumberProblem>(expected), NumberText.TryParseDouble(text, DecimalSeparator.Point, out double value));
        Assert.Equal(0, value);
    }

    [Theory]
    [InlineData("10000,5", 10000.5)]
    [InlineData("-0,2", -0.2)]
    [InlineData("3", 3)]
    public void Double_WithAComma_IsReadOnlyWhenAsked(string text, double expected)
    {
        Assert.Equal(NumberProblem.None, NumberText.TryParseDouble(text, DecimalSeparator.Comma, out double value));
        Assert.Equal(expected, value);
        Assert.Equal(NumberProblem.UnexpectedPoint, NumberText.TryParseDouble("1.5", DecimalSeparator.Comma, out _));
        Assert.Equal(NumberProblem.UnexpectedPoint, NumberText.TryParseDouble("1.234,5", DecimalSeparator.Comma, out _));
        Assert.Equal(NumberProblem.UnexpectedPoint, NumberText.TryParseDouble(".5", DecimalSeparator.Comma, out _));
        Assert.Equal(NumberProblem.NotANumber, NumberText.TryParseDouble(".", DecimalSeparator.Comma, out _));
    }

    [Fact]
    public void Decimal_KeepsEveryDigit()
    {
        Assert.Equal(NumberProblem.None, NumberText.TryParseDecimal("10000.123456789012345678901", DecimalSeparator.Point, out decimal value));
        Assert.Equal(10000.123456789012345678901m, value);
        Assert.Equal(NumberProblem.OutOfRange, NumberText.TryParseDecimal("1e30", DecimalSeparator.Point, out _));
        Assert.Equal(NumberProblem.UnexpectedComma, NumberText.TryParseDecimal("10000,5", DecimalSeparator.Point, out _));
    }

    [Theory]
    [InlineData("42", "None", 42)]
    [InlineData("-7", "None", -7)]
    [InlineData("5.0", "NotWhole", 0)]
    [InlineData("1e2", "NotWhole", 0)]
    [InlineData("2147483648", "OutOfRange", 0)]
    [InlineData("-2147483649", "OutOfRange", 0)]
    [InlineData("2147483647", "None", int.MaxValue)]
    [InlineData("-2147483648", "None", int.MinValue)]
    [InlineData("1,000", "UnexpectedComma", 0)]
    public void Int32_MustBeWhole(string text, string expected, int expectedValue)
    {
        Assert.Equal(Enum.Parse<NumberProblem>(expected), NumberText.TryParseInt32(text, out int value));
        Assert.Equal(expectedValue, value);
    }

    [Theory]
    [InlineData("UnexpectedComma", "10000,5", "'10000,5' has a comma, which could be a decimal comma or a thousands separator, so it is not read as either; write 10000.5 if it is the decimal separator, or 100005 if it separates thousands")]
    [InlineData("UnexpectedComma", "1,234,5", "'1,234,5' has a comma, which could be a decimal comma or a thousands separator, so it is not read as either; write the number with one decimal point and no thousands separators")]
    [InlineData("UnexpectedPoint", "1.5", "'1.5' has a point, but decimal commas were asked for, so a point could only separate thousands and is not read; write 1,5 if it is the decimal separator, or 15 if it separates thousands")]
    [InlineData("GroupSeparator", "10 000", "'10 000' groups its digits; write a number without thousands separators, e.g. 10000")]
    [InlineData("Empty", " ", "the value is empty; expected a number")]
    [InlineData("OutOfRange", "1e400", "'1e400' is out of range for a number")]
    [InlineData("NotWhole", "2.5", "'2.5' is not a whole number")]
    [InlineData("NotANumber", "abc\u001b[31m", "'abc\\u001B[31m' is not a number")]
    [InlineData("UnexpectedPoint", "1.234.5", "'1.234.5' has a point, but decimal commas were asked for, so a point could only separate thousands and is not read; write the number with one decimal comma and no thousands separators")]
    [InlineData("GroupSeparator", "' '", "'' '' groups its digits; write a number without thousands separators")]
    public void Describe_SaysWhatAndHow(string problem, string text, string expected) =>
        Assert.Equal(expected, NumberText.Describe(Enum.Parse<NumberProblem>(problem), text, "a number"));

    [Fact]
    public void Describe_OffersRewritings_OnlyForValuesShortEnoughToShow()
    {
        // 60 characters are shown whole (TextInput.MaxShownLength); a longer value is cut, and then no rewriting is offered.
        string sixty = new string('1', 55) + ",2345";
        Assert.EndsWith("; write " + new string('1', 55) + ".2345 if it is the decimal separator, or " + new string('1', 55) + "2345 if it separates thousands", NumberText.Describe(NumberProblem.UnexpectedComma, sixty, "a number"));
        Assert.EndsWith("; write the number with one decimal point and no thousands separators", NumberText.Describe(NumberProblem.UnexpectedComma, "1" + sixty, "a number"));
        Assert.EndsWith("separators, e.g. " + new string('1', 60), NumberText.Describe(NumberProblem.GroupSeparator, "1 " + new string('1', 59), "a number"));
        Assert.EndsWith("; write a number without thousands separators", NumberText.Describe(NumberProblem.GroupSeparator, "1 " + new string('1', 60), "a number"));
    }
}
