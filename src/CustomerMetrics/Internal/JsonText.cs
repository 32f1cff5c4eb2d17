using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CustomerMetrics.Internal;

/// <summary>The kinds of JSON value.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// One parsed JSON value with the line and column where it starts, so that a reader of a document
/// can say where a wrong value is. Objects keep their properties in document order.
/// </summary>
internal sealed class JsonValue
{
    private JsonValue(JsonKind kind, long line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    internal JsonKind Kind { get; }

    internal long Line { get; }

    internal int Column { get; }

    /// <summary>The text of a string, or the raw text of a number.</summary>
    internal string Text { get; private set; } = string.Empty;

    internal List<JsonValue> Items { get; } = new();

    internal List<KeyValuePair<string, JsonValue>> Properties { get; } = new();

    /// <summary>The property with this name, or <c>null</c> (names compare ordinally).</summary>
    internal JsonValue? this[string name]
    {
        get
        {
            foreach (KeyValuePair<string, JsonValue> property in Properties)
            {
                if (string.Equals(property.Key, name, StringComparison.Ordinal))
                {
                    return property.Value;
                }
            }

            return null;
        }
    }

    internal static JsonValue Create(JsonKind kind, long line, int column, string text = "") => new(kind, line, column) { Text = text };
}

/// <summary>
/// A small, strict JSON reader (RFC 8259) and string escaper, so that the library reads and writes
/// its JSON documents (checklists) on every target without a dependency. Comments (<c>//</c> and
/// <c>/* */</c>) and trailing commas are allowed, as people edit these files by hand; a property
/// name that repeats in one object is an error. Problems are reported as
/// <see cref="InputFormatException"/> with the line and column (1-based, in characters).
/// </summary>
internal sealed class JsonText
{
    private const int MaxDepth = 64;

    private readonly string text;
    private int position;
    private long line = 1;
    private int lineStart;

    private JsonText(string text)
    {
        this.text = text;
    }

    /// <summary>Parses a whole document; a leading byte-order mark is skipped.</summary>
    internal static JsonValue Parse(string text)
    {
        var reader = new JsonText(TextInput.WithoutByteOrderMark(text));
        reader.SkipSpace();
        if (reader.AtEnd)
        {
            throw reader.Error("not valid JSON: the document is empty");
        }

        JsonValue value = reader.ReadValue(depth: 0);
        reader.SkipSpace();
        if (!reader.AtEnd)
        {
            throw reader.Error("not valid JSON: unexpected text after the end of the document");
        }

        return value;
    }

    /// <summary>Writes <paramref name="value"/> as a JSON string literal, quotes included.</summary>
    internal static void WriteString(StringBuilder output, string value)
    {
        output.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    output.Append("\\\"");
                    break;
                case '\\':
                    output.Append("\\\\");
                    break;
                case '\n':
                    output.Append("\\n");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029')
                    {
                        output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        output.Append('"');
    }

    private bool AtEnd => position >= text.Length;

    private int Column => position - lineStart + 1;

    private JsonValue ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error(Preconditions.Format($"not valid JSON: nested deeper than {MaxDepth} levels"));
        }

        long startLine = line;
        int startColumn = Column;
        char c = text[position];
        switch (c)
        {
            case '{':
                return ReadObject(depth, startLine, startColumn);
            case '[':
                return ReadArray(depth, startLine, startColumn);
            case '"':
                return JsonValue.Create(JsonKind.String, startLine, startColumn, ReadString());
            case 't':
                ReadWord("true");
                return JsonValue.Create(JsonKind.True, startLine, startColumn);
            case 'f':
                ReadWord("false");
                return JsonValue.Create(JsonKind.False, startLine, startColumn);
            case 'n':
                ReadWord("null");
                return JsonValue.Create(JsonKind.Null, startLine, startColumn);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return JsonValue.Create(JsonKind.Number, startLine, startColumn, ReadNumber());
                }

                throw Error("not valid JSON: expected a value, found " + Describe(c));
        }
    }

    private JsonValue ReadObject(int depth, long startLine, int startColumn)
    {
        JsonValue value = JsonValue.Create(JsonKind.Object, startLine, startColumn);
        var names = new HashSet<string>(StringComparer.Ordinal);
        position++; // {
        while (true)
        {
            SkipSpace();
            ExpectMore("'}' or a property name");
            if (text[position] == '}')
            {
                position++;
                return value;
            }

            if (text[position] != '"')
            {
                throw Error("not valid JSON: expected a property name in double quotes, found " + Describe(text[position]));
            }

            long nameLine = line;
            int nameColumn = Column;
            string name = ReadString();
            if (!names.Add(name))
            {
                throw new InputFormatException(Preconditions.Format($"the property \"{TextInput.ForMessage(name)}\" appears twice in one object"), nameLine, nameColumn);
            }

            SkipSpace();
            ExpectMore("':'");
            if (text[position] != ':')
            {
                throw Error("not valid JSON: expected ':' after a property name, found " + Describe(text[position]));
            }

            position++;
            SkipSpace();
            ExpectMore("a value");
            value.Properties.Add(new KeyValuePair<string, JsonValue>(name, ReadValue(depth + 1)));
            SkipSpace();
            ExpectMore("',' or '}'");
            if (text[position] == ',')
            {
                position++;
            }
            else if (text[position] != '}')
            {
                throw Error("not valid JSON: expected ',' or '}', found " + Describe(text[position]));
            }
        }
    }

    private JsonValue ReadArray(int depth, long startLine, int startColumn)
    {
        JsonValue value = JsonValue.Create(JsonKind.Array, startLine, startColumn);
        position++; // [
        while (true)
        {
            SkipSpace();
            ExpectMore("']' or a value");
            if (text[position] == ']')
            {
                position++;
                return value;
            }

            value.Items.Add(ReadValue(depth + 1));
            SkipSpace();
            ExpectMore("',' or ']'");
            if (text[position] == ',')
            {
                position++;
            }
            else if (text[position] != ']')
            {
                throw Error("not valid JSON: expected ',' or ']', found " + Describe(text[position]));
            }
        }
    }

    private string ReadString()
    {
        var result = new StringBuilder();
        position++; // opening quote
        while (true)
        {
            if (AtEnd)
            {
                throw Error("not valid JSON: unterminated string");
            }

            char c = text[position];
            if (c == '"')
            {
                position++;
                return result.ToString();
            }

            if (c < 0x20)
            {
                throw Error("not valid JSON: a control character inside a string must be escaped");
            }

            if (c != '\\')
            {
                result.Append(c);
                position++;
                continue;
            }

            position++;
            ExpectMore("an escape sequence");
            char escape = text[position++];
            switch (escape)
            {
                case '"':
                case '\\':
                case '/':
                    result.Append(escape);
                    break;
                case 'b':
                    result.Append('\b');
                    break;
                case 'f':
                    result.Append('\f');
                    break;
                case 'n':
                    result.Append('\n');
                    break;
                case 'r':
                    result.Append('\r');
                    break;
                case 't':
                    result.Append('\t');
                    break;
                case 'u':
                    if (position + 4 > text.Length
                        || !int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        throw Error("not valid JSON: \\u must be followed by four hexadecimal digits");
                    }

                    result.Append((char)code);
                    position += 4;
                    break;
                default:
                    position -= 2; // point at the backslash
                    throw Error("not valid JSON: unknown escape sequence \\" + TextInput.ForMessage(escape.ToString()));
            }
        }
    }

    private string ReadNumber()
    {
        int start = position;
        if (text[position] == '-')
        {
            position++;
        }

        if (AtEnd || !IsDigit(text[position]))
        {
            throw Error("not valid JSON: a number needs digits");
        }

        if (text[position] == '0')
        {
            position++;
        }
        else
        {
            SkipDigits();
        }

        if (!AtEnd && text[position] == '.')
        {
            position++;
            if (AtEnd || !IsDigit(text[position]))
            {
                throw Error("not valid JSON: a decimal point needs digits after it");
            }

            SkipDigits();
        }

        if (!AtEnd && (text[position] == 'e' || text[position] == 'E'))
        {
            position++;
            if (!AtEnd && (text[position] == '+' || text[position] == '-'))
            {
                position++;
            }

            if (AtEnd || !IsDigit(text[position]))
            {
                throw Error("not valid JSON: an exponent needs digits");
            }

            SkipDigits();
        }

        if (!AtEnd && (char.IsLetterOrDigit(text[position]) || text[position] == '.'))
        {
            throw Error("not valid JSON: unexpected " + Describe(text[position]) + " in a number");
        }

        return text.Substring(start, position - start);
    }

    private void ReadWord(string word)
    {
        if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0
            || (position + word.Length < text.Length && char.IsLetterOrDigit(text[position + word.Length])))
        {
            throw Error("not valid JSON: expected a value (true, false, null, a number, a string, an object or an array)");
        }

        position += word.Length;
    }

    private void SkipDigits()
    {
        while (!AtEnd && IsDigit(text[position]))
        {
            position++;
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>Skips white space and comments, counting lines.</summary>
    private void SkipSpace()
    {
        while (!AtEnd)
        {
            char c = text[position];
            if (c == '\n')
            {
                position++;
                line++;
                lineStart = position;
            }
            else if (c == ' ' || c == '\t' || c == '\r')
            {
                position++;
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
            {
                while (!AtEnd && text[position] != '\n')
                {
                    position++;
                }
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '*')
            {
                long openLine = line;
                int openColumn = Column;
                position += 2;
                while (true)
                {
                    if (AtEnd)
                    {
                        throw new InputFormatException("not valid JSON: unterminated comment", openLine, openColumn);
                    }

                    if (text[position] == '*' && position + 1 < text.Length && text[position + 1] == '/')
                    {
                        position += 2;
                        break;
                    }

                    if (text[position] == '\n')
                    {
                        line++;
                        lineStart = position + 1;
                    }

                    position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private void ExpectMore(string expected)
    {
        if (AtEnd)
        {
            throw Error("not valid JSON: the document ends where " + expected + " was expected");
        }
    }

    private static string Describe(char c) => "'" + TextInput.ForMessage(c.ToString()) + "'";

    private InputFormatException Error(string reason) => new(reason, line, Column);
}
