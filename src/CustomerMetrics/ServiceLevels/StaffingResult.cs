using System.Globalization;

namespace CustomerMetrics;

/// <summary>The agents an Erlang C queue needs to meet a service-level target.</summary>
/// <param name="AgentsNeeded">The least number of agents answering contacts that meets the target.</param>
/// <param name="AgentsToSchedule">AgentsNeeded / (1 − shrinkage), rounded up: the agents to roster, allowing for breaks, training and absence.</param>
/// <param name="Shrinkage">The share of paid time agents are not available, in [0, 1).</param>
/// <param name="Result">What <see cref="AgentsNeeded"/> agents deliver.</param>
/// <remarks>Immutable and thread-safe. Created by <see cref="ErlangC.AgentsFor"/>.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.StaffingResultJsonConverter))]
#endif
public readonly record struct StaffingResult(int AgentsNeeded, int AgentsToSchedule, double Shrinkage, ErlangCResult Result)
{
    /// <summary>Formats the staffing with the invariant culture.</summary>
    /// <returns>For example <c>14 agents needed, 20 to schedule (shrinkage 30 %): 14 agents for 10 Erlangs: …</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{AgentsNeeded} agents needed, {AgentsToSchedule} to schedule (shrinkage {Shrinkage * 100:0.##} %): {Result}");
}

