using System.Globalization;

namespace CustomerMetrics.Cli;

/// <summary>Counts with their noun, singular or plural: "1 year", "5 years", "1 field", "2 fields".</summary>
internal static class Plural
{
    /// <summary>The count and the noun, with an <c>s</c> unless the count is 1 (or the plural given).</summary>
    internal static string Of(long count, string noun, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");
}
