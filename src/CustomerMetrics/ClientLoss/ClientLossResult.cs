using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerMetrics;

/// <summary>What losing a client costs over the horizon of a <see cref="ClientLossScenario"/>.</summary>
/// <remarks>
/// <para>LostRevenue = Σ purchasesₜ; LostProfit = NetMargin × LostRevenue;
/// DiscountedLostProfit = Σ profitₜ × r^(t − 1) / (1 + d)^t (exponent t − 1 at the start of the year),
/// which equals LostProfit when r = 1 and d = 0; TotalCost = DiscountedLostProfit + AcquisitionCost.</para>
/// <para>Immutable and thread-safe. Created by <see cref="ClientLoss.Calculate(ClientLossScenario)"/>.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ClientLossResultJsonConverter))]
#endif
public sealed record ClientLossResult
{
    internal ClientLossResult(decimal lostRevenue, decimal lostProfit, decimal discountedLostProfit, decimal acquisitionCost, IReadOnlyList<ClientLossYear> schedule)
    {
        LostRevenue = lostRevenue;
        LostProfit = lostProfit;
        DiscountedLostProfit = discountedLostProfit;
        AcquisitionCost = acquisitionCost;
        Schedule = schedule;
    }

    /// <summary>
    /// A result from figures stored elsewhere, checked for consistency: years 1..T in order, purchases never
    /// negative, cumulative figures that add up, and totals equal to the schedule's sums.
    /// </summary>
    internal static ClientLossResult FromFigures(decimal lostRevenue, decimal lostProfit, decimal discountedLostProfit, decimal acquisitionCost, IReadOnlyList<ClientLossYear> schedule)
    {
        if (schedule.Count is < 1 or > ClientLoss.MaxYears)
        {
            Internal.Preconditions.ThrowArgument(nameof(schedule), Internal.Preconditions.Format($"A schedule has from 1 to {ClientLoss.MaxYears} years."));
        }

        if (acquisitionCost < 0)
        {
            Internal.Preconditions.ThrowOutOfRange(nameof(acquisitionCost), acquisitionCost, "Acquisition cost should be non-negative.");
        }

        decimal revenue = 0;
        decimal cumulative = 0;
        for (int i = 0; i < schedule.Count; i++)
        {
            ClientLossYear year = schedule[i];
            cumulative += year.DiscountedProfit;
            revenue += year.Purchases;
            if (year.Year != i + 1 || year.Purchases < 0 || year.RetentionWeight < 0 || year.DiscountFactor < 0 || year.CumulativeDiscountedProfit != cumulative)
            {
                Internal.Preconditions.ThrowArgument(nameof(schedule), Internal.Preconditions.Format($"Year {i + 1} of the schedule does not fit: years count from 1, purchases and factors are non-negative, and each cumulative figure adds the year's discounted profit."));
            }
        }

        if (revenue != lostRevenue || cumulative != discountedLostProfit)
        {
            Internal.Preconditions.ThrowArgument(nameof(lostRevenue), "The lost revenue and the discounted lost profit should be the schedule's sums.");
        }

        // LostProfit = margin × LostRevenue, and the margin lies in [-1, 1].
        if (Math.Abs(lostProfit) > lostRevenue)
        {
            Internal.Preconditions.ThrowOutOfRange(nameof(lostProfit), lostProfit, "The lost profit is a net margin in [-1, 1] times the lost revenue, so at most the lost revenue in size.");
        }
        return new ClientLossResult(lostRevenue, lostProfit, discountedLostProfit, acquisitionCost, System.Array.AsReadOnly(schedule.ToArray()));
    }

    /// <summary>The sales the client would have made over the horizon: Σ purchasesₜ.</summary>
    public decimal LostRevenue { get; }

    /// <summary>NetMargin × LostRevenue: the profit on those sales, undiscounted.</summary>
    public decimal LostProfit { get; }

    /// <summary>The present, retention-weighted value of the lost profit: Σ profitₜ × r^(t − 1) / (1 + d)^t.</summary>
    public decimal DiscountedLostProfit { get; }

    /// <summary>The cost of finding a replacement client, as given in the scenario.</summary>
    public decimal AcquisitionCost { get; }

    /// <summary>DiscountedLostProfit + AcquisitionCost: everything losing the client costs.</summary>
    public decimal TotalCost => DiscountedLostProfit + AcquisitionCost;

    /// <summary>The year-by-year figures; their sums are the totals above.</summary>
    public IReadOnlyList<ClientLossYear> Schedule { get; }

    /// <summary>Value equality: the same totals and the same schedule, year by year.</summary>
    /// <param name="other">Another result or <c>null</c>.</param>
    /// <returns><c>true</c> when every figure and every schedule row are equal.</returns>
    public bool Equals(ClientLossResult? other) =>
        other is not null
        && LostRevenue == other.LostRevenue
        && LostProfit == other.LostProfit
        && DiscountedLostProfit == other.DiscountedLostProfit
        && AcquisitionCost == other.AcquisitionCost
        && Schedule.SequenceEqual(other.Schedule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(LostRevenue, LostProfit, DiscountedLostProfit, AcquisitionCost, Schedule.Count);

    /// <summary>Formats the totals with the invariant culture.</summary>
    /// <returns>For example <c>Over 5 years: lost revenue 70000, lost profit 14000.0, discounted 14000.0, total cost 14000.0</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Over {Schedule.Count} years: lost revenue {LostRevenue}, lost profit {LostProfit}, discounted {DiscountedLostProfit}, total cost {TotalCost}");
}
