using System.Globalization;

namespace CustomerMetrics;

/// <summary>A client ranked by expected loss in <see cref="ClientPortfolioResult.TopAtRisk"/>.</summary>
/// <param name="Id">The client's id.</param>
/// <param name="Position">The client's position in the input, from 0.</param>
/// <param name="ChurnProbability">The probability that the client leaves.</param>
/// <param name="TotalCost">What losing the client would cost (<see cref="ClientLossResult.TotalCost"/>).</param>
/// <param name="ExpectedLoss">ChurnProbability × TotalCost.</param>
/// <remarks>Immutable and thread-safe.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ClientAtRiskJsonConverter))]
#endif
public readonly record struct ClientAtRisk(string Id, long Position, double ChurnProbability, decimal TotalCost, decimal ExpectedLoss)
{
    /// <summary>Formats the client with the invariant culture.</summary>
    /// <returns>For example <c>client 'C-17' (position 3): churn 0.25 × cost 14000.0 = expected loss 3500.000</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"client '{Id}' (position {Position}): churn {ChurnProbability} × cost {TotalCost} = expected loss {ExpectedLoss}");
}

