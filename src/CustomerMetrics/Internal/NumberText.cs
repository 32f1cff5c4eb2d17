using System;
using System.Globalization;

namespace CustomerMetrics.Internal;

/// <summary>Which character separates the whole part of a number written as text from its fraction.</summary>
internal enum DecimalSeparator
{
    /// <summary><c>1234.5</c>: the invariant form, the default everywhere.</summary>
    Point,

    /// <summary><c>1234,5</c>: as spreadsheets write numbers in Russia, Lithuania and much of Europe; only when asked for.</summary>
    Comma,
}

/// <summary>Why a text is not a number of the kind asked for.</summary>
internal enum NumberProblem
{
    None,

    /// <summary>Nothing but white space.</summary>
    Empty,

    /// <summary>Not a number at all.</summary>
    NotANumber,

    /// <summary>A comma where a decimal point is expected: <c>10000,5</c> or <c>10,000</c>. Ambiguous, never guessed.</summary>
    UnexpectedComma,

    /// <summary>A point where a decimal comma is expected: <c>1.5</c> or <c>1.234,5</c>. Ambiguous, never guessed.</summary>
    UnexpectedPoint,

    /// <summary>Digits grouped with spaces or apostrophes: <c>10 000</c>, <c>10'000</c>.</summary>
    GroupSeparator,

    /// <summary>Too large for the type (or NaN / infinity, which no reader accepts).</summary>
    OutOfRange,

    /// <summary>A whole number was asked for and the text has a fraction or an exponent.</summary>
    NotWhole,
}

/// <summary>
/// The one strict reader of numbers written as text, for every option, CSV cell and file the library
/// and the command-line tool read. It accepts <c>[+|-]digits[.digits][e[+|-]digits]</c> with the decimal
/// separator asked for (a point unless a comma is explicitly chosen) and nothing else: no thousands
/// separators, no culture, no NaN or infinity, no hexadecimal. A number that could be read two ways
/// (<c>10000,5</c>, <c>1,000</c>) is never guessed; the problem says why, so the caller can name the fix.
/// </summary>
internal static class NumberText
{
    /// <summary>What people put between groups of digits: a space, an apostrophe, and the no-break and thin spaces.</summary>
    private static readonly char[] GroupSeparators = [' ', '\'', '\u00A0', '\u202F', '\u2009'];

    internal static NumberProblem TryParseDouble(string text, DecimalSeparator separator, out double value)
    {
        value = 0;
        NumberProblem problem = Normalize(text, separator, out string normalized, out _);
        if (problem != NumberProblem.None)
        {
            return problem;
        }

        if (!double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || double.IsInfinity(value))
        {
            value = 0;
            return NumberProblem.OutOfRange;
        }

        return NumberProblem.None;
    }

    internal static NumberProblem TryParseDecimal(string text, DecimalSeparator separator, out decimal value)
    {
        value = 0;
        NumberProblem problem = Normalize(text, separator, out string normalized, out _);
        if (problem != NumberProblem.None)
        {
            return problem;
        }

        return decimal.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            ? NumberProblem.None
            : NumberProblem.OutOfRange;
    }

    internal static NumberProblem TryParseInt64(string text, out long value)
    {
        value = 0;
        NumberProblem problem = Normalize(text, DecimalSeparator.Point, out string normalized, out bool whole);
        if (problem != NumberProblem.None)
        {
            return problem;
        }

        if (!whole)
        {
            return NumberProblem.NotWhole;
        }

        return long.TryParse(normalized, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            ? NumberProblem.None
            : NumberProblem.OutOfRange;
    }

    internal static NumberProblem TryParseInt32(string text, out int value)
    {
        value = 0;
        NumberProblem problem = TryParseInt64(text, out long wide);
        if (problem != NumberProblem.None)
        {
            return problem;
        }

        if (wide is < int.MinValue or > int.MaxValue)
        {
            return NumberProblem.OutOfRange;
        }

        value = (int)wide;
        return NumberProblem.None;
    }

    /// <summary>
    /// Why <paramref name="text"/> was not read, as the end of a sentence that starts with the place
    /// (<c>--margin: </c>, <c>file.csv:3:2: </c>): the value, what was expected and how to write it.
    /// </summary>
    /// <param name="problem">What <c>TryParse…</c> returned.</param>
    /// <param name="text">The text that was read.</param>
    /// <param name="expected">What was expected, e.g. "a number" or "a whole number".</param>
    internal static string Describe(NumberProblem problem, string text, string expected)
    {
        string shown = "'" + TextInput.ForMessage(text) + "'";
        string plain = text.Trim();
        return problem switch
        {
            NumberProblem.Empty => "the value is empty; expected " + expected,
            NumberProblem.UnexpectedComma => shown + " has a comma, which could be a decimal comma or a thousands separator, so it is not read as either"
                + Readings(plain, ',', '.'),
            NumberProblem.UnexpectedPoint => shown + " has a point, but decimal commas were asked for, so a point could only separate thousands and is not read"
                + Readings(plain, '.', ','),
            NumberProblem.GroupSeparator => shown + " groups its digits; write " + expected + " without thousands separators" + Example(RemoveGroups(plain)),
            NumberProblem.OutOfRange => shown + " is out of range for " + expected,
            NumberProblem.NotWhole => shown + " is not a whole number",
            _ => shown + " is not " + expected,
        };
    }

    /// <summary>"; write 10000.5 if the comma is the decimal separator, or 100005 if it separates thousands".</summary>
    private static string Readings(string text, char found, char decimalMark)
    {
        if (text.IndexOf(found) != text.LastIndexOf(found) || text.Length > TextInput.MaxShownLength)
        {
            return "; write the number with one decimal " + (decimalMark == '.' ? "point" : "comma") + " and no thousands separators";
        }

        return "; write " + text.Replace(found, decimalMark) + " if it is the decimal separator, or " + text.Replace(found.ToString(), string.Empty) + " if it separates thousands";
    }

    private static string Example(string candidate) =>
        candidate.Length > 0 && candidate.Length <= TextInput.MaxShownLength ? ", e.g. " + candidate : string.Empty;

    private static string RemoveGroups(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (Array.IndexOf(GroupSeparators, c) < 0)
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>Checks the grammar and rewrites the number with a point, trimmed of surrounding white space.</summary>
    private static NumberProblem Normalize(string text, DecimalSeparator separator, out string normalized, out bool whole)
    {
        // Stryker disable once String : equivalent, callers read the normalized text only when there is no problem
        normalized = string.Empty;
        whole = true;
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return NumberProblem.Empty;
        }

        char decimalMark = separator == DecimalSeparator.Comma ? ',' : '.';
        int i = 0;
        if (trimmed[0] is '+' or '-')
        {
            i++;
        }

        int digits = 0;
        bool sawMark = false;
        bool sawExponent = false;
        int exponentDigits = 0;
        for (; i < trimmed.Length; i++)
        {
            char c = trimmed[i];
            if (c is >= '0' and <= '9')
            {
                if (sawExponent)
                {
                    // Stryker disable once Update : equivalent, the count is only compared with 0
                    exponentDigits++;
                }
                else
                {
                    digits++;
                }

                continue;
            }

            if (c == decimalMark && !sawMark && !sawExponent)
            {
                sawMark = true;
                whole = false;
                continue;
            }

            if ((c is 'e' or 'E') && !sawExponent && digits > 0)
            {
                sawExponent = true;
                whole = false;
                if (i + 1 < trimmed.Length && trimmed[i + 1] is '+' or '-')
                {
                    i++;
                }

                continue;
            }

            return Classify(trimmed, separator);
        }

        if (digits == 0 || (sawExponent && exponentDigits == 0))
        {
            return Classify(trimmed, separator);
        }

        // Stryker disable once Conditional : equivalent, a text read with a decimal point has no comma left to replace
        normalized = separator == DecimalSeparator.Comma ? trimmed.Replace(',', '.') : trimmed;
        return NumberProblem.None;
    }

    /// <summary>Names what is wrong with a text that is not a plain number, for the most useful message.</summary>
    private static NumberProblem Classify(string text, DecimalSeparator separator)
    {
        bool hasDigit = false;
        foreach (char c in text)
        {
            hasDigit |= c is >= '0' and <= '9';
        }

        if (!hasDigit)
        {
            return NumberProblem.NotANumber;
        }

        foreach (char c in text)
        {
            bool allowed = c is (>= '0' and <= '9') or '+' or '-' or 'e' or 'E' or '.' or ',' || Array.IndexOf(GroupSeparators, c) >= 0;
            if (!allowed)
            {
                return NumberProblem.NotANumber;
            }
        }

        if (text.IndexOfAny(GroupSeparators) >= 0)
        {
            return NumberProblem.GroupSeparator;
        }

        if (separator == DecimalSeparator.Point && text.IndexOf(',') >= 0)
        {
            return NumberProblem.UnexpectedComma;
        }

        if (separator == DecimalSeparator.Comma && text.IndexOf('.') >= 0)
        {
            return NumberProblem.UnexpectedPoint;
        }

        return NumberProblem.NotANumber;
    }
}
