using System.Globalization;

namespace CustomerMetrics.Cli.Output;

/// <summary>Invariant-culture number formatting for the table output.</summary>
internal static class Format
{
    internal static string Signed(double value, string digits = "0.0") =>
        double.IsNaN(value) ? "n/a" : value.ToString("+" + digits + ";-" + digits + ";" + digits, CultureInfo.InvariantCulture);

    internal static string Number(double value, string digits = "0.0") =>
        double.IsNaN(value) ? "n/a" : value.ToString(digits, CultureInfo.InvariantCulture);

    internal static string Percent(double share) =>
        double.IsNaN(share) ? "n/a" : (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    internal static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Money(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    internal static string Factor(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    internal static string Interval(ConfidenceInterval interval) =>
        double.IsNaN(interval.Lower) ? "n/a" : $"[{Signed(interval.Lower)}, {Signed(interval.Upper)}]";

    internal static string Level(double level) => (level * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    internal static string PValue(double p) =>
        double.IsNaN(p) ? "n/a" : p < 0.0001 ? "<0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);
}
