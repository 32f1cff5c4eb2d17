using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerMetrics;

/// <summary>The expected cost of churn over a client base.</summary>
/// <remarks>
/// <para>ExpectedLoss = Σ churnᵢ × TotalCostᵢ, ExpectedLostRevenue = Σ churnᵢ × LostRevenueᵢ;
/// the totals without the churn weights are what losing every client would cost.</para>
/// <para>Immutable and thread-safe. Created by <see cref="ClientLoss.Portfolio(System.ReadOnlySpan{PortfolioClient}, int)"/>.</para>
/// </remarks>
public sealed record ClientPortfolioResult
{
    internal ClientPortfolioResult(long clients, decimal totalLostRevenue, decimal totalCost, decimal expectedLostRevenue, decimal expectedLoss, IReadOnlyList<ClientAtRisk> topAtRisk)
    {
        Clients = clients;
        TotalLostRevenue = totalLostRevenue;
        TotalCost = totalCost;
        ExpectedLostRevenue = expectedLostRevenue;
        ExpectedLoss = expectedLoss;
        TopAtRisk = topAtRisk;
    }

    /// <summary>Number of clients.</summary>
    public long Clients { get; }

    /// <summary>Σ LostRevenue: the sales lost if every client left.</summary>
    public decimal TotalLostRevenue { get; }

    /// <summary>Σ TotalCost: the cost if every client left.</summary>
    public decimal TotalCost { get; }

    /// <summary>Σ churn × LostRevenue: the sales expected to be lost.</summary>
    public decimal ExpectedLostRevenue { get; }

    /// <summary>Σ churn × TotalCost: the expected cost of churn.</summary>
    public decimal ExpectedLoss { get; }

    /// <summary>The clients with the largest expected loss, largest first (ties: earlier position first).</summary>
    public IReadOnlyList<ClientAtRisk> TopAtRisk { get; }

    /// <summary>Value equality: the same totals and the same clients at risk, in order.</summary>
    /// <param name="other">Another result or <c>null</c>.</param>
    /// <returns><c>true</c> when every figure and every client at risk are equal.</returns>
    public bool Equals(ClientPortfolioResult? other) =>
        other is not null
        && Clients == other.Clients
        && TotalLostRevenue == other.TotalLostRevenue
        && TotalCost == other.TotalCost
        && ExpectedLostRevenue == other.ExpectedLostRevenue
        && ExpectedLoss == other.ExpectedLoss
        && TopAtRisk.SequenceEqual(other.TopAtRisk);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Clients, TotalLostRevenue, TotalCost, ExpectedLoss, TopAtRisk.Count);

    /// <summary>Formats the totals with the invariant culture.</summary>
    /// <returns>For example <c>1000 clients: expected loss 123456.78 of 2345678.90 if all left</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Clients} clients: expected loss {ExpectedLoss} of {TotalCost} if all left");
}
