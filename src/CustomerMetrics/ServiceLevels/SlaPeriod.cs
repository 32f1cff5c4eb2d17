using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>The SLA compliance of one period (a month, a week…) of a client report.</summary>
/// <typeparam name="TPeriod">The period key, ordered ordinally if it is a string (culture-independent), otherwise by its default comparer.</typeparam>
/// <param name="Period">The period.</param>
/// <param name="Result">The period's compliance.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct SlaPeriod<TPeriod>(
    #if NET
    [property: System.Text.Json.Serialization.JsonPropertyName("period")]
#endif
    TPeriod Period,
    #if NET
    [property: System.Text.Json.Serialization.JsonPropertyName("result")]
#endif
    SlaResult Result)
{
    /// <summary>Formats the period with the invariant culture.</summary>
    /// <returns>For example <c>2026-01: Of 31 operations, 31 were done on time (100 %).</c>.</returns>
    public override string ToString() =>
        InvariantText.Of(Period) + ": " + Result;
}

