using System.Globalization;

namespace CustomerMetrics;

/// <summary>One dimension's gap: the mean expectation, the mean perception and their difference.</summary>
/// <param name="Name">The dimension.</param>
/// <param name="Expected">The mean expectation over its items.</param>
/// <param name="Perceived">The mean perception over its items.</param>
/// <param name="Gap">The mean item gap, perceived − expected; negative when the service falls short.</param>
/// <param name="Level">The service level the gap means, under the tolerance used.</param>
/// <remarks>Immutable and thread-safe.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.DimensionGapJsonConverter))]
#endif
public readonly record struct DimensionGap(string Name, double Expected, double Perceived, double Gap, ServiceLevel Level)
{
    /// <summary>Formats the gap with the invariant culture.</summary>
    /// <returns>For example <c>Reliability: expected 6.5, perceived 5.9, gap -0.6 (Low)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: expected {Expected:0.###}, perceived {Perceived:0.###}, gap {Gap:0.###} ({Level})");
}

