using System;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// The same CSAT measure for internal customers (other departments) and external ones, side by side, and
/// their gap (source 004, "the internal customer").
/// </summary>
/// <remarks>
/// <see cref="Gap"/> = Internal.Csat − External.Csat: negative when colleagues are served worse than
/// clients. <see cref="Comparison"/> tests it as two independent shares of satisfied answers.
/// Immutable and thread-safe. Created by <see cref="Satisfaction.CompareInternalExternal"/>.
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SatisfactionGapJsonConverter))]
#endif
public sealed record SatisfactionGap
{
    /// <summary>Puts two satisfaction results side by side.</summary>
    /// <param name="internal">The internal customers' result.</param>
    /// <param name="external">The external customers' result, on the same scale.</param>
    /// <param name="level">Confidence level of the comparison, in (0, 1).</param>
    /// <exception cref="ArgumentNullException">A result is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The scales differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level is not in (0, 1).</exception>
    public SatisfactionGap(SatisfactionResult @internal, SatisfactionResult external, double level = 0.95)
    {
        Preconditions.CheckNotNull(nameof(@internal), @internal);
        Preconditions.CheckNotNull(nameof(external), external);
        Preconditions.CheckConfidenceLevel(nameof(level), level);
        if (@internal.ScaleMax != external.ScaleMax)
        {
            Preconditions.ThrowArgument(nameof(external), Preconditions.Format($"Internal ratings are on a 1..{@internal.ScaleMax} scale, external ones on 1..{external.ScaleMax}; compare them on one scale."));
        }

        Internal = @internal;
        External = external;
        Level = level;
    }

    /// <summary>Satisfaction of internal customers.</summary>
    public SatisfactionResult Internal { get; }

    /// <summary>Satisfaction of external customers.</summary>
    public SatisfactionResult External { get; }

    /// <summary>The confidence level of <see cref="Comparison"/>.</summary>
    public double Level { get; }

    /// <summary>Internal.Csat − External.Csat, in [−1, 1]; NaN when either has no ratings.</summary>
    public double Gap => Internal.Csat - External.Csat;

    /// <summary>The satisfied shares compared, external as the baseline: its <c>Difference</c> equals <see cref="Gap"/>.</summary>
    public ProportionComparison Comparison => External.Satisfied.CompareWith(Internal.Satisfied, Level);

    /// <summary>Formats the gap with the invariant culture.</summary>
    /// <returns>For example <c>internal CSAT 60 % (N 50), external 80 % (N 200): gap -20 points (p = 0.002)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"internal CSAT {Internal.Csat * 100:0.#} % (N {Internal.Count}), external {External.Csat * 100:0.#} % (N {External.Count}): gap {Gap * 100:+0.#;-0.#;0} points (p = {Comparison.PValue:0.###})");
}
