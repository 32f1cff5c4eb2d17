using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Where the <see cref="NpsBand"/> boundaries lie on the −100..100 NPS scale. The sources' reading
/// is <see cref="Default"/>: Average from 30, High from 50.
/// </summary>
/// <remarks>
/// A score equal to a threshold belongs to the higher band (30 is Average, 50 is High). The
/// <c>default</c> value (both thresholds 0) is valid but rarely what is meant; use
/// <see cref="Default"/>. Immutable and thread-safe.
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.NpsBandThresholdsJsonConverter))]
#endif
public readonly record struct NpsBandThresholds
{
    /// <summary>The sources' thresholds: Average from 30, High from 50.</summary>
    public static NpsBandThresholds Default { get; } = new(30, 50);

    /// <summary>Creates thresholds; a score ≥ <paramref name="average"/> is at least Average, ≥ <paramref name="high"/> High.</summary>
    /// <param name="average">Lowest score of the Average band, in [−100, 100].</param>
    /// <param name="high">Lowest score of the High band, in [<paramref name="average"/>, 100].</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A threshold is NaN or outside [−100, 100].</exception>
    /// <exception cref="System.ArgumentException"><paramref name="high"/> is below <paramref name="average"/>.</exception>
    public NpsBandThresholds(double average, double high)
    {
        CheckScale(nameof(average), average);
        CheckScale(nameof(high), high);
        Preconditions.CheckOrdered(nameof(average), average, nameof(high), high);
        Average = average;
        High = high;
    }

    /// <summary>The lowest score that counts as <see cref="NpsBand.Average"/>.</summary>
    public double Average { get; }

    /// <summary>The lowest score that counts as <see cref="NpsBand.High"/>.</summary>
    public double High { get; }

    /// <summary>The band of an NPS value.</summary>
    /// <param name="score">An NPS on the −100..100 scale; NaN (no respondents) gives <see cref="NpsBand.Undefined"/>.</param>
    /// <returns>The band the score falls into.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="score"/> is outside [−100, 100] (an NPS of 1e9 is a bug upstream, not a high score).</exception>
    public NpsBand Classify(double score)
    {
        if (double.IsNaN(score))
        {
            return NpsBand.Undefined;
        }

        CheckScale(nameof(score), score);
        return score >= High ? NpsBand.High
            : score >= Average ? NpsBand.Average
            : NpsBand.Low;
    }

    /// <summary>Formats the thresholds with the invariant culture.</summary>
    /// <returns>For example <c>Average from 30, High from 50</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Average from {Average}, High from {High}");

    private static void CheckScale(string paramName, double value)
    {
        if (!(value >= -100 && value <= 100))
        {
            Preconditions.ThrowOutOfRange(paramName, value, "Value should be an NPS value in [-100, 100].");
        }
    }
}
