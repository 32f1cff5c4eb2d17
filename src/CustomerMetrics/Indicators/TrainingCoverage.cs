using System;

namespace CustomerMetrics;

/// <summary>Training coverage: the share of staff trained in customer orientation, against a target.</summary>
/// <remarks>The sources set the target at 100 %: everyone who meets clients is trained. Pure and thread-safe.</remarks>
public static class TrainingCoverage
{
    /// <summary>The share of staff trained and how far it is from the target.</summary>
    /// <param name="staff">Staff who should be trained.</param>
    /// <param name="trained">Of them, those trained (at most <paramref name="staff"/>).</param>
    /// <param name="target">The target share in [0, 1]; 1 (100 %) by default.</param>
    /// <returns>The coverage against its target.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, <paramref name="trained"/> exceeds <paramref name="staff"/>, or the target is not in [0, 1].</exception>
    public static CoverageResult Calculate(long staff, long trained, double target = 1) =>
        new(Proportion.Of(trained, staff, nameof(trained), nameof(staff)), target);
}
