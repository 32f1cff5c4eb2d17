using System;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>An implemented idea of the staff's idea contest: its quarter, economic effect and importance.</summary>
/// <remarks>Immutable and thread-safe. Ranked by <see cref="IdeaContest.Rank"/>.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.IdeaJsonConverter))]
#endif
public sealed record Idea
{
    /// <summary>Creates an idea.</summary>
    /// <param name="title">What the idea is; not blank, trimmed.</param>
    /// <param name="quarter">The quarter it was implemented in, such as <c>2026-Q1</c>; not blank, trimmed, compared ordinally.</param>
    /// <param name="economicEffect">Its economic effect in money (saved or earned; negative for a loss).</param>
    /// <param name="importance">Its importance as the jury scored it; higher is more important, non-negative.</param>
    /// <exception cref="ArgumentNullException">The title or quarter is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The title or quarter is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The importance is negative.</exception>
    public Idea(string title, string quarter, decimal economicEffect, int importance)
    {
        Title = Preconditions.CheckNotBlank(nameof(title), title, "The title of an idea should not be blank.");
        Quarter = Preconditions.CheckNotBlank(nameof(quarter), quarter, "The quarter of an idea should not be blank.");
        Preconditions.CheckNonNegative(nameof(importance), importance);
        EconomicEffect = economicEffect;
        Importance = importance;
    }

    /// <summary>What the idea is.</summary>
    public string Title { get; }

    /// <summary>The quarter it was implemented in.</summary>
    public string Quarter { get; }

    /// <summary>Its economic effect in money.</summary>
    public decimal EconomicEffect { get; }

    /// <summary>Its importance; higher is more important.</summary>
    public int Importance { get; }

    /// <summary>Formats the idea with the invariant culture.</summary>
    /// <returns>For example <c>Self check-in (2026-Q1): effect 120000, importance 4</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Title} ({Quarter}): effect {EconomicEffect}, importance {Importance}");
}
