using System;
using System.Globalization;
using System.Text;

namespace CustomerMetrics.Internal;

/// <summary>
/// What every reader of text shares at the boundary: a byte-order mark is not part of the data, and a
/// value from the input that is echoed in a message is made visible and kept short.
/// </summary>
internal static class TextInput
{
    /// <summary>The longest part of a value shown in a message; longer values are cut with an ellipsis.</summary>
    internal const int MaxShownLength = 60;

    private const char ByteOrderMark = '\uFEFF';

    /// <summary>The text without a leading byte-order mark (a UTF-8 BOM decoded as U+FEFF).</summary>
    internal static string WithoutByteOrderMark(string text) =>
        text.Length > 0 && text[0] == ByteOrderMark ? text.Substring(1) : text;

    /// <summary>
    /// A value as it may appear in a message: control characters, invisible format characters (zero-width
    /// spaces, soft hyphens, direction marks), line separators and lone surrogates are written as escapes
    /// (<c>\n</c>, <c>\t</c>, <c>\0</c>, <c>\u200B</c>…), so that a terminal shows what the input holds
    /// and nothing in it can act on the terminal; values longer than <see cref="MaxShownLength"/>
    /// characters are cut, with an ellipsis and the full length.
    /// </summary>
    internal static string ForMessage(object? value) =>
        ForMessage(value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString());

    /// <inheritdoc cref="ForMessage(object?)"/>
    internal static string ForMessage(string? value) => value is null ? "null" : Escape(value, MaxShownLength);

    /// <summary>
    /// A whole message made safe for a terminal: the escapes of <see cref="ForMessage(string?)"/>, without
    /// cutting (the values in it were cut when it was written).
    /// </summary>
    internal static string Escaped(string message) => Escape(message, int.MaxValue);

    private static string Escape(string value, int maxLength)
    {
        int shown = value.Length > maxLength ? maxLength : value.Length;
        var text = new StringBuilder(shown + 16);
        for (int i = 0; i < shown; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\0':
                    text.Append("\\0");
                    break;
                default:
                    if (NeedsEscape(value, i))
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        if (shown < value.Length)
        {
            text.Append("…").Append(Preconditions.Format($" ({value.Length} characters)"));
        }

        return text.ToString();
    }

    private static bool NeedsEscape(string value, int index)
    {
        char c = value[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(value[index - 1]);
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => true,
            _ => false,
        };
    }
}
