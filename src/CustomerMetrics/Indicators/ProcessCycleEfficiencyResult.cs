using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CustomerMetrics;

/// <summary>Process-cycle efficiency of a value stream: value-adding time over total lead time, and where the rest goes.</summary>
/// <remarks>
/// PCE = value-adding time / lead time; waste share = 1 − PCE. Lean practice reads a PCE under 10 % as a
/// process that is mostly waiting, and 25 % or more as a lean one. Times are added as <see cref="TimeSpan"/>
/// ticks, exactly. Immutable and thread-safe. Created by <see cref="ProcessCycleEfficiency"/>.
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ProcessCycleEfficiencyResultJsonConverter))]
#endif
public sealed class ProcessCycleEfficiencyResult : IEquatable<ProcessCycleEfficiencyResult>
{
    internal ProcessCycleEfficiencyResult(TimeSpan valueAddingTime, TimeSpan leadTime, IReadOnlyList<ValueStreamStep> steps)
    {
        ValueAddingTime = valueAddingTime;
        LeadTime = leadTime;
        Steps = steps;
    }

    /// <summary>Time spent on steps that add value.</summary>
    public TimeSpan ValueAddingTime { get; }

    /// <summary>The total lead time, from the first step's start to the last step's end.</summary>
    public TimeSpan LeadTime { get; }

    /// <summary>Time that adds no value: <see cref="LeadTime"/> − <see cref="ValueAddingTime"/>.</summary>
    public TimeSpan WasteTime => LeadTime - ValueAddingTime;

    /// <summary>ValueAddingTime / LeadTime in [0, 1]; NaN when the lead time is 0.</summary>
    public double Efficiency => LeadTime == TimeSpan.Zero ? double.NaN : (double)ValueAddingTime.Ticks / LeadTime.Ticks;

    /// <summary>1 − <see cref="Efficiency"/>: the share of the lead time that is waste; NaN when the lead time is 0.</summary>
    public double WasteShare => LeadTime == TimeSpan.Zero ? double.NaN : (double)WasteTime.Ticks / LeadTime.Ticks;

    /// <summary>The steps, in the order given; empty when the result was made from totals.</summary>
    public IReadOnlyList<ValueStreamStep> Steps { get; }

    /// <summary>Each step's share of the lead time, in the order of <see cref="Steps"/>.</summary>
    public IReadOnlyList<double> StepShares => Steps.Select(step => LeadTime == TimeSpan.Zero ? double.NaN : (double)step.Duration.Ticks / LeadTime.Ticks).ToArray();

    /// <inheritdoc/>
    public bool Equals(ProcessCycleEfficiencyResult? other) =>
        other is not null && ValueAddingTime == other.ValueAddingTime && LeadTime == other.LeadTime && Steps.SequenceEqual(other.Steps);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProcessCycleEfficiencyResult);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ValueAddingTime, LeadTime, Steps.Count);

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>PCE 12.5 % (value-adding 01:00:00 of 08:00:00)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"PCE {Efficiency * 100:0.#} % (value-adding {ValueAddingTime:c} of {LeadTime:c})");
}
