using System.Globalization;
namespace CustomerMetrics;

/// <summary>
/// What a client is worth over a horizon, and so what losing them costs: their yearly purchases and
/// how those grow, the net margin, and optional discounting, retention and replacement cost.
/// </summary>
/// <remarks>
/// <para>Money is <see cref="decimal"/>; rates (<see cref="AnnualGrowthRate"/>, <see cref="DiscountRate"/>,
/// <see cref="RetentionProbability"/>) are <see cref="double"/> and enter the money arithmetic as
/// <see cref="decimal"/> (15 significant digits, so 0.1 is exactly 0.1).</para>
/// <para>Growth is linear (<see cref="AnnualIncrease"/>, a fixed amount a year, may be negative) or
/// geometric (<see cref="AnnualGrowthRate"/>, a rate a year): setting both is an error. A declining
/// client's purchases stop at zero; they never turn negative.</para>
/// <para>Defaults: every amount and rate 0, <see cref="RetentionProbability"/> 1 (the client would
/// certainly have stayed), <see cref="Timing"/> <see cref="PaymentTiming.EndOfYear"/>. The values are
/// checked by <see cref="ClientLoss.Calculate(ClientLossScenario)"/>. Immutable and thread-safe.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ClientLossScenarioJsonConverter))]
#endif
public sealed record ClientLossScenario
{
    /// <summary>What the client buys in the first year of the horizon; non-negative.</summary>
    public decimal AnnualPurchases { get; init; }

    /// <summary>Linear growth: how much more (or, negative, less) the client buys each year than the year before.</summary>
    public decimal AnnualIncrease { get; init; }

    /// <summary>Geometric growth: purchases are multiplied by (1 + rate) each year; greater than −1.</summary>
    public double AnnualGrowthRate { get; init; }

    /// <summary>The horizon in years, 1 to <see cref="ClientLoss.MaxYears"/>.</summary>
    public int Years { get; init; }

    /// <summary>Net profit as a share of sales, in [−1, 1]; the sources' example uses 0.2.</summary>
    public decimal NetMargin { get; init; }

    /// <summary>Yearly discount rate d for the present value; greater than −1; 0 means no discounting.</summary>
    public double DiscountRate { get; init; }

    /// <summary>
    /// Probability r, in [0, 1], that the client would have stayed another year had they not been lost;
    /// year t is weighted by r^(t − 1). 1 (the default) counts every year in full.
    /// </summary>
    public double RetentionProbability { get; init; } = 1;

    /// <summary>What finding a replacement client costs, added to the total; non-negative.</summary>
    public decimal AcquisitionCost { get; init; }

    /// <summary>Whether each year's amount is discounted as paid at the end (default) or the start of the year.</summary>
    public PaymentTiming Timing { get; init; }

    /// <summary>Formats the scenario with the invariant culture, naming only what differs from the defaults.</summary>
    /// <returns>For example <c>buys 10000 a year, +2000 a year, over 5 years, net margin 0.2</c>.</returns>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"buys {AnnualPurchases} a year");
        if (AnnualIncrease != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {AnnualIncrease:+0.############################;-0.############################} a year");
        }

        if (AnnualGrowthRate != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", growing by a rate of {AnnualGrowthRate} a year");
        }

        text.Append(CultureInfo.InvariantCulture, $", over {Years} years, net margin {NetMargin}");
        if (DiscountRate != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", discounted at {DiscountRate} ({(Timing == PaymentTiming.EndOfYear ? "end" : "start")} of year)");
        }

        if (RetentionProbability != 1)
        {
            text.Append(CultureInfo.InvariantCulture, $", retention {RetentionProbability}");
        }

        if (AcquisitionCost != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", acquisition cost {AcquisitionCost}");
        }

        return text.ToString();
    }
}
