using System;
using System.Globalization;

namespace CustomerMetrics;

/// <summary>
/// Referrals: the share of new clients who came by recommendation, and the share of clients who recommend.
/// </summary>
/// <remarks>
/// The sources' clinic gets about 90 % of its new patients by recommendation, and every third patient
/// recommends it. Both shares are <see cref="Proportion"/>s, with Wilson intervals and comparisons; both
/// add exactly over disjoint groups (<c>+</c>). <c>default</c> equals <see cref="Empty"/>. Immutable and
/// thread-safe. Created by <see cref="Referrals.Calculate"/>.
/// </remarks>
/// <param name="ReferredNewClients">New clients who came by recommendation, of all new clients.</param>
/// <param name="RecommendingClients">Clients who recommend the company, of all clients asked.</param>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ReferralResultJsonConverter))]
#endif
public readonly record struct ReferralResult(Proportion ReferredNewClients, Proportion RecommendingClients)
{
    /// <summary>No clients: the identity of <c>+</c>.</summary>
    public static ReferralResult Empty => default;

    /// <summary>Adds the counts of two disjoint groups of clients.</summary>
    /// <param name="left">One group.</param>
    /// <param name="right">Another group, disjoint from the first.</param>
    /// <returns>Both shares of the whole.</returns>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public static ReferralResult operator +(ReferralResult left, ReferralResult right) => left.Add(right);

    /// <summary>Adds the counts of a disjoint group of clients (the friendly twin of <c>+</c>).</summary>
    /// <param name="other">Another group, disjoint from this one.</param>
    /// <returns>Both shares of the whole.</returns>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public ReferralResult Add(ReferralResult other) =>
        new(ReferredNewClients + other.ReferredNewClients, RecommendingClients + other.RecommendingClients);

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>referred new clients 90 of 100 (90 %), recommending clients 100 of 300 (33.3 %)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"referred new clients {ReferredNewClients}, recommending clients {RecommendingClients}");
}
