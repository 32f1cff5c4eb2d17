using System.Globalization;

namespace CustomerMetrics.Cli.Output;

/// <summary>How figures are written for people: invariant culture, units and denominators always stated.</summary>
internal static class Format
{
    internal static string Signed(double value, string digits = "0.0") =>
        double.IsNaN(value) ? "n/a" : value.ToString("+" + digits + ";-" + digits + ";" + digits, CultureInfo.InvariantCulture);

    internal static string Number(double value, string digits = "0.0") =>
        double.IsNaN(value) ? "n/a" : value.ToString(digits, CultureInfo.InvariantCulture);

    internal static string Percent(double share) =>
        double.IsNaN(share) ? "n/a" : (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    internal static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count with its denominator: <c>364 of 365</c>.</summary>
    internal static string CountOf(long count, long total) => $"{Count(count)} of {Count(total)}";

    /// <summary>A count with its denominator and share: <c>110 of 200 (55.0 %)</c>.</summary>
    internal static string CountOf(long count, long total, double share) => $"{CountOf(count, total)} ({Percent(share)})";

    /// <summary>A change of a score on the −100..100 scale: <c>+15.0 points</c>.</summary>
    internal static string Points(double change) => double.IsNaN(change) ? "n/a" : Signed(change) + " points";

    /// <summary>A change of a share, in percentage points: <c>+2.5 pp</c>.</summary>
    internal static string PercentagePoints(double changeOfShare) => double.IsNaN(changeOfShare) ? "n/a" : Signed(changeOfShare * 100) + " pp";

    /// <summary>Money with two decimals, grouped by thousands, and the currency when one was given (<c>--currency</c>).</summary>
    internal static string Money(decimal value, string? currency) =>
        value.ToString("#,##0.00", CultureInfo.InvariantCulture) + (string.IsNullOrEmpty(currency) ? string.Empty : " " + currency);

    internal static string Factor(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    internal static string Interval(ConfidenceInterval interval) =>
        double.IsNaN(interval.Lower) ? "n/a" : $"[{Signed(interval.Lower)}, {Signed(interval.Upper)}]";

    internal static string Level(double level) => (level * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    internal static string PValue(double p) =>
        double.IsNaN(p) ? "n/a" : p < 0.0001 ? "<0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);
}
