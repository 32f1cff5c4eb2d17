using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>The expected cost of churn over a client base, mergeable across shards.</summary>
/// <remarks>
/// <para>ExpectedLoss = Σ churnᵢ × TotalCostᵢ, ExpectedLostRevenue = Σ churnᵢ × LostRevenueᵢ; the totals
/// without the churn weights are what losing every client would cost.</para>
/// <para><b>Precision.</b> <see cref="TotalLostRevenue"/> is the sum of each client's
/// <see cref="ClientLossResult.LostRevenue"/>, exact for amounts in cents (any sum of cents that fits
/// 28 digits); geometric growth gives long decimals, whose sum is rounded to decimal's 28 digits. The
/// discounted and churn-weighted figures are computed in double precision from the rates as decimal
/// arithmetic sees them (15 significant digits), and differ from summing
/// <see cref="ClientLoss.Calculate(ClientLossScenario)"/> client by client in decimal by at most 1e-12 of
/// the sizes of the amounts summed (with negative margins a total can be much smaller than its parts;
/// and decimal's own 28 decimal places bound its accuracy where tiny weights meet huge profits).</para>
/// <para><b>Merging.</b> Results of parts of a client base (shards, regions, days) add with <c>+</c>:
/// counts and <see cref="TotalLostRevenue"/> exactly, the other sums to within rounding, and
/// <see cref="TopAtRisk"/> is exactly the top of the union (largest expected loss first, ties to the
/// earlier position; give each part its <c>firstPosition</c> in the whole so positions are global).
/// <see cref="Empty"/> is the identity.</para>
/// <para>Immutable and thread-safe. Created by <see cref="ClientLoss.Portfolio(System.ReadOnlySpan{PortfolioClient}, int, long)"/>
/// or from aggregates with the constructor.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ClientPortfolioResultJsonConverter))]
#endif
public sealed record ClientPortfolioResult
{
    /// <summary>Creates a result from figures computed elsewhere (a stored shard), checking them.</summary>
    /// <param name="clients">Number of clients; non-negative.</param>
    /// <param name="totalLostRevenue">Σ LostRevenue; non-negative.</param>
    /// <param name="totalCost">Σ TotalCost (negative margins can make it negative).</param>
    /// <param name="expectedLostRevenue">Σ churn × LostRevenue; non-negative (at most the total, within rounding).</param>
    /// <param name="expectedLoss">Σ churn × TotalCost.</param>
    /// <param name="top">How many clients at risk the result keeps; non-negative.</param>
    /// <param name="topAtRisk">The clients at risk, at most <paramref name="top"/>, largest expected loss first (ties: earlier position first), positions unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="topAtRisk"/> or a client id is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or amount is negative or larger than its total.</exception>
    /// <exception cref="ArgumentException">The clients at risk are too many, out of order or repeated.</exception>
    public ClientPortfolioResult(long clients, decimal totalLostRevenue, decimal totalCost, decimal expectedLostRevenue, decimal expectedLoss, int top, IEnumerable<ClientAtRisk> topAtRisk)
        : this(clients, totalLostRevenue, totalCost, expectedLostRevenue, expectedLoss, top, Array.AsReadOnly(Preconditions.CheckNotNull(nameof(topAtRisk), topAtRisk).ToArray()))
    {
        Preconditions.CheckNonNegative(nameof(clients), clients);
        CheckAmount(nameof(totalLostRevenue), totalLostRevenue, decimal.MaxValue);
        CheckAmount(nameof(expectedLostRevenue), expectedLostRevenue, decimal.MaxValue);
        Preconditions.CheckNonNegative(nameof(top), top);
        if (TopAtRisk.Count > Math.Min(top, clients))
        {
            Preconditions.ThrowArgument(nameof(topAtRisk), Preconditions.Format($"{TopAtRisk.Count} clients at risk are given for a top of {top} out of {clients} clients."));
        }

        var positions = new HashSet<long>();
        for (int i = 0; i < TopAtRisk.Count; i++)
        {
            ClientAtRisk client = TopAtRisk[i];
            if (client.Id is null)
            {
                Preconditions.ThrowNull(nameof(topAtRisk), Preconditions.Format($"The client at rank {i} has no id."));
            }

            if (!positions.Add(client.Position) || (i > 0 && RiskOrder.Instance.Compare(TopAtRisk[i - 1], client) <= 0))
            {
                Preconditions.ThrowArgument(nameof(topAtRisk), Preconditions.Format($"The client at rank {i} ('{TextInput.ForMessage(client.Id)}', position {client.Position}) is out of order or repeated; clients at risk come largest expected loss first, ties earlier position first."));
            }
        }
    }

    private ClientPortfolioResult(long clients, decimal totalLostRevenue, decimal totalCost, decimal expectedLostRevenue, decimal expectedLoss, int top, IReadOnlyList<ClientAtRisk> topAtRisk)
    {
        Clients = clients;
        TotalLostRevenue = totalLostRevenue;
        TotalCost = totalCost;
        ExpectedLostRevenue = expectedLostRevenue;
        ExpectedLoss = expectedLoss;
        Top = top;
        TopAtRisk = topAtRisk;
    }

    /// <summary>No clients, and room for any number of clients at risk: the identity of <c>+</c>.</summary>
    public static ClientPortfolioResult Empty { get; } = new(0, 0, 0, 0, 0, int.MaxValue, Array.AsReadOnly(Array.Empty<ClientAtRisk>()));

    /// <summary>Number of clients.</summary>
    public long Clients { get; }

    /// <summary>Σ LostRevenue: the sales lost if every client left; exact.</summary>
    public decimal TotalLostRevenue { get; }

    /// <summary>Σ TotalCost: the cost if every client left.</summary>
    public decimal TotalCost { get; }

    /// <summary>Σ churn × LostRevenue: the sales expected to be lost.</summary>
    public decimal ExpectedLostRevenue { get; }

    /// <summary>Σ churn × TotalCost: the expected cost of churn.</summary>
    public decimal ExpectedLoss { get; }

    /// <summary>How many clients at risk the result keeps (<see cref="int.MaxValue"/> for <see cref="Empty"/>).</summary>
    public int Top { get; }

    /// <summary>The clients with the largest expected loss, largest first (ties: earlier position first).</summary>
    public IReadOnlyList<ClientAtRisk> TopAtRisk { get; }

    /// <summary>Merges the results of two parts of a client base.</summary>
    /// <param name="left">One part.</param>
    /// <param name="right">Another part (its clients at other positions).</param>
    /// <returns>The result of both: sums added, the top of the union kept (the smaller of the two tops).</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="OverflowException">A count or an amount would leave its range.</exception>
    public static ClientPortfolioResult operator +(ClientPortfolioResult left, ClientPortfolioResult right)
    {
        Preconditions.CheckNotNull(nameof(left), left);
        Preconditions.CheckNotNull(nameof(right), right);
        int top = Math.Min(left.Top, right.Top);
        var union = new TopN<ClientAtRisk>(top, RiskOrder.Instance);
        foreach (ClientAtRisk client in left.TopAtRisk.Concat(right.TopAtRisk))
        {
            union.Offer(client);
        }

        return new ClientPortfolioResult(
            CountSums.Add(left.Clients, right.Clients, "clients"),
            left.TotalLostRevenue + right.TotalLostRevenue,
            left.TotalCost + right.TotalCost,
            left.ExpectedLostRevenue + right.ExpectedLostRevenue,
            left.ExpectedLoss + right.ExpectedLoss,
            top,
            Array.AsReadOnly(union.ToArray()));
    }

    /// <summary>The friendly twin of <c>+</c>.</summary>
    /// <param name="other">Another part of the client base.</param>
    /// <returns>The result of both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <c>null</c>.</exception>
    /// <exception cref="OverflowException">A count or an amount would leave its range.</exception>
    public ClientPortfolioResult Add(ClientPortfolioResult other) => this + other;

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
        && Top == other.Top
        && TopAtRisk.SequenceEqual(other.TopAtRisk);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Clients, TotalLostRevenue, TotalCost, ExpectedLoss, Top, TopAtRisk.Count);

    /// <summary>Formats the totals with the invariant culture.</summary>
    /// <returns>For example <c>1000 clients: expected loss 123456.78 of 2345678.90 if all left</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Clients} clients: expected loss {ExpectedLoss} of {TotalCost} if all left");

    /// <summary>Wraps figures the portfolio accumulator computed (no checks, no copy).</summary>
    internal static ClientPortfolioResult Create(long clients, decimal totalLostRevenue, decimal totalCost, decimal expectedLostRevenue, decimal expectedLoss, int top, ClientAtRisk[] topAtRisk) =>
        new(clients, totalLostRevenue, totalCost, expectedLostRevenue, expectedLoss, top, Array.AsReadOnly(topAtRisk));

    private static void CheckAmount(string paramName, decimal amount, decimal max)
    {
        if (amount < 0 || amount > max)
        {
            Preconditions.ThrowOutOfRange(paramName, amount, Preconditions.Format($"The amount should be in [0, {max}]."));
        }
    }

    /// <summary>A larger expected loss ranks higher; on a tie, the earlier position.</summary>
    internal sealed class RiskOrder : IComparer<ClientAtRisk>
    {
        internal static readonly RiskOrder Instance = new();

        public int Compare(ClientAtRisk x, ClientAtRisk y)
        {
            int byLoss = x.ExpectedLoss.CompareTo(y.ExpectedLoss);
            return byLoss != 0 ? byLoss : y.Position.CompareTo(x.Position);
        }
    }
}
