using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// A contact centre's counts for one interval: answered and abandoned contacts, and how many of each
/// within the target answer time. Short abandons (callers who hung up almost at once) are not counted
/// here at all.
/// </summary>
/// <remarks>Mergeable with <c>+</c>. Immutable and thread-safe. Create with <see cref="ContactCentre.Counts"/> or <see cref="ContactCentre.Classify"/>.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ContactCentreCountsJsonConverter))]
#endif
public readonly record struct ContactCentreCounts
{
    internal ContactCentreCounts(long answered, long answeredWithinTarget, long abandoned, long abandonedWithinTarget, long shortAbandoned)
    {
        Answered = answered;
        AnsweredWithinTarget = answeredWithinTarget;
        Abandoned = abandoned;
        AbandonedWithinTarget = abandonedWithinTarget;
        ShortAbandoned = shortAbandoned;
    }

    /// <summary>No contacts: the identity of <c>+</c> (the same as <c>default</c>).</summary>
    public static ContactCentreCounts Empty => default;

    /// <summary>A: contacts answered.</summary>
    public long Answered { get; }

    /// <summary>Aₜ: contacts answered within the target time.</summary>
    public long AnsweredWithinTarget { get; }

    /// <summary>B: contacts abandoned (short abandons excluded).</summary>
    public long Abandoned { get; }

    /// <summary>Bₜ: contacts abandoned within the target time (short abandons excluded).</summary>
    public long AbandonedWithinTarget { get; }

    /// <summary>Contacts abandoned within the short-abandon threshold, removed from every formula.</summary>
    public long ShortAbandoned { get; }

    /// <summary>Contacts offered: A + B (short abandons excluded).</summary>
    public long Offered => Answered + Abandoned;

    /// <summary>Adds two intervals' counts.</summary>
    /// <param name="left">One interval.</param>
    /// <param name="right">Another interval.</param>
    /// <returns>The counts of both.</returns>
    /// <exception cref="System.OverflowException">The contacts offered or the short abandons would number more than <see cref="long.MaxValue"/>.</exception>
    public static ContactCentreCounts operator +(ContactCentreCounts left, ContactCentreCounts right)
    {
        // Answered and abandoned counts are each at most their offered total, so when the totals add up, so do they.
        CountSums.Add(left.Offered, right.Offered, "contacts offered");
        return new(
            left.Answered + right.Answered,
            left.AnsweredWithinTarget + right.AnsweredWithinTarget,
            left.Abandoned + right.Abandoned,
            left.AbandonedWithinTarget + right.AbandonedWithinTarget,
            CountSums.Add(left.ShortAbandoned, right.ShortAbandoned, "short abandons"));
    }

    /// <summary>The friendly twin of the <c>+</c> operator.</summary>
    /// <param name="other">Another interval.</param>
    /// <returns>The counts of both.</returns>
    /// <exception cref="System.OverflowException">The contacts offered or the short abandons would number more than <see cref="long.MaxValue"/>.</exception>
    public ContactCentreCounts Add(ContactCentreCounts other) => this + other;

    /// <summary>The service level under one of the formulas.</summary>
    /// <param name="formula">How abandoned contacts count.</param>
    /// <returns>The service level in [0, 1]; NaN when its denominator is 0.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="formula"/> is not a defined value.</exception>
    public double ServiceLevel(ServiceLevelFormula formula) => formula switch
    {
        ServiceLevelFormula.AbandonsWithinTargetMet => Ratio(AnsweredWithinTarget + AbandonedWithinTarget, Answered + Abandoned),
        ServiceLevelFormula.AbandonsIgnored => Ratio(AnsweredWithinTarget, Answered),
        ServiceLevelFormula.AbandonsFailed => Ratio(AnsweredWithinTarget, Answered + Abandoned),
        ServiceLevelFormula.AbandonsWithinTargetNeutral => Ratio(AnsweredWithinTarget, Answered + Abandoned - AbandonedWithinTarget),
        _ => throw new System.ArgumentOutOfRangeException(nameof(formula), formula, "Unknown service level formula."),
    };

    /// <summary>Formats the counts with the invariant culture.</summary>
    /// <returns>For example <c>answered 180 (160 in target), abandoned 20 (8 in target), short abandons 5</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"answered {Answered} ({AnsweredWithinTarget} in target), abandoned {Abandoned} ({AbandonedWithinTarget} in target), short abandons {ShortAbandoned}");

    // Stryker disable once Conditional : equivalent, a zero denominator has a zero numerator, and 0 / 0 is NaN as well
    private static double Ratio(long numerator, long denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}
