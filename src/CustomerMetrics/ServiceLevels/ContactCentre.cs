using System;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// A contact centre's service level (the share of contacts answered within a target time, e.g. 80 %
/// in 20 seconds), with the treatment of abandoned contacts made explicit.
/// </summary>
/// <remarks>
/// The formulas differ only in what they do with abandoned contacts (see <see cref="ServiceLevelFormula"/>);
/// the same interval can read 89 % under one and 80 % under another, so a report must say which it uses.
/// A short-abandon threshold (e.g. 5 s) removes contacts that hung up almost at once from every formula.
/// All methods are pure and thread-safe.
/// </remarks>
public static class ContactCentre
{
    /// <summary>Counts from totals already known.</summary>
    /// <param name="answered">A: contacts answered.</param>
    /// <param name="answeredWithinTarget">Aₜ: answered within the target time; at most <paramref name="answered"/>.</param>
    /// <param name="abandoned">B: contacts abandoned, short abandons excluded.</param>
    /// <param name="abandonedWithinTarget">Bₜ: abandoned within the target time; at most <paramref name="abandoned"/>.</param>
    /// <param name="shortAbandoned">Short abandons, excluded from every formula; 0 by default.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or a within-target count exceeds its total.</exception>
    /// <exception cref="ArgumentException">Answered and abandoned contacts add up to more than <see cref="long.MaxValue"/>.</exception>
    public static ContactCentreCounts Counts(long answered, long answeredWithinTarget, long abandoned, long abandonedWithinTarget, long shortAbandoned = 0)
    {
        Preconditions.CheckNonNegative(nameof(answered), answered);
        Preconditions.CheckNonNegative(nameof(answeredWithinTarget), answeredWithinTarget);
        Preconditions.CheckNonNegative(nameof(abandoned), abandoned);
        Preconditions.CheckNonNegative(nameof(abandonedWithinTarget), abandonedWithinTarget);
        Preconditions.CheckNonNegative(nameof(shortAbandoned), shortAbandoned);
        if (answeredWithinTarget > answered)
        {
            Preconditions.ThrowOutOfRange(nameof(answeredWithinTarget), answeredWithinTarget, Preconditions.Format($"Answered within target ({answeredWithinTarget}) should not exceed answered ({answered})."));
        }

        if (abandonedWithinTarget > abandoned)
        {
            Preconditions.ThrowOutOfRange(nameof(abandonedWithinTarget), abandonedWithinTarget, Preconditions.Format($"Abandoned within target ({abandonedWithinTarget}) should not exceed abandoned ({abandoned})."));
        }

        CountSums.CheckTotal(nameof(abandoned), "answered and abandoned contacts", answered, abandoned);

        return new ContactCentreCounts(answered, answeredWithinTarget, abandoned, abandonedWithinTarget, shortAbandoned);
    }

    /// <summary>
    /// Counts from raw contacts: each contact's waiting time (until answered, or until the caller hung up)
    /// and whether it was abandoned. A wait equal to a threshold counts as within it.
    /// </summary>
    /// <param name="waitTimes">Each contact's wait, in seconds (or any unit the thresholds share); finite and non-negative.</param>
    /// <param name="abandoned">Whether each contact was abandoned, in the same order.</param>
    /// <param name="targetTime">The target answer time T; greater than 0.</param>
    /// <param name="shortAbandonThreshold">Abandons at or below this wait are removed entirely; 0 (the default) removes none.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">The spans have different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A wait is negative, NaN or infinite (its position is named), or a threshold is invalid.</exception>
    public static ContactCentreCounts Classify(ReadOnlySpan<double> waitTimes, ReadOnlySpan<bool> abandoned, double targetTime, double shortAbandonThreshold = 0)
    {
        Preconditions.CheckSameLength(nameof(abandoned), waitTimes.Length, abandoned.Length, nameof(waitTimes));
        Preconditions.CheckPositiveFinite(nameof(targetTime), targetTime, "The target time should be finite and greater than 0.");
        Preconditions.CheckNonNegativeFinite(nameof(shortAbandonThreshold), shortAbandonThreshold, "The short-abandon threshold should be finite and non-negative.");

        long answered = 0, answeredInTarget = 0, lost = 0, lostInTarget = 0, shortLost = 0;
        for (int i = 0; i < waitTimes.Length; i++)
        {
            double wait = waitTimes[i];
            Preconditions.CheckTimeAt(nameof(waitTimes), wait, i, "wait");

            if (!abandoned[i])
            {
                answered++;
                answeredInTarget += wait <= targetTime ? 1 : 0;
            }
            else if (shortAbandonThreshold > 0 && wait <= shortAbandonThreshold)
            {
                shortLost++;
            }
            else
            {
                lost++;
                lostInTarget += wait <= targetTime ? 1 : 0;
            }
        }

        return new ContactCentreCounts(answered, answeredInTarget, lost, lostInTarget, shortLost);
    }
}
