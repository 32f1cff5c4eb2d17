using System;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>A coverage share against its target: staff trained of all staff, against the sources' 100 %.</summary>
/// <remarks>
/// The staff still to train is the smallest number that meets the target: ⌈target × staff⌉ − trained,
/// computed in <see cref="decimal"/> so that 90 % of 10 is 9, not 10 from a binary rounding of 0.9 × 10.
/// <c>default</c> is 0 of 0 against a target of 0. Immutable and thread-safe. Created by <see cref="TrainingCoverage.Calculate"/>.
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.CoverageResultJsonConverter))]
#endif
public readonly record struct CoverageResult
{
    internal CoverageResult(Proportion covered, double target)
    {
        Preconditions.CheckUnitInterval(nameof(target), target, "The target should be a share in [0, 1], for example 1 for 100 %.");
        Covered = covered;
        Target = target;
        Required = (long)Math.Ceiling((decimal)target * covered.Total);
    }

    /// <summary>Those covered (trained) of all (staff).</summary>
    public Proportion Covered { get; }

    /// <summary>The target share in [0, 1].</summary>
    public double Target { get; }

    /// <summary>How many must be covered to meet the target: ⌈Target × Total⌉.</summary>
    public long Required { get; }

    /// <summary>How many more must be covered to meet the target; 0 when it is met.</summary>
    public long Remaining => Math.Max(0, Required - Covered.Count);

    /// <summary>Whether the target is met: Covered.Count ≥ <see cref="Required"/> (with no staff, a target is met).</summary>
    public bool TargetMet => Covered.Count >= Required;

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>45 of 50 (90 %), target 100 %: 5 to go</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Covered}, target {Target * 100:0.##} %: {(TargetMet ? "met" : $"{Remaining} to go")}");
}
