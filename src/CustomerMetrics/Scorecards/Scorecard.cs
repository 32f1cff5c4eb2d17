using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// The customer-orientation scorecard of the 14-steps source: KPIs side by side with their targets, whether
/// each is met, and how each moved.
/// </summary>
/// <remarks>
/// <para>The source closes with the KPIs to run a customer-oriented company on: the loyalty index (NPS),
/// the dynamics of positive comments, the economic effect of implemented ideas, the quality of service
/// (service level, SLA, CSAT) and the audit index. <see cref="Kpi"/>'s factories build each from the
/// library's results.</para>
/// <para>Scorecards merge (<c>+</c>): departments fill in their KPIs, and the merge holds every KPI once,
/// in the order first seen. A KPI in both must be the same in both; two different values under one name
/// are an error, never a silent choice. Merging is associative with <see cref="Empty"/> as its identity,
/// and either order gives the same set of KPIs.</para>
/// <para><c>default</c> is not a valid scorecard; start from <see cref="Empty"/>. Immutable and thread-safe.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ScorecardJsonConverter))]
#endif
public sealed class Scorecard : IEquatable<Scorecard>
{
    private readonly Kpi[] kpis;

    /// <summary>Creates a scorecard of KPIs, each name once.</summary>
    /// <param name="kpis">The KPIs, in the order to show them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kpis"/> or a KPI is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">Two KPIs have the same name.</exception>
    public Scorecard(IEnumerable<Kpi> kpis)
    {
        Preconditions.CheckNotNull(nameof(kpis), kpis);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<Kpi>();
        foreach (Kpi kpi in kpis)
        {
            if (kpi is null)
            {
                Preconditions.ThrowNull(nameof(kpis), Preconditions.Format($"The KPI at position {list.Count} is null."));
            }

            if (!names.Add(kpi!.Name))
            {
                Preconditions.ThrowArgument(nameof(kpis), Preconditions.Format($"KPI \"{TextInput.ForMessage(kpi.Name)}\" appears twice; a scorecard holds each KPI once."));
            }

            list.Add(kpi);
        }

        this.kpis = list.ToArray();
    }

    /// <summary>No KPIs: the identity of <c>+</c>.</summary>
    public static Scorecard Empty { get; } = new([]);

    /// <summary>The KPIs, in the order given.</summary>
    public IReadOnlyList<Kpi> Kpis => kpis;

    /// <summary>KPIs whose target is met.</summary>
    public int Met => kpis.Count(kpi => kpi.TargetMet == true);

    /// <summary>KPIs whose target is missed.</summary>
    public int Missed => kpis.Count(kpi => kpi.TargetMet == false);

    /// <summary>KPIs without a target or without a value.</summary>
    public int Unjudged => kpis.Count(kpi => kpi.TargetMet is null);

    /// <summary>The KPI of that name (ordinal), or <c>null</c>.</summary>
    /// <param name="name">The KPI's name.</param>
    /// <returns>The KPI, or <c>null</c> when the scorecard has none of that name.</returns>
    public Kpi? Find(string name) => kpis.FirstOrDefault(kpi => string.Equals(kpi.Name, name?.Trim(), StringComparison.Ordinal));

    /// <summary>Merges two scorecards.</summary>
    /// <param name="left">One scorecard.</param>
    /// <param name="right">Another scorecard.</param>
    /// <returns>Every KPI of both, once: left's in order, then right's new ones.</returns>
    /// <exception cref="ArgumentNullException">A scorecard is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A KPI has different figures in the two.</exception>
    public static Scorecard operator +(Scorecard left, Scorecard right) => Preconditions.CheckNotNull(nameof(left), left).Merge(right);

    /// <summary>Merges another scorecard into this one (the friendly twin of <c>+</c>).</summary>
    /// <param name="other">Another scorecard.</param>
    /// <returns>Every KPI of both, once: this one's in order, then the other's new ones.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A KPI has different figures in the two.</exception>
    public Scorecard Merge(Scorecard other)
    {
        Preconditions.CheckNotNull(nameof(other), other);
        var merged = new List<Kpi>(kpis);
        foreach (Kpi kpi in other.kpis)
        {
            Kpi? mine = Find(kpi.Name);
            if (mine is null)
            {
                merged.Add(kpi);
            }
            else if (!mine.Equals(kpi))
            {
                Preconditions.ThrowArgument(nameof(other), Preconditions.Format($"KPI \"{TextInput.ForMessage(kpi.Name)}\" differs between the scorecards ({TextInput.ForMessage(mine.ToString())} against {TextInput.ForMessage(kpi.ToString())}); merge scorecards whose common KPIs agree."));
            }
        }

        return new Scorecard(merged);
    }

    /// <inheritdoc/>
    public bool Equals(Scorecard? other) => other is not null && kpis.SequenceEqual(other.kpis);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Scorecard);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(kpis.Length, Met, Missed);

    /// <summary>Formats the scorecard with the invariant culture.</summary>
    /// <returns>For example <c>5 KPIs: 3 met, 1 missed, 1 without a target</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{kpis.Length} KPIs: {Met} met, {Missed} missed, {Unjudged} without a target or value");
}
