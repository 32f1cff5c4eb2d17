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

    // The heap's minimum is the weakest of the kept clients: smallest expected loss, and on a tie the
    // later position, so that earlier clients win ties.
    private readonly PriorityQueue<ClientAtRisk, (decimal ExpectedLoss, long NegativePosition)> heap;
    private long clients;
    private decimal totalLostRevenue;
    private decimal totalCost;
    private decimal expectedLostRevenue;
    private decimal expectedLoss;

    internal PortfolioAccumulator(int top)
    {
        this.top = top;
        heap = new PriorityQueue<ClientAtRisk, (decimal, long)>(Math.Min(top, 1024));
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

        var candidate = new ClientAtRisk(client.Id!, position, client.ChurnProbability, cost, expected);
        if (heap.Count < top)
        {
            heap.Enqueue(candidate, (expected, -position));
        }
        else if (heap.TryPeek(out _, out var weakest) && (expected, -position).CompareTo(weakest) > 0)
        {
            heap.DequeueEnqueue(candidate, (expected, -position));
        }
    }

    internal ClientPortfolioResult ToResult()
    {
        var ranked = new ClientAtRisk[heap.Count];
        for (int i = ranked.Length - 1; i >= 0; i--)
        {
            ranked[i] = heap.Dequeue();
        }

        return new ClientPortfolioResult(clients, totalLostRevenue, totalCost, expectedLostRevenue, expectedLoss, Array.AsReadOnly(ranked));
    }
}
