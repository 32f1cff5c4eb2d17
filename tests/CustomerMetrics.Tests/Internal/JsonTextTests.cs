using System;
using System.Linq;
using System.Text;
using CustomerMetrics.Internal;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Internal;

/// <summary>The library's own small JSON reader (used for checklists on every target, .NET Framework included).</summary>
public class JsonTextTests
{
    [Fact]
    public void Parse_ReadsEveryKindOfValue()
    {
        JsonValue value = JsonText.Parse("{\"s\": \"a\\\"b\\\\c\\/\\b\\f\\n\\r\\t\\u00e9\", \"n\": -1.5e+3, \"t\": true, \"f\": false, \"z\": null, \"a\": [1, [], {}]}");
        Assert.Equal(JsonKind.Object, value.Kind);
        Assert.Equal("a\"b\\c/\b\f\n\r\té", value["s"]!.Text);
        Assert.Equal((JsonKind.Number, "-1.5e+3"), (value["n"]!.Kind, value["n"]!.Text));
        Assert.Equal(JsonKind.True, value["t"]!.Kind);
        Assert.Equal(JsonKind.False, value["f"]!.Kind);
        Assert.Equal(JsonKind.Null, value["z"]!.Kind);
        Assert.Equal(3, value["a"]!.Items.Count);
        Assert.Null(value["missing"]);
    }

    [Fact]
    public void Parse_AllowsCommentsTrailingCommasAndAByteOrderMark()
    {
        JsonValue value = JsonText.Parse("\uFEFF/* head */ { // line\n \"a\": [1, 2,], }");
        Assert.Equal(2, value["a"]!.Items.Count);
        Assert.Equal((2L, 7), (value["a"]!.Line, value["a"]!.Column));
    }

    [Theory]
    [InlineData("{\"a\": 1, \"a\": 2}", 1, 10, "the property \"a\" appears twice in one object")]
    [InlineData("[01]", 1, 3, "not valid JSON: unexpected '1' in a number")]
    [InlineData("[1.]", 1, 4, "not valid JSON: a decimal point needs digits after it")]
    [InlineData("[-]", 1, 3, "not valid JSON: a number needs digits")]
    [InlineData("[1e]", 1, 4, "not valid JSON: an exponent needs digits")]
    [InlineData("[\"a\nb\"]", 1, 4, "not valid JSON: a control character inside a string must be escaped")]
    [InlineData("[\"\\x\"]", 1, 3, "not valid JSON: unknown escape sequence \\x")]
    [InlineData("[\"\\u12\"]", 1, 5, "not valid JSON: \\u must be followed by four hexadecimal digits")]
    [InlineData("[\"open", 1, 7, "not valid JSON: unterminated string")]
    [InlineData("[tru]", 1, 2, "not valid JSON: expected a value")]
    [InlineData("[truex]", 1, 2, "not valid JSON: expected a value")]
    [InlineData("{1: 2}", 1, 2, "not valid JSON: expected a property name in double quotes, found '1'")]
    [InlineData("{\"a\" 2}", 1, 6, "not valid JSON: expected ':' after a property name, found '2'")]
    [InlineData("[1 2]", 1, 4, "not valid JSON: expected ',' or ']', found '2'")]
    [InlineData("{\"a\": 1 \"b\": 2}", 1, 9, "not valid JSON: expected ',' or '}', found '\"'")]
    [InlineData("/* never closed", 1, 1, "not valid JSON: unterminated comment")]
    [InlineData("[1] [2]", 1, 5, "not valid JSON: unexpected text after the end of the document")]
    [InlineData("\u0001", 1, 1, "not valid JSON: expected a value, found '\\u0001'")]
    [InlineData("{", 1, 2, "not valid JSON: the document ends where '}' or a property name was expected")]
    [InlineData("{\"a\"", 1, 5, "not valid JSON: the document ends where ':' was expected")]
    [InlineData("{\"a\":", 1, 6, "not valid JSON: the document ends where a value was expected")]
    [InlineData("{\"a\": 1", 1, 8, "not valid JSON: the document ends where ',' or '}' was expected")]
    [InlineData("[", 1, 2, "not valid JSON: the document ends where ']' or a value was expected")]
    [InlineData("[1", 1, 3, "not valid JSON: the document ends where ',' or ']' was expected")]
    [InlineData("[\"\\", 1, 4, "not valid JSON: the document ends where an escape sequence was expected")]
    [InlineData("\"\\u12", 1, 4, "not valid JSON: \\u must be followed by four hexadecimal digits")]
    [InlineData("\"\\u0041", 1, 8, "not valid JSON: unterminated string")]
    [InlineData("[1] /", 1, 5, "not valid JSON: unexpected text after the end of the document")]
    [InlineData("/* never closed *", 1, 1, "not valid JSON: unterminated comment")]
    [InlineData("/*\n\n*/ [x]", 3, 5, "not valid JSON: expected a value, found 'x'")]
    [InlineData("/* a */\n/* b\n c */ {\n\"a\": y}", 4, 6, "not valid JSON: expected a value, found 'y'")]
    public void Parse_Malformed_SaysWhereAndWhy(string text, long line, int column, string expected)
    {
        var error = Assert.Throws<InputFormatException>(() => JsonText.Parse(text));
        Assert.StartsWith(expected, error.Reason);
        Assert.Equal((line, column), (error.Line!.Value, error.Column!.Value));
    }

    [Fact]
    public void Parse_DeepNesting_IsRefusedNotAStackOverflow()
    {
        string deep = new string('[', 10_000) + new string(']', 10_000);
        Assert.StartsWith("not valid JSON: nested deeper than 64 levels", Assert.Throws<InputFormatException>(() => JsonText.Parse(deep)).Reason);
        string deepObjects = string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000);
        Assert.StartsWith("not valid JSON: nested deeper than 64 levels", Assert.Throws<InputFormatException>(() => JsonText.Parse(deepObjects)).Reason);
    }

    [Fact]
    public void Parse_NestingOfExactlyTheLimit_IsRead()
    {
        // The document's own value is level 0; 64 levels inside it are allowed, a 65th is not.
        JsonValue value = JsonText.Parse(new string('[', 65) + new string(']', 65));
        for (int level = 0; level < 64; level++)
        {
            value = Assert.Single(value.Items);
        }

        Assert.Empty(value.Items);
        Assert.Throws<InputFormatException>(() => JsonText.Parse(new string('[', 66) + new string(']', 66)));
    }

    [Theory]
    [InlineData("true", "True")]
    [InlineData("false", "False")]
    [InlineData("null", "Null")]
    [InlineData("9", "Number")]
    [InlineData("{}", "Object")]
    [InlineData("[]", "Array")]
    public void Parse_AValueThatEndsTheDocument_IsRead(string text, string kindName)
    {
        var kind = Enum.Parse<JsonKind>(kindName);
        JsonValue value = JsonText.Parse(text);
        Assert.Equal(kind, value.Kind);
        Assert.Equal(kind == JsonKind.Number ? text : string.Empty, value.Text);
    }

    [Fact]
    public void WriteString_EscapesOnlyWhatJsonRequires()
    {
        var json = new StringBuilder();
        JsonText.WriteString(json, "a b\u001f\u2028\u2029\"\\/é");
        Assert.Equal("\"a b\\u001f\\u2028\\u2029\\\"\\\\/é\"", json.ToString());
    }

    [Fact]
    public void WriteString_RoundTripsAnyString()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), text =>
        {
            var json = new StringBuilder();
            JsonText.WriteString(json, text);
            return JsonText.Parse(json.ToString()).Text == text;
        }).Check(Properties.Thorough);
    }
}
