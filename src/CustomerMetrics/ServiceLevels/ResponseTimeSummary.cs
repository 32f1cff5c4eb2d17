using System.Globalization;

namespace CustomerMetrics;

/// <summary>
/// Response times against a standard (greet a visitor within 20–30 s, answer online within 15–20 s):
/// the share within the threshold, percentiles (Hyndman–Fan type 7), mean and extremes.
/// </summary>
/// <param name="Compliance">How many were within the threshold.</param>
/// <param name="Mean">The mean; NaN with no values.</param>
/// <param name="Minimum">The shortest; NaN with no values.</param>
/// <param name="Maximum">The longest; NaN with no values.</param>
/// <param name="P50">The median.</param>
/// <param name="P90">The 90th percentile.</param>
/// <param name="P95">The 95th percentile.</param>
/// <param name="P99">The 99th percentile.</param>
/// <remarks>Immutable and thread-safe. Created by <see cref="Sla.Summarize(System.ReadOnlySpan{double}, double)"/>.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ResponseTimeSummaryJsonConverter))]
#endif
public readonly record struct ResponseTimeSummary(
    SlaResult Compliance,
    double Mean,
    double Minimum,
    double Maximum,
    double P50,
    double P90,
    double P95,
    double P99)
{
    /// <summary>Formats the summary with the invariant culture.</summary>
    /// <returns>For example <c>Of 100 operations, 96 were done on time (96 %). Mean 12.5, min 2, p50 11, p90 19, p95 21, p99 30, max 31.</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Compliance} Mean {Mean:0.###}, min {Minimum:0.###}, p50 {P50:0.###}, p90 {P90:0.###}, p95 {P95:0.###}, p99 {P99:0.###}, max {Maximum:0.###}.");
}

