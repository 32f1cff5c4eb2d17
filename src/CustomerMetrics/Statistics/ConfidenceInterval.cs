using System;
using System.Globalization;

namespace CustomerMetrics;

/// <summary>
/// A two-sided confidence interval [<see cref="Lower"/>, <see cref="Upper"/>] at confidence
/// <see cref="Level"/> (for example 0.95).
/// </summary>
/// <remarks>
/// Bounds are <see cref="double.NaN"/> when the interval is undefined (no data). The
/// <c>default</c> value has both bounds and the level equal to 0 and means "not computed".
/// The type is immutable and thread-safe.
/// </remarks>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound, never below <paramref name="Lower"/> when both are defined.</param>
/// <param name="Level">The confidence level in (0, 1), for example 0.95.</param>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ConfidenceIntervalJsonConverter))]
#endif
public readonly record struct ConfidenceInterval(double Lower, double Upper, double Level)
{
    /// <summary>The width <see cref="Upper"/> − <see cref="Lower"/>.</summary>
    public double Width => Upper - Lower;

    /// <summary>Half the width: the "margin of error" of a symmetric interval.</summary>
    public double MarginOfError => Width / 2;

    /// <summary>Whether <paramref name="value"/> lies within the closed interval.</summary>
    /// <param name="value">The value to test.</param>
    /// <returns><c>true</c> when <see cref="Lower"/> ≤ <paramref name="value"/> ≤ <see cref="Upper"/>;
    /// <c>false</c> otherwise, and always for NaN.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>Formats the interval as <c>[lower, upper] (95 %)</c> with the invariant culture.</summary>
    /// <returns>The formatted interval.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Lower:0.###}, {Upper:0.###}] ({Level * 100:0.##} %)");

    internal static ConfidenceInterval Undefined(double level) => new(double.NaN, double.NaN, level);

    internal static ConfidenceInterval Clamped(double lower, double upper, double level, double min, double max) =>
        new(Math.Clamp(lower, min, max), Math.Clamp(upper, min, max), level);
}
