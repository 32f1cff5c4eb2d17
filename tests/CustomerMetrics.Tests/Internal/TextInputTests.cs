using System;
using CustomerMetrics.Internal;
using Xunit;

namespace CustomerMetrics.Tests.Internal;

/// <summary>Values echoed in messages: visible, harmless to a terminal, and short.</summary>
public class TextInputTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("line\nbreak\r", "line\\nbreak\\r")]
    [InlineData("nul\0", "nul\\0")]
    [InlineData("\u001b[2J\u001b[31mred", "\\u001B[2J\\u001B[31mred")]
    [InlineData("zero\u200Bwidth", "zero\\u200Bwidth")]
    [InlineData("soft\u00ADhyphen", "soft\\u00ADhyphen")]
    [InlineData("\u202Eevil", "\\u202Eevil")]
    [InlineData("del\u007F", "del\\u007F")]
    [InlineData("c1\u0085", "c1\\u0085")]
    [InlineData("кириллица ąčę 中文 😀", "кириллица ąčę 中文 😀")]
    public void ForMessage_EscapesWhatATerminalWouldHideOrObey(string value, string expected) =>
        Assert.Equal(expected, TextInput.ForMessage(value));

    [Fact]
    public void ForMessage_EscapesLoneSurrogates()
    {
        // Built at run time: a lone surrogate does not survive in an attribute's string.
        Assert.Equal("lone \\uD800 high", TextInput.ForMessage("lone " + (char)0xD800 + " high"));
        Assert.Equal("lone \\uDC00", TextInput.ForMessage("lone " + (char)0xDC00));
        Assert.Equal("last \\uD800", TextInput.ForMessage("last " + (char)0xD800));
        Assert.Equal("\\uDC00 first", TextInput.ForMessage((char)0xDC00 + " first"));
        Assert.Equal("pair 😀", TextInput.ForMessage("pair " + char.ConvertFromUtf32(0x1F600)));
    }

    [Fact]
    public void ForMessage_CutsLongValues()
    {
        string shown = TextInput.ForMessage(new string('x', 5_000_000));
        Assert.Equal(new string('x', 60) + "… (5000000 characters)", shown);
        Assert.Equal(new string('y', 60), TextInput.ForMessage(new string('y', 60)));
    }

    [Fact]
    public void ForMessage_FormatsValuesInvariantly()
    {
        string shown = Api.CultureTests.InCulture(new System.Globalization.CultureInfo("de-DE"), () => TextInput.ForMessage((object)1.5));
        Assert.Equal("1.5", shown);
        Assert.Equal("null", TextInput.ForMessage((string?)null));
    }

    [Theory]
    [InlineData("\uFEFFid,text", "id,text")]
    [InlineData("id,text", "id,text")]
    [InlineData("", "")]
    public void WithoutByteOrderMark_DropsOnlyALeadingMark(string text, string expected) =>
        Assert.Equal(expected, TextInput.WithoutByteOrderMark(text));
}
