namespace CustomerMetrics;

/// <summary>The SLA compliance of one period (a month, a week…) of a client report.</summary>
/// <typeparam name="TPeriod">The period key, ordered by its default comparer.</typeparam>
/// <param name="Period">The period.</param>
/// <param name="Result">The period's compliance.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct SlaPeriod<TPeriod>(TPeriod Period, SlaResult Result);
