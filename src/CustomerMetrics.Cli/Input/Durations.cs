using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Input;

/// <summary>Times written with a unit — <c>500ms</c>, <c>20s</c>, <c>30m</c>, <c>1.5h</c>, <c>1d</c> — and back.</summary>
internal static class Durations
{
    // "ms" comes before "s" and "m", so that the first suffix that matches is the right one.
    private static readonly (string Suffix, TimeSpan Unit)[] Units =
    [
        ("ms", TimeSpan.FromMilliseconds(1)),
        ("s", TimeSpan.FromSeconds(1)),
        ("m", TimeSpan.FromMinutes(1)),
        ("h", TimeSpan.FromHours(1)),
        ("d", TimeSpan.FromDays(1)),
    ];

    internal static IReadOnlyDictionary<string, TimeSpan> UnitNames { get; } = Units.ToDictionary(u => u.Suffix, u => u.Unit);

    /// <summary>
    /// Parses a number with a unit suffix (a bare number is in <paramref name="defaultUnit"/>), the number
    /// read strictly as <paramref name="settings"/> say; <paramref name="problem"/> says why a text was not read.
    /// </summary>
    internal static bool TryParse(string text, TimeSpan defaultUnit, InputSettings settings, out TimeSpan value, out string problem)
    {
        string number = text.Trim();
        TimeSpan unit = defaultUnit;
        foreach ((string suffix, TimeSpan candidate) in Units)
        {
            if (number.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                unit = candidate;
                number = number[..^suffix.Length];
                break;
            }
        }

        value = default;
        if (!settings.TryDouble(number, out double amount, out problem))
        {
            problem = $"'{TextInput.ForMessage(text.Trim())}' is not a duration (a number with a unit: 500ms, 20s, 30m, 4h, 1d): {problem}";
            return false;
        }

        double ticks = amount * unit.Ticks;
        if (!(Math.Abs(ticks) <= TimeSpan.MaxValue.Ticks))
        {
            problem = $"'{TextInput.ForMessage(text.Trim())}' is longer than a duration can be (about 29 000 years)";
            return false;
        }

        value = TimeSpan.FromTicks((long)Math.Round(ticks));
        return true;
    }

    /// <summary>A readable duration: <c>1 day</c>, <c>26 h</c>, <c>20 s</c>, <c>1.5 min</c>.</summary>
    internal static string Describe(TimeSpan value)
    {
        if (value.TotalDays >= 1 && value.TotalDays == Math.Floor(value.TotalDays))
        {
            return value.TotalDays == 1 ? "1 day" : $"{value.TotalDays.ToString(CultureInfo.InvariantCulture)} days";
        }

        (double amount, string unit) = value.TotalHours >= 1 ? (value.TotalHours, "h")
            : value.TotalMinutes >= 1 ? (value.TotalMinutes, "min")
            : value.TotalSeconds >= 1 ? (value.TotalSeconds, "s")
            : (value.TotalMilliseconds, "ms");
        return $"{amount.ToString("0.##", CultureInfo.InvariantCulture)} {unit}";
    }
}
