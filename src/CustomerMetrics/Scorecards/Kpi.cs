using System;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// One key performance indicator of the customer-orientation scorecard: its value, unit, target, the
/// direction that is better, and the previous period's value.
/// </summary>
/// <remarks>
/// <para>The factories (<see cref="Nps"/>, <see cref="PositiveComments"/>, <see cref="IdeasEffect"/>,
/// <see cref="ServiceLevel"/>, <see cref="Csat"/>, <see cref="AuditIndex"/>) build the KPIs the 14-steps
/// source closes with from the library's results, with its names and units.</para>
/// <para>A value of <see cref="double.NaN"/> means "not measured" (an empty survey): its target is neither
/// met nor missed and its movement is unknown. Immutable and thread-safe.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.KpiJsonConverter))]
#endif
public sealed record Kpi
{
    /// <summary>Creates a KPI.</summary>
    /// <param name="name">Its name; not blank, trimmed; a scorecard holds each name once (compared ordinally).</param>
    /// <param name="value">Its value this period; NaN when not measured, never infinite.</param>
    /// <param name="unit">Its unit, such as <c>points</c>, <c>%</c>, <c>RUB</c>; may be empty.</param>
    /// <param name="target">Its target, finite; <c>null</c> when it has none.</param>
    /// <param name="higherIsBetter">Whether a higher value is better (NPS) or a lower one (complaints, response time).</param>
    /// <param name="previous">Its value in the previous period; <c>null</c> or NaN when unknown, never infinite.</param>
    /// <exception cref="ArgumentNullException">The name or unit is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is infinite, or the target is NaN.</exception>
    public Kpi(string name, double value, string unit, double? target = null, bool higherIsBetter = true, double? previous = null)
    {
        Name = Preconditions.CheckNotBlank(nameof(name), name, "A KPI needs a name.");
        Preconditions.CheckNotNull(nameof(unit), unit);

        if (double.IsInfinity(value))
        {
            Preconditions.ThrowOutOfRange(nameof(value), value, Preconditions.Format($"The value of KPI \"{TextInput.ForMessage(Name)}\" is infinite; use NaN for a value not measured."));
        }

        if (target is double t)
        {
            Preconditions.CheckFinite(nameof(target), t);
        }

        if (previous is double p && double.IsInfinity(p))
        {
            Preconditions.ThrowOutOfRange(nameof(previous), p, Preconditions.Format($"The previous value of KPI \"{TextInput.ForMessage(Name)}\" is infinite."));
        }

        Value = value;
        Unit = unit.Trim();
        Target = target;
        HigherIsBetter = higherIsBetter;
        Previous = previous is double known && !double.IsNaN(known) ? known : null;
    }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>Its value this period; NaN when not measured.</summary>
    public double Value { get; }

    /// <summary>Its unit.</summary>
    public string Unit { get; }

    /// <summary>Its target, or <c>null</c>.</summary>
    public double? Target { get; }

    /// <summary>Whether a higher value is better.</summary>
    public bool HigherIsBetter { get; }

    /// <summary>Its value in the previous period, or <c>null</c>.</summary>
    public double? Previous { get; }

    /// <summary>Whether the target is met (reached or beaten in the better direction); <c>null</c> without a target or a value.</summary>
    public bool? TargetMet => Target is double target && !double.IsNaN(Value) ? (HigherIsBetter ? Value >= target : Value <= target) : null;

    /// <summary>Value − Previous; <c>null</c> without a previous value or a value.</summary>
    public double? Change => Previous is double previous && !double.IsNaN(Value) ? Value - previous : null;

    /// <summary>How the KPI moved since the previous period, in its better direction.</summary>
    public KpiMovement Movement => Change switch
    {
        null => KpiMovement.Unknown,
        0 => KpiMovement.Unchanged,
        double change => (change > 0) == HigherIsBetter ? KpiMovement.Improved : KpiMovement.Worsened,
    };

    /// <summary>The loyalty index: NPS in points, higher is better.</summary>
    /// <param name="current">This period's NPS.</param>
    /// <param name="target">The target score in points, or <c>null</c>.</param>
    /// <param name="previous">The previous period's NPS, or <c>null</c>.</param>
    /// <returns>The KPI "Loyalty index (NPS)".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The target is not finite.</exception>
    public static Kpi Nps(NpsResult current, double? target = null, NpsResult? previous = null) =>
        new("Loyalty index (NPS)", current.Score, "points", target, higherIsBetter: true, previous?.Score);

    /// <summary>The dynamics of positive comments: this period's count, with the previous one.</summary>
    /// <param name="change">The counts of both periods.</param>
    /// <param name="target">The target count, or <c>null</c>.</param>
    /// <returns>The KPI "Positive comments".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The target is not finite.</exception>
    public static Kpi PositiveComments(CountChange change, double? target = null) =>
        new("Positive comments", change.Current, "comments", target, higherIsBetter: true, change.Previous);

    /// <summary>The economic effect of implemented ideas in a period (the scorecard shows it as a double; the exact sum stays in <see cref="IdeaQuarter.TotalEffect"/>).</summary>
    /// <param name="effect">This period's total effect.</param>
    /// <param name="currency">The currency, such as <c>RUB</c> or <c>EUR</c>.</param>
    /// <param name="target">The target effect, or <c>null</c>.</param>
    /// <param name="previous">The previous period's effect, or <c>null</c>.</param>
    /// <returns>The KPI "Economic effect of ideas".</returns>
    /// <exception cref="ArgumentNullException">The currency is <c>null</c>.</exception>
    public static Kpi IdeasEffect(decimal effect, string currency, decimal? target = null, decimal? previous = null) =>
        new("Economic effect of ideas", (double)effect, currency, (double?)target, higherIsBetter: true, (double?)previous);

    /// <summary>The quality of service as SLA compliance in percent.</summary>
    /// <param name="current">This period's SLA result.</param>
    /// <param name="target">The target in percent (99.7 for 99.7 %), or <c>null</c>.</param>
    /// <param name="previous">The previous period's result, or <c>null</c>.</param>
    /// <returns>The KPI "Service level (SLA)".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The target is not finite.</exception>
    public static Kpi ServiceLevel(SlaResult current, double? target = null, SlaResult? previous = null) =>
        new("Service level (SLA)", current.Rate * 100, "%", target, higherIsBetter: true, previous?.Rate * 100);

    /// <summary>The quality of service as CSAT (top-2-box share) in percent.</summary>
    /// <param name="current">This period's satisfaction result.</param>
    /// <param name="target">The target in percent, or <c>null</c>.</param>
    /// <param name="previous">The previous period's result, or <c>null</c>.</param>
    /// <returns>The KPI "Customer satisfaction (CSAT)".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target is not finite.</exception>
    public static Kpi Csat(SatisfactionResult current, double? target = null, SatisfactionResult? previous = null) =>
        new("Customer satisfaction (CSAT)", Preconditions.CheckNotNull(nameof(current), current).Csat * 100, "%", target, higherIsBetter: true, previous?.Csat * 100);

    /// <summary>The audit (mystery shopping) index in percent.</summary>
    /// <param name="current">This period's audit result.</param>
    /// <param name="target">The target in percent, or <c>null</c>.</param>
    /// <param name="previous">The previous period's result, or <c>null</c>.</param>
    /// <returns>The KPI "Audit index".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target is not finite.</exception>
    public static Kpi AuditIndex(AuditResult current, double? target = null, AuditResult? previous = null) =>
        new("Audit index", Preconditions.CheckNotNull(nameof(current), current).Percent, "%", target, higherIsBetter: true, previous?.Percent);

    /// <summary>Formats the KPI with the invariant culture.</summary>
    /// <returns>For example <c>Loyalty index (NPS): 42 points (target 50, missed; was 35, improved)</c>, or <c>…: not measured (target 50)</c>.</returns>
    public override string ToString()
    {
        string value = double.IsNaN(Value) ? "not measured" : string.Create(CultureInfo.InvariantCulture, $"{Value:0.##}") + (Unit.Length == 0 ? string.Empty : " " + Unit);
        string target = Target is double t
            ? string.Create(CultureInfo.InvariantCulture, $"target {t:0.##}") + (TargetMet is bool met ? (met ? ", met" : ", missed") : string.Empty)
            : "no target";
        string previous = Previous is double p ? string.Create(CultureInfo.InvariantCulture, $"; was {p:0.##}, {Movement.ToString().ToLowerInvariant()}") : string.Empty;
        return $"{Name}: {value} ({target}{previous})";
    }
}
