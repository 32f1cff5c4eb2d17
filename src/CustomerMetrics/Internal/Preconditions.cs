using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace CustomerMetrics.Internal;

/// <summary>
/// The one place where arguments are checked, so that every calculator reports bad input with the
/// same exception types and the same message shape: parameter name, offending value and, for
/// sequences, the position. Messages are formatted with the invariant culture.
/// </summary>
internal static class Preconditions
{
    internal static void CheckNonNegative(string paramName, long value)
    {
        if (value < 0)
        {
            ThrowOutOfRange(paramName, value, "Value should be non-negative.");
        }
    }

    internal static void CheckNonNegative(string paramName, int value)
    {
        if (value < 0)
        {
            ThrowOutOfRange(paramName, value, "Value should be non-negative.");
        }
    }

    /// <summary>A confidence level must lie strictly between 0 and 1 (NaN is rejected).</summary>
    internal static void CheckConfidenceLevel(string paramName, double level)
    {
        if (!(level > 0 && level < 1))
        {
            ThrowOutOfRange(paramName, level, "Confidence level should be in the open interval (0, 1), for example 0.95.");
        }
    }

    /// <summary>An NPS answer must be an integer on the 0..10 scale.</summary>
    internal static void CheckNpsScore(string paramName, int score, long position)
    {
        if (score is < 0 or > 10)
        {
            ThrowInvalidNpsScore(paramName, score, position);
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowInvalidNpsScore(string paramName, int score, long position) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            score,
            Format($"Score at position {position} is {score}; scores should be integers in [0, 10]."));

    internal static void CheckWeight(string paramName, double weight, long position)
    {
        if (!(weight >= 0) || double.IsPositiveInfinity(weight))
        {
            ThrowOutOfRange(
                paramName,
                weight,
                Format($"Weight at position {position} is {weight}; weights should be finite and non-negative."));
        }
    }

    internal static void CheckSameLength(string paramName, int expected, int actual, string otherParamName)
    {
        if (expected != actual)
        {
            ThrowArgument(
                paramName,
                Format($"{paramName} has {actual} elements but {otherParamName} has {expected}; they should have the same length."));
        }
    }

    internal static void CheckOrdered(string lowerName, double lower, string upperName, double upper)
    {
        if (!(lower <= upper))
        {
            ThrowArgument(upperName, Format($"{upperName} ({upper}) should not be less than {lowerName} ({lower})."));
        }
    }

    /// <summary>A share, probability or rate must lie in [0, 1] (NaN is rejected).</summary>
    internal static void CheckUnitInterval(string paramName, double value, string message)
    {
        if (!(value >= 0 && value <= 1))
        {
            ThrowOutOfRange(paramName, value, message);
        }
    }

    /// <summary>A single number that must be finite and ≥ 0 (a tolerance, a threshold that may be 0).</summary>
    internal static void CheckNonNegativeFinite(string paramName, double value, string message)
    {
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            ThrowOutOfRange(paramName, value, message);
        }
    }

    /// <summary>A single number that must be finite and &gt; 0 (a time threshold, a target time).</summary>
    internal static void CheckPositiveFinite(string paramName, double value, string message)
    {
        if (!(value > 0) || double.IsPositiveInfinity(value))
        {
            ThrowOutOfRange(paramName, value, message);
        }
    }

    /// <summary>One element of a sequence that must be finite: "The value at position 3 is NaN; …".</summary>
    internal static void CheckFiniteAt(string paramName, double value, long position)
    {
        if (!double.IsFinite(value))
        {
            ThrowOutOfRange(paramName, value, Format($"The value at position {position} is {value}; values should be finite numbers."));
        }
    }

    /// <summary>One element of a sequence of times that must be finite and ≥ 0: "The duration at position 3 is -1; …".</summary>
    internal static void CheckTimeAt(string paramName, double value, long position, string noun)
    {
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            ThrowOutOfRange(paramName, value, Format($"The {noun} at position {position} is {value}; {noun}s should be finite and non-negative."));
        }
    }

    internal static void CheckFinite(string paramName, double value)
    {
        if (!double.IsFinite(value))
        {
            ThrowOutOfRange(paramName, value, "Value should be a finite number.");
        }
    }

    /// <summary>A key (segment, period, topic) of the element at <paramref name="position"/> must not be null.</summary>
    internal static void CheckKey<TKey>(string paramName, TKey key, long position)
    {
        if (key is null)
        {
            ThrowNull(paramName, Format($"The key of the element at position {position} is null; every element needs a key."));
        }
    }

    /// <summary>A name or label that must not be null or blank; returns it trimmed.</summary>
    internal static string CheckNotBlank(string paramName, string? value, string blankMessage)
    {
        string trimmed = CheckNotNull(paramName, value).Trim();
        if (trimmed.Length == 0)
        {
            ThrowArgument(paramName, blankMessage);
        }

        return trimmed;
    }

    internal static T CheckNotNull<T>(string paramName, T? value)
        where T : class
    {
        if (value is null)
        {
            ThrowNull(paramName);
        }

        return value;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowOutOfRange(string paramName, object value, string message) =>
        throw new ArgumentOutOfRangeException(paramName, value, message);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowArgument(string paramName, string message) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNull(string paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowNull(string paramName, string message) => throw new ArgumentNullException(paramName, message);

    internal static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>An exception's own sentence, without the "(Parameter 'x')" suffix and the "Actual value was" line.</summary>
    internal static string Sentence(ArgumentException error)
    {
        string message = error.Message.Split('\n')[0].TrimEnd('\r');
        int parameter = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        return parameter >= 0 ? message.Substring(0, parameter) : message;
    }
}
