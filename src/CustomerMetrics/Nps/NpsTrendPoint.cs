using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>One period of an NPS trend: its result and the change from the previous period.</summary>
/// <typeparam name="TPeriod">The period key (a month, a quarter, a date…), ordered ordinally if it is a string (culture-independent), otherwise by its default comparer.</typeparam>
/// <param name="Period">The period; not null.</param>
/// <param name="Result">The NPS of the responses in this period.</param>
/// <param name="ChangeFromPrevious">The comparison with the previous period (baseline) or <c>null</c> for the first period; its current sample is <paramref name="Result"/>.</param>
/// <remarks>Immutable; created by <see cref="Nps.Trend{TPeriod}(System.Collections.Generic.IEnumerable{System.ValueTuple{TPeriod, int}}, double)"/>.</remarks>
/// <exception cref="System.ArgumentNullException"><paramref name="Period"/> is <c>null</c>.</exception>
/// <exception cref="System.ArgumentException">The change's current sample is not <paramref name="Result"/>.</exception>
public sealed record NpsTrendPoint<TPeriod>(
    TPeriod Period,
#if NET
    [property: System.Text.Json.Serialization.JsonPropertyName("result")]
#endif
    NpsResult Result,
    NpsComparison? ChangeFromPrevious)
{
    /// <summary>The period; not null.</summary>
#if NET
    [System.Text.Json.Serialization.JsonPropertyName("period")]
#endif
    public TPeriod Period { get; init; } = Period is null ? throw new System.ArgumentNullException(nameof(Period)) : Period;

    /// <summary>The comparison with the previous period, whose current sample is this period's <see cref="Result"/>; <c>null</c> for the first period.</summary>
#if NET
    [System.Text.Json.Serialization.JsonPropertyName("changeFromPrevious")]
#endif
    public NpsComparison? ChangeFromPrevious { get; init; } =
        ChangeFromPrevious is { } change && change.Current != Result
            ? throw new System.ArgumentException("The change's current sample should be this period's result.", nameof(ChangeFromPrevious))
            : ChangeFromPrevious;

    /// <summary>Whether the change from the previous period is statistically significant at the trend's confidence level.</summary>
#if NET
    [System.Text.Json.Serialization.JsonPropertyName("isSignificantChange")]
#endif
    public bool IsSignificantChange => ChangeFromPrevious is { IsSignificant: true };

    /// <summary>Formats the point with the invariant culture.</summary>
    /// <returns>For example <c>2026-08: NPS 40 (P 50, Passives 40, D 10, N 100); change Δ +12.5 (SE 5.1, z 2.45, p 0.0143)</c>.</returns>
    public override string ToString() =>
        InvariantText.Of(Period) + ": " + Result + (ChangeFromPrevious is { } change ? "; change " + change : string.Empty);
}
