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

    /// <summary>An interval of a share, in percent: <c>[2.3 %, 6.9 %]</c>.</summary>
    internal static string PercentInterval(ConfidenceInterval interval) =>
        double.IsNaN(interval.Lower) ? "n/a" : $"[{Percent(interval.Lower)}, {Percent(interval.Upper)}]";

    /// <summary>A share with its counts and Wilson interval: <c>12 of 300 (4.0 %) [2.3 %, 6.9 %]</c>.</summary>
    internal static string Share(Proportion share, double level = 0.95) =>
        $"{CountOf(share.Count, share.Total, share.Share)} {PercentInterval(share.WilsonInterval(level))}";

    internal static string Level(double level) => (level * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    internal static string PValue(double p) =>
        double.IsNaN(p) ? "n/a" : p < 0.0001 ? "<0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);
}
