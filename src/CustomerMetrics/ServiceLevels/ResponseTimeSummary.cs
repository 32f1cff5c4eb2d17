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
public readonly record struct ResponseTimeSummary(
    SlaResult Compliance,
    double Mean,
    double Minimum,
    double Maximum,
    double P50,
    double P90,
    double P95,
    double P99);
