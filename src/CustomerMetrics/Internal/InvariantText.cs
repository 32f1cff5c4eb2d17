using System;
using System.Globalization;

namespace CustomerMetrics.Internal;

/// <summary>Any value as text with the invariant culture, so that a key (a period, a segment) prints the same on every machine.</summary>
internal static class InvariantText
{
    internal static string Of<T>(T value) => value switch
    {
        null => string.Empty,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
