using CustomerMetrics.Internal;
using System.Globalization;
namespace CustomerMetrics;

/// <summary>One period of an audit trend: its summary and the change of the pooled index from the previous period.</summary>
/// <typeparam name="TPeriod">The period key (a month, a quarter…), ordered ordinally if it is a string (culture-independent), otherwise by its default comparer.</typeparam>
/// <param name="Period">The period.</param>
/// <param name="Summary">The audits of the period combined.</param>
/// <param name="PooledChange">PooledIndex − the previous period's PooledIndex; NaN for the first period, or when either index is undefined.</param>
/// <remarks>Immutable; created by <see cref="AuditIndex.Trend{TPeriod}(System.Collections.Generic.IEnumerable{System.ValueTuple{TPeriod, AuditResult}})"/>.</remarks>
public sealed record AuditTrendPoint<TPeriod>(
    TPeriod Period,
#if NET
    [property: System.Text.Json.Serialization.JsonPropertyName("summary")]
#endif
    AuditSummary Summary,
#if NET
    [property: System.Text.Json.Serialization.JsonPropertyName("pooledChange")]
    [property: System.Text.Json.Serialization.JsonConverter(typeof(Serialization.UndefinedAsNullJsonConverter))]
#endif
    double PooledChange)
{
    /// <summary>The period; not null.</summary>
#if NET
    [System.Text.Json.Serialization.JsonPropertyName("period")]
#endif
    public TPeriod Period { get; init; } = Period is null ? throw new System.ArgumentNullException(nameof(Period)) : Period;

    /// <summary>Formats the point with the invariant culture.</summary>
    /// <returns>For example <c>2026-08: 3 audits: pooled 0.875, mean 0.861; change +0.05</c>.</returns>
    public override string ToString() =>
        InvariantText.Of(Period) + ": " + Summary + (double.IsNaN(PooledChange) ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; change {PooledChange:+0.###;-0.###;0}"));
}
