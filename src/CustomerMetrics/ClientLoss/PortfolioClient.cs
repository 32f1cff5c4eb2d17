using System.Globalization;

namespace CustomerMetrics;

/// <summary>One client of a portfolio: an id for the report, what losing them costs, and how likely they are to leave.</summary>
/// <param name="Id">The client's id in the CRM (shown in <see cref="ClientPortfolioResult.TopAtRisk"/>).</param>
/// <param name="Scenario">The client's purchases, growth, margin and horizon.</param>
/// <param name="ChurnProbability">The probability, in [0, 1], that the client leaves.</param>
/// <remarks>Immutable and thread-safe.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.PortfolioClientJsonConverter))]
#endif
public readonly record struct PortfolioClient(string Id, ClientLossScenario Scenario, double ChurnProbability)
{
    /// <summary>Formats the client with the invariant culture.</summary>
    /// <returns>For example <c>client 'C-17', churn 0.25: buys 10000 a year …</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"client '{Id}', churn {ChurnProbability}: {Scenario}");
}

