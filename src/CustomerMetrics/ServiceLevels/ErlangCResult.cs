using System;
using System.Globalization;

namespace CustomerMetrics;

/// <summary>What an Erlang C queue with a given number of agents delivers.</summary>
/// <param name="TrafficIntensity">The offered traffic a in Erlangs: arrivals × average handle time / interval.</param>
/// <param name="Agents">The number of agents N (greater than a).</param>
/// <param name="ProbabilityOfWaiting">Pw = N·B_N / (N − a(1 − B_N)): the share of contacts that wait at all.</param>
/// <param name="ServiceLevel">1 − Pw·e^(−(N − a)·t / AHT): the share answered within the target time t.</param>
/// <param name="AverageSpeedOfAnswer">Pw·AHT / (N − a): the mean wait over all contacts.</param>
/// <param name="Occupancy">a / N: the share of time agents are busy.</param>
/// <remarks>Immutable and thread-safe. Created by <see cref="ErlangC.Analyze"/>.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ErlangCResultJsonConverter))]
#endif
public readonly record struct ErlangCResult(
    double TrafficIntensity,
    int Agents,
    double ProbabilityOfWaiting,
    double ServiceLevel,
    TimeSpan AverageSpeedOfAnswer,
    double Occupancy)
{
    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>14 agents for 10 Erlangs: service level 88.8 %, Pw 17.4 %, ASA 7.8 s, occupancy 71.4 %</c>.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Agents} agents for {TrafficIntensity:0.##} Erlangs: service level {ServiceLevel * 100:0.0} %, Pw {ProbabilityOfWaiting * 100:0.0} %, ASA {AverageSpeedOfAnswer.TotalSeconds:0.0} s, occupancy {Occupancy * 100:0.0} %");
}
