using System;
using System.Collections.Generic;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Sums a portfolio in one pass and keeps the top clients at risk in a bounded min-heap, so the work is
/// linear in the number of clients and the memory is O(top).
/// </summary>
internal sealed class PortfolioAccumulator
{
    private readonly int top;

    private readonly TopN<ClientAtRisk> atRisk;
    private long clients;
    private decimal totalLostRevenue;
    private decimal totalCost;
    private decimal expectedLostRevenue;
    private decimal expectedLoss;

    internal PortfolioAccumulator(int top)
    {
        this.top = top;
        atRisk = new TopN<ClientAtRisk>(top, RiskOrder.Instance);
    }

    internal void Add(PortfolioClient client, long position, string paramName)
    {
        ClientLoss.Totals totals;
        decimal churn;
        try
        {
            if (client.Id is null)
            {
                Preconditions.ThrowArgument(nameof(PortfolioClient.Id), "The client id should not be null.");
            }

            Preconditions.CheckUnitInterval(nameof(PortfolioClient.ChurnProbability), client.ChurnProbability, "Churn probability should be in [0, 1].");

            ClientLoss.Validate(client.Scenario);
            totals = ClientLoss.Compute(client.Scenario, schedule: null);
            churn = (decimal)client.ChurnProbability;
        }
        catch (ArgumentException error)
        {
            throw new ArgumentException(Preconditions.Format($"Client at position {position} ('{client.Id}'): {error.Message}"), paramName, error);
        }

        decimal cost;
        decimal expected;
        try
        {
            cost = totals.DiscountedLostProfit + client.Scenario.AcquisitionCost;
            expected = churn * cost;
            totalLostRevenue += totals.LostRevenue;
            totalCost += cost;
            expectedLostRevenue += churn * totals.LostRevenue;
            expectedLoss += expected;
            clients++;
        }
        catch (OverflowException error)
        {
            throw new ArgumentException(
                Preconditions.Format($"The portfolio totals exceed the range of decimal (about 7.9e28) at client {position} ('{client.Id}')."),
                paramName,
                error);
        }

        if (top == 0)
        {
            return;
        }

        atRisk.Offer(new ClientAtRisk(client.Id!, position, client.ChurnProbability, cost, expected));
    }

    internal ClientPortfolioResult ToResult()
    {
        return new ClientPortfolioResult(clients, totalLostRevenue, totalCost, expectedLostRevenue, expectedLoss, Array.AsReadOnly(atRisk.ToArray()));
    }

    /// <summary>A larger expected loss ranks higher; on a tie, the earlier position.</summary>
    private sealed class RiskOrder : IComparer<ClientAtRisk>
    {
        internal static readonly RiskOrder Instance = new();

        public int Compare(ClientAtRisk x, ClientAtRisk y)
        {
            int byLoss = x.ExpectedLoss.CompareTo(y.ExpectedLoss);
            return byLoss != 0 ? byLoss : y.Position.CompareTo(x.Position);
        }
    }
}
