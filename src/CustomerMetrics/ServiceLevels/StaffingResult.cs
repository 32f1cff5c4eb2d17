namespace CustomerMetrics;

/// <summary>The agents an Erlang C queue needs to meet a service-level target.</summary>
/// <param name="AgentsNeeded">The least number of agents answering contacts that meets the target.</param>
/// <param name="AgentsToSchedule">AgentsNeeded / (1 − shrinkage), rounded up: the agents to roster, allowing for breaks, training and absence.</param>
/// <param name="Shrinkage">The share of paid time agents are not available, in [0, 1).</param>
/// <param name="Result">What <see cref="AgentsNeeded"/> agents deliver.</param>
/// <remarks>Immutable and thread-safe. Created by <see cref="ErlangC.AgentsFor"/>.</remarks>
public readonly record struct StaffingResult(int AgentsNeeded, int AgentsToSchedule, double Shrinkage, ErlangCResult Result);
