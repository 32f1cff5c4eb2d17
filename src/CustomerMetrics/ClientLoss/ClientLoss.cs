using System;
using System.Collections.Generic;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// The cost of losing a client, customer lifetime value, and the expected loss of a whole client base.
/// </summary>
/// <remarks>
/// <para>The sources' example: a client buys 10 000 a year and buys 2 000 more every year; lost, they
/// take 10 000 + 12 000 + 14 000 + 16 000 + 18 000 = 70 000 of sales over the next 5 years, and at a
/// 20 % net margin 14 000 of profit. "Useful to have the CRM compute this automatically"; finding a
/// new client costs even more. <c>ClientLoss.Calculate(10_000m, 2_000m, 5, 0.2m)</c> gives exactly that.</para>
/// <para>All money is <see cref="decimal"/>. Amounts that would leave the range of <see cref="decimal"/>
/// are reported as an <see cref="ArgumentException"/> naming the year, never as a bare
/// <see cref="OverflowException"/>. All methods are pure and thread-safe.</para>
/// </remarks>
public static class ClientLoss
{
    /// <summary>The longest horizon accepted, in years: it keeps compounding well inside the range of <see cref="decimal"/>.</summary>
    public const int MaxYears = 100;

    /// <summary>
    /// The sources' calculation: linear growth, no discounting, no retention weighting, no replacement cost.
    /// </summary>
    /// <param name="annualPurchases">What the client buys in the first year; non-negative.</param>
    /// <param name="annualIncrease">How much more (negative: less) they buy each following year.</param>
    /// <param name="years">The horizon, 1 to <see cref="MaxYears"/>.</param>
    /// <param name="netMargin">Net profit as a share of sales, in [−1, 1].</param>
    /// <returns>Lost revenue, lost profit and the schedule; e.g. 70 000 and 14 000 for (10 000, 2 000, 5, 0.2).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range (the parameter is named).</exception>
    /// <exception cref="ArgumentException">The amounts would exceed the range of <see cref="decimal"/>.</exception>
    public static ClientLossResult Calculate(decimal annualPurchases, decimal annualIncrease, int years, decimal netMargin)
    {
        CheckPurchases(nameof(annualPurchases), annualPurchases);
        CheckYears(nameof(years), years);
        CheckMargin(nameof(netMargin), netMargin);
        return Calculate(new ClientLossScenario
        {
            AnnualPurchases = annualPurchases,
            AnnualIncrease = annualIncrease,
            Years = years,
            NetMargin = netMargin,
        });
    }

    /// <summary>The cost of losing a client under every convention of <paramref name="scenario"/>, with the year-by-year schedule.</summary>
    /// <param name="scenario">The client's purchases, growth, margin, horizon and the optional discounting, retention and replacement cost.</param>
    /// <returns>The totals and the schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A property is outside its range (the property is named).</exception>
    /// <exception cref="ArgumentException">Both growth kinds are set, or the amounts would exceed the range of <see cref="decimal"/>.</exception>
    public static ClientLossResult Calculate(ClientLossScenario scenario)
    {
        Validate(scenario);
        var schedule = new List<ClientLossYear>(scenario.Years);
        Totals totals = Compute(scenario, schedule);
        return new ClientLossResult(totals.LostRevenue, totals.LostProfit, totals.DiscountedLostProfit, scenario.AcquisitionCost, schedule.AsReadOnly());
    }

    /// <summary>
    /// Customer lifetime value in closed form (Gupta &amp; Lehmann 2003): a margin m a year, kept with
    /// probability r a year and discounted at d, is worth m·r / (1 + d − r) over an infinite horizon,
    /// and m·r / (1 + d − r) × (1 − (r / (1 + d))^T) over T years; that is Σₜ m·rᵗ / (1 + d)ᵗ.
    /// </summary>
    /// <param name="annualMargin">The margin the customer brings each year.</param>
    /// <param name="retention">The yearly retention probability r, in [0, 1].</param>
    /// <param name="discountRate">The yearly discount rate d, greater than −1.</param>
    /// <param name="years">The horizon T (1 to <see cref="MaxYears"/>), or <c>null</c> for an infinite horizon.</param>
    /// <returns>The lifetime value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    /// <exception cref="ArgumentException">The horizon is infinite and r ≥ 1 + d, so the sum diverges; or the value exceeds the range of <see cref="decimal"/>.</exception>
    /// <remarks>
    /// Unlike <see cref="Calculate(ClientLossScenario)"/>, where the first year counts in full
    /// (r^(t − 1)), the closed form applies retention before the first margin (rᵗ): it values a
    /// customer who must still decide to stay, Gupta and Lehmann's convention.
    /// </remarks>
    public static decimal LifetimeValue(decimal annualMargin, double retention, double discountRate, int? years = null)
    {
        CheckRetention(nameof(retention), retention);
        CheckRate(nameof(discountRate), discountRate);
        if (years is { } horizon)
        {
            CheckYears(nameof(years), horizon);
        }

        decimal r = (decimal)retention;
        decimal growth = 1 + ToDecimal(discountRate, nameof(discountRate), "a discount rate");
        decimal denominator = growth - r;
        try
        {
            if (years is null)
            {
                if (denominator <= 0)
                {
                    Preconditions.ThrowArgument(
                        nameof(retention),
                        Preconditions.Format($"With an infinite horizon the value diverges unless retention ({retention}) is below 1 + discountRate ({1 + discountRate}); give a number of years."));
                }

                return annualMargin * r / denominator;
            }

            decimal ratio = r / growth;
            if (denominator == 0)
            {
                return annualMargin * years.Value; // r = 1 + d: every term is m.
            }

            return annualMargin * r / denominator * (1 - Power(ratio, years.Value));
        }
        catch (OverflowException error)
        {
            throw new ArgumentException(
                Preconditions.Format($"The lifetime value exceeds the range of decimal (about 7.9e28): a margin of {annualMargin} a year, divided by 1 + discountRate - retention = {denominator}; check annualMargin, retention and discountRate."),
                nameof(annualMargin),
                error);
        }
    }

    /// <summary>
    /// The expected loss of a client base: each client's total cost of loss weighted by their churn
    /// probability, the totals, and the clients with the largest expected loss. One pass, no schedules.
    /// </summary>
    /// <param name="clients">The clients, each with a scenario and a churn probability in [0, 1].</param>
    /// <param name="top">How many clients at risk to return, largest expected loss first; non-negative. 10 by default.</param>
    /// <param name="firstPosition">The position of the first client in the whole client base, when this is one part of it (a shard, a page); 0 by default.</param>
    /// <returns>The totals and the top clients at risk.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> or <paramref name="firstPosition"/> is negative.</exception>
    /// <exception cref="ArgumentException">A client is invalid or its figures exceed the range of <see cref="decimal"/> (the message names its position and id), or the totals do.</exception>
    public static ClientPortfolioResult Portfolio(ReadOnlySpan<PortfolioClient> clients, int top = 10, long firstPosition = 0)
    {
        Preconditions.CheckNonNegative(nameof(top), top);
        Preconditions.CheckNonNegative(nameof(firstPosition), firstPosition);
        var accumulator = new PortfolioAccumulator(top);
        accumulator.Add(clients, firstPosition, nameof(clients));
        return accumulator.ToResult(nameof(clients));
    }

    /// <summary>The expected loss of a client base given as any sequence, enumerated once.</summary>
    /// <param name="clients">The clients, each with a scenario and a churn probability in [0, 1].</param>
    /// <param name="top">How many clients at risk to return, largest expected loss first; non-negative. 10 by default.</param>
    /// <param name="firstPosition">The position of the first client in the whole client base, when this is one part of it (a shard, a page); 0 by default.</param>
    /// <returns>The totals and the top clients at risk.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clients"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> or <paramref name="firstPosition"/> is negative.</exception>
    /// <exception cref="ArgumentException">A client is invalid or its figures exceed the range of <see cref="decimal"/> (the message names its position and id), or the totals do.</exception>
    public static ClientPortfolioResult Portfolio(IEnumerable<PortfolioClient> clients, int top = 10, long firstPosition = 0)
    {
        Preconditions.CheckNotNull(nameof(clients), clients);
        Preconditions.CheckNonNegative(nameof(top), top);
        Preconditions.CheckNonNegative(nameof(firstPosition), firstPosition);
        var accumulator = new PortfolioAccumulator(top);
        accumulator.Add(clients, firstPosition, nameof(clients));
        return accumulator.ToResult(nameof(clients));
    }

    /// <summary>
    /// Checks a scenario without computing it, as <see cref="Calculate(ClientLossScenario)"/> does first:
    /// useful to validate a client's data when it is entered, before it is stored.
    /// </summary>
    /// <param name="scenario">The scenario to check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A property is outside its range; the property is named as the parameter.</exception>
    /// <exception cref="ArgumentException">Both <see cref="ClientLossScenario.AnnualIncrease"/> and <see cref="ClientLossScenario.AnnualGrowthRate"/> are set.</exception>
    public static void Validate(ClientLossScenario scenario)
    {
        Preconditions.CheckNotNull(nameof(scenario), scenario);
        CheckPurchases(nameof(ClientLossScenario.AnnualPurchases), scenario.AnnualPurchases);
        CheckRate(nameof(ClientLossScenario.AnnualGrowthRate), scenario.AnnualGrowthRate);
        CheckYears(nameof(ClientLossScenario.Years), scenario.Years);
        CheckMargin(nameof(ClientLossScenario.NetMargin), scenario.NetMargin);
        CheckRate(nameof(ClientLossScenario.DiscountRate), scenario.DiscountRate);
        CheckRetention(nameof(ClientLossScenario.RetentionProbability), scenario.RetentionProbability);
        if (scenario.AcquisitionCost < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(ClientLossScenario.AcquisitionCost), scenario.AcquisitionCost, "Acquisition cost should be non-negative.");
        }

        if (scenario.Timing is not (PaymentTiming.EndOfYear or PaymentTiming.StartOfYear))
        {
            Preconditions.ThrowOutOfRange(nameof(ClientLossScenario.Timing), scenario.Timing, "Unknown payment timing.");
        }

        if (scenario.AnnualIncrease != 0 && scenario.AnnualGrowthRate != 0)
        {
            Preconditions.ThrowArgument(
                nameof(ClientLossScenario.AnnualGrowthRate),
                "Set either AnnualIncrease (linear growth) or AnnualGrowthRate (geometric growth), not both.");
        }
    }

    /// <summary>
    /// The year-by-year calculation of a validated scenario. Fills <paramref name="schedule"/> when it is
    /// given; the portfolio passes <c>null</c> and allocates nothing.
    /// </summary>
    /// <remarks>
    /// Year t's weight r^(t − 1) / (1 + d)^t is carried as one product, multiplied each year by
    /// r / (1 + d), so that a retention weight too small for <see cref="decimal"/> and a discount factor
    /// too large for it (r = 0.5, d = −0.5: 0.5^99 × 2^100) do not meet as 0 × ∞; the schedule's two
    /// factors are carried beside it. Amounts that leave the range of <see cref="decimal"/> are an
    /// <see cref="ArgumentException"/> that names the input responsible and the year.
    /// </remarks>
    internal static Totals Compute(ClientLossScenario scenario, List<ClientLossYear>? schedule)
    {
        bool geometric = scenario.AnnualGrowthRate != 0;
        decimal growthFactor = 1 + ToDecimal(scenario.AnnualGrowthRate, nameof(ClientLossScenario.AnnualGrowthRate), "a growth rate");
        decimal retention = (decimal)scenario.RetentionProbability;
        decimal perYear = DiscountPerYear(scenario.DiscountRate);
        decimal retentionWeight = 1;
        decimal discountFactor = scenario.Timing == PaymentTiming.EndOfYear ? perYear : 1;
        decimal weight = discountFactor;
        decimal purchases = scenario.AnnualPurchases;
        decimal lostRevenue = 0;
        decimal cumulative = 0;
        int year = 1;
        int failingYear = 1;
        string stage = nameof(ClientLossScenario.DiscountRate);
        try
        {
            decimal yearOnYear = retention * perYear;
            for (; year <= scenario.Years; year++)
            {
                failingYear = year;
                stage = nameof(ClientLossScenario.AnnualPurchases);
                decimal profit = scenario.NetMargin * purchases;
                lostRevenue += purchases;
                stage = nameof(ClientLossScenario.DiscountRate);
                decimal discounted = profit * weight;
                cumulative += discounted;
                schedule?.Add(new ClientLossYear(year, purchases, profit, retentionWeight, discountFactor, discounted, cumulative));

                if (year < scenario.Years)
                {
                    // Next year's figures: an overflow here is next year's.
                    failingYear = year + 1;

                    // A declining client's purchases stop at zero; geometric decline approaches it by itself.
                    stage = geometric ? nameof(ClientLossScenario.AnnualGrowthRate) : nameof(ClientLossScenario.AnnualIncrease);
                    purchases = geometric ? purchases * growthFactor : Math.Max(0, purchases + scenario.AnnualIncrease);
                    stage = nameof(ClientLossScenario.DiscountRate);
                    retentionWeight *= retention;
                    discountFactor *= perYear;
                    weight *= yearOnYear;
                }
            }
        }
        catch (OverflowException error)
        {
            throw new ArgumentException(ExceedsDecimal(scenario, stage, failingYear), stage, error);
        }

        try
        {
            return new Totals(lostRevenue, scenario.NetMargin * lostRevenue, cumulative);
        }
        catch (OverflowException error)
        {
            throw new ArgumentException(ExceedsDecimal(scenario, nameof(ClientLossScenario.AnnualPurchases), scenario.Years), nameof(ClientLossScenario.AnnualPurchases), error);
        }
    }

    /// <summary>1 / (1 + d) as a decimal: the factor by which each later year is worth less (more, for d &lt; 0).</summary>
    private static decimal DiscountPerYear(double discountRate)
    {
        decimal growth = 1 + ToDecimal(discountRate, nameof(ClientLossScenario.DiscountRate), "a discount rate");
        if (growth == 0)
        {
            Preconditions.ThrowOutOfRange(nameof(ClientLossScenario.DiscountRate), discountRate, "A discount rate this close to -1 makes 1 / (1 + rate) exceed the range of decimal.");
        }

        try
        {
            return 1 / growth;
        }
        catch (OverflowException)
        {
            Preconditions.ThrowOutOfRange(nameof(ClientLossScenario.DiscountRate), discountRate, "A discount rate this close to -1 makes 1 / (1 + rate) exceed the range of decimal.");
            throw;
        }
    }

    /// <summary>A rate, converted for the money arithmetic, or an error naming it when decimal cannot hold it.</summary>
    private static decimal ToDecimal(double value, string paramName, string what)
    {
        if (Math.Abs(value) >= 7.9e28)
        {
            Preconditions.ThrowOutOfRange(paramName, value, Preconditions.Format($"{value} is too large for {what} in decimal money arithmetic (about 7.9e28 at most)."));
        }

        return (decimal)value;
    }

    private static string ExceedsDecimal(ClientLossScenario scenario, string stage, int year)
    {
        string cause = stage switch
        {
            nameof(ClientLossScenario.AnnualGrowthRate) => Preconditions.Format($"purchases of {scenario.AnnualPurchases} growing by {scenario.AnnualGrowthRate} a year"),
            nameof(ClientLossScenario.AnnualIncrease) => Preconditions.Format($"purchases of {scenario.AnnualPurchases} growing by {scenario.AnnualIncrease} a year"),
            nameof(ClientLossScenario.DiscountRate) => Preconditions.Format($"a DiscountRate of {scenario.DiscountRate} (each year weighs 1 / (1 + rate) = {1 / (1 + scenario.DiscountRate):0.####} times the year before) with a RetentionProbability of {scenario.RetentionProbability}"),
            _ => Preconditions.Format($"AnnualPurchases of {scenario.AnnualPurchases} at a NetMargin of {scenario.NetMargin}"),
        };
        return Preconditions.Format($"The figures exceed the range of decimal (about 7.9e28) in year {year} of {scenario.Years}: {cause}. Shorten Years or check {stage}.");
    }

    private static decimal Power(decimal value, int exponent)
    {
        decimal result = 1;
        for (int i = 0; i < exponent; i++)
        {
            result *= value;
        }

        return result;
    }

    private static void CheckPurchases(string paramName, decimal value)
    {
        if (value < 0)
        {
            Preconditions.ThrowOutOfRange(paramName, value, "Purchases should be non-negative.");
        }
    }

    private static void CheckYears(string paramName, int value)
    {
        if (value is < 1 or > MaxYears)
        {
            Preconditions.ThrowOutOfRange(paramName, value, Preconditions.Format($"The horizon should be from 1 to {MaxYears} years."));
        }
    }

    private static void CheckMargin(string paramName, decimal value)
    {
        if (value is < -1 or > 1)
        {
            Preconditions.ThrowOutOfRange(paramName, value, "Net margin should be a share of sales in [-1, 1], for example 0.2 for 20 %.");
        }
    }

    private static void CheckRate(string paramName, double value)
    {
        if (!(value > -1) || !double.IsFinite(value))
        {
            Preconditions.ThrowOutOfRange(paramName, value, "Rate should be a finite number greater than -1, for example 0.1 for 10 % a year.");
        }
    }

    private static void CheckRetention(string paramName, double value) =>
        Preconditions.CheckUnitInterval(paramName, value, "Retention probability should be in [0, 1].");

    /// <summary>The three sums of one scenario.</summary>
    internal readonly record struct Totals(decimal LostRevenue, decimal LostProfit, decimal DiscountedLostProfit);
}
