using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Sums a portfolio in one pass and keeps the top clients at risk in a bounded heap: linear in the
/// clients, O(top) memory, and no decimal arithmetic per year.
/// </summary>
/// <remarks>
/// <para>The lost revenue is each client's <see cref="ClientLossResult.LostRevenue"/>: for linear growth
/// from its closed form (the years with purchases above zero, m, give m·P + I·m(m − 1)/2), in whole
/// cents when the amounts have at most two decimals, exactly; otherwise in decimal, year by year as
/// <see cref="ClientLoss.Calculate(ClientLossScenario)"/> computes it.</para>
/// <para>The discounted profit and the churn-weighted figures are summed in double precision (their
/// rates are doubles). Only a client whose expected loss can enter the top gets decimal figures, and the
/// top is ranked by those, exactly as <see cref="ClientPortfolioResult"/>'s merge ranks them.</para>
/// </remarks>
internal sealed class PortfolioAccumulator
{
    private readonly int top;
    private readonly TopN<Candidate> atRisk;
    private long clients;
    private long revenueCents;
    private decimal revenueDecimal;
    private long acquisitionCents;
    private decimal acquisitionDecimal;
    private double discountedSum;
    private double expectedRevenueSum;
    private double expectedLossSum;

    // The weakest kept client's expected loss as a double: a client below it cannot enter the top.
    private double entryThreshold = double.NegativeInfinity;

    // The rates as the decimal path sees them (their 15 significant digits), converted once per value:
    // most clients share their rates, so this costs a comparison per client.
    private readonly RateAsDecimalSees discountRate = new();
    private readonly RateAsDecimalSees retention = new();
    private readonly RateAsDecimalSees growthRate = new();
    private readonly LinearSeries linearSeries = new();

    internal PortfolioAccumulator(int top)
    {
        this.top = top;
        atRisk = new TopN<Candidate>(top, CandidateOrder.Instance);
    }

    /// <summary>Adds clients given as a span; the first is at <paramref name="firstPosition"/> of the whole client base.</summary>
    internal void Add(ReadOnlySpan<PortfolioClient> clients, long firstPosition, string paramName)
    {
        // The handler is outside the method with the loop, which has no protected region and keeps no position of
        // its own: clients are counted once added, so the count tells which one overflowed.
        long before = this.clients;
        try
        {
            AddEach(clients, firstPosition, paramName);
        }
        catch (OverflowException error)
        {
            int failed = (int)(this.clients - before);
            throw Exceeds(firstPosition + failed, clients[failed].Id, paramName, error);
        }
    }

    /// <summary>Adds clients given as any sequence, enumerated once.</summary>
    internal void Add(IEnumerable<PortfolioClient> clients, long firstPosition, string paramName)
    {
        string? id = null;
        long position = firstPosition;
        try
        {
            foreach (PortfolioClient client in clients)
            {
                id = client.Id;
                Add(client, position, paramName);
                position++;
            }
        }
        catch (OverflowException error)
        {
            throw Exceeds(position, id, paramName, error);
        }
    }

    /// <summary>The totals and the top clients; an <see cref="ArgumentException"/> when a total exceeds <see cref="decimal"/>.</summary>
    internal ClientPortfolioResult ToResult(string paramName)
    {
        try
        {
            return ToResult();
        }
        catch (OverflowException error)
        {
            throw new ArgumentException("The portfolio totals exceed the range of decimal (about 7.9e28).", paramName, error);
        }
    }

    private void AddEach(ReadOnlySpan<PortfolioClient> clients, long firstPosition, string paramName)
    {
        for (int i = 0; i < clients.Length; i++)
        {
            Add(clients[i], firstPosition + i, paramName);
        }
    }

    /// <summary>
    /// Adds one client. Figures beyond <see cref="decimal"/> (or a double's range) throw <see cref="OverflowException"/>,
    /// which the loops turn into an <see cref="ArgumentException"/> naming the client.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into the loop: as a call it cost 13 % of the portfolio's time
    private void Add(PortfolioClient client, long position, string paramName)
    {
        ClientLossScenario? scenario = client.Scenario;
        if (client.Id is null || scenario is null || !ScenarioParts.TryRead(scenario, client.ChurnProbability, out ScenarioParts parts))
        {
            // Anything unusual (or wrong) goes through the full checks, which name the problem.
            scenario = Validate(client, position, paramName);
            parts = ScenarioParts.Read(scenario);
        }

        double revenue;
        double discounted;
        double perYear = discountRate.PerYear(scenario.DiscountRate);
        double stays = retention.Value(scenario.RetentionProbability);
        if (parts.InCents && scenario.AnnualGrowthRate == 0)
        {
            int paying = PayingYears(parts.PurchasesCents, parts.IncreaseCents, scenario.Years);
            revenue = AddRevenueCents(LinearRevenueCents(parts.PurchasesCents, parts.IncreaseCents, paying));
            discounted = linearSeries.TrySum(scenario, parts, perYear, stays, paying, out double sum) ? sum : Discounted(scenario, parts, perYear, stays, 0);
        }
        else
        {
            revenue = AddRevenue(scenario, parts);
            discounted = Discounted(scenario, parts, perYear, stays, growthRate.Value(scenario.AnnualGrowthRate));
        }

        AddAcquisition(scenario.AcquisitionCost, parts);
        double cost = discounted + parts.Acquisition;
        double expected = client.ChurnProbability * cost;
        discountedSum += discounted;
        expectedRevenueSum += client.ChurnProbability * revenue;
        expectedLossSum += expected;

        // Decimal figures only for a client that can enter the top: a double below the weakest kept one's
        // converts to a decimal at most equal to its decimal, and then loses the tie on position.
        if (top > 0 && expected >= entryThreshold)
        {
            decimal totalCost = ToMoney(discounted) + scenario.AcquisitionCost;
            atRisk.Offer(new Candidate(new ClientAtRisk(client.Id!, position, client.ChurnProbability, totalCost, ToMoney(expected)), expected));
            if (atRisk.TryPeekWeakest(out Candidate weakest))
            {
                entryThreshold = weakest.Expected;
            }
        }

        clients++; // last: a client whose figures overflow is not counted
    }

    private ClientPortfolioResult ToResult()
    {
        decimal lostRevenue = revenueDecimal + (revenueCents / 100m);
        decimal acquisition = acquisitionDecimal + (acquisitionCents / 100m);
        return ClientPortfolioResult.Create(
            clients,
            lostRevenue,
            ToMoney(discountedSum) + acquisition,
            ToMoney(expectedRevenueSum),
            ToMoney(expectedLossSum),
            top,
            Array.ConvertAll(atRisk.ToArray(), candidate => candidate.Client));
    }

    /// <summary>
    /// Σ_t profit_t × r^(t − 1) / (1 + d)^t (exponent t − 1 at the start of the year), in doubles: the
    /// weights multiply by r / (1 + d) each year, as in <see cref="ClientLoss.Compute"/>.
    /// </summary>
    internal static double Discounted(ClientLossScenario scenario, ScenarioParts parts, double perYear, double retention, double growthRate)
    {
        double yearOnYear = retention * perYear;
        double weight = scenario.Timing == PaymentTiming.EndOfYear ? perYear : 1;
        double purchases = parts.Purchases;
        double sum = 0;
        if (growthRate != 0)
        {
            double growth = 1 + growthRate;
            for (int year = 1; year <= scenario.Years; year++)
            {
                sum += purchases * weight;
                purchases *= growth;
                weight *= yearOnYear;
            }
        }
        else
        {
            double increase = parts.Increase;
            for (int year = 1; year <= scenario.Years; year++)
            {
                sum += purchases * weight;
                purchases = Math.Max(0, purchases + increase);
                weight *= yearOnYear;
            }
        }

        return parts.Margin * sum;
    }

    /// <summary>Adds the exact lost revenue of a client whose amounts are not all in cents, or who grows geometrically, in decimal; returns it as a double (for the churn-weighted sum).</summary>
    private double AddRevenue(ClientLossScenario scenario, ScenarioParts parts)
    {
        if (scenario.AnnualGrowthRate != 0)
        {
            decimal geometric = GeometricRevenue(scenario);
            revenueDecimal += geometric;
            return (double)geometric;
        }

        decimal linear = LinearRevenue(scenario.AnnualPurchases, scenario.AnnualIncrease, scenario.Years);
        revenueDecimal += linear;
        return (double)linear;
    }

    /// <summary>Adds a client's lost revenue in cents (at most 2^40 a year over at most 100 years: below 2^54) and returns it as a double.</summary>
    private double AddRevenueCents(long cents)
    {
        if (revenueCents > long.MaxValue - cents)
        {
            revenueDecimal += revenueCents / 100m;
            revenueCents = 0;
        }

        revenueCents += cents;
        return cents / 100.0;
    }

    private void AddAcquisition(decimal cost, ScenarioParts parts)
    {
        if (parts.InCents && acquisitionCents <= long.MaxValue - parts.AcquisitionCents)
        {
            acquisitionCents += parts.AcquisitionCents;
        }
        else
        {
            acquisitionDecimal += cost;
        }
    }

    /// <summary>
    /// The years with purchases above zero under linear growth: once a declining client's purchases reach zero
    /// they stay there, so only the first m of the <paramref name="years"/> count.
    /// </summary>
    private static int PayingYears(long purchases, long increase, int years)
    {
        if (increase < 0 && purchases > 0)
        {
            // Years with P + (t − 1)·I > 0: t − 1 < P / |I|.
            return (int)Math.Min(years, ((purchases - 1) / -increase) + 1);
        }

        return purchases == 0 && increase <= 0 ? 0 : years;
    }

    /// <summary>Σ (P + (t − 1)·I) for t = 1..m in cents, m the paying years: m·P + I·m(m − 1)/2.</summary>
    private static long LinearRevenueCents(long purchases, long increase, long paying) =>
        (paying * purchases) + (increase * (paying * (paying - 1) / 2));

    /// <summary>The same sum in decimal, for amounts with more than two decimals.</summary>
    private static decimal LinearRevenue(decimal purchases, decimal increase, int years)
    {
        decimal sum = 0;
        for (int year = 1; year <= years; year++)
        {
            sum += purchases;
            purchases = Math.Max(0, purchases + increase);
        }

        return sum;
    }

    /// <summary>Purchases compounding by (1 + g) a year in decimal, exactly as <see cref="ClientLoss.Calculate(ClientLossScenario)"/> computes them.</summary>
    private static decimal GeometricRevenue(ClientLossScenario scenario)
    {
        decimal growth = 1 + (decimal)scenario.AnnualGrowthRate; // as ClientLoss.Compute: the rate's 15 digits, then 1 +
        decimal purchases = scenario.AnnualPurchases;
        decimal sum = 0;
        for (int year = 1; year <= scenario.Years; year++)
        {
            sum += purchases;
            if (year < scenario.Years)
            {
                purchases *= growth;
            }
        }

        return sum;
    }

    /// <summary>The full checks, with the client's position and id in the message; returns the valid scenario.</summary>
    private static ClientLossScenario Validate(PortfolioClient client, long position, string paramName)
    {
        try
        {
            if (client.Id is null)
            {
                Preconditions.ThrowArgument(nameof(PortfolioClient.Id), "The client id should not be null.");
            }

            Preconditions.CheckUnitInterval(nameof(PortfolioClient.ChurnProbability), client.ChurnProbability, "Churn probability should be in [0, 1].");
            ClientLoss.Validate(client.Scenario);
            return client.Scenario;
        }
        catch (ArgumentException error)
        {
            throw new ArgumentException(Preconditions.Format($"Client at position {position} ('{TextInput.ForMessage(client.Id)}'): {error.Message}"), paramName, error);
        }
    }

    private static ArgumentException Exceeds(long position, string? id, string paramName, OverflowException error) =>
        new(Preconditions.Format($"The portfolio's figures exceed the range of decimal (about 7.9e28) at client {position} ('{TextInput.ForMessage(id)}')."), paramName, error);

    private static decimal ToMoney(double amount) =>
        Math.Abs(amount) < 7.9e28 ? (decimal)amount : throw new OverflowException("A portfolio figure exceeds the range of decimal.");

    /// <summary>
    /// A rate as <see cref="ClientLoss.Calculate(ClientLossScenario)"/> uses it — converted to decimal, so to 15
    /// significant digits — back in double, remembered for the last value seen.
    /// </summary>
    private sealed class RateAsDecimalSees
    {
        private double last = double.NaN;
        private double value;
        private double perYear;

        internal double Value(double rate)
        {
            Remember(rate);
            return value;
        }

        /// <summary>1 / (1 + rate), for a discount rate.</summary>
        internal double PerYear(double rate)
        {
            Remember(rate);
            return perYear;
        }

        private void Remember(double rate)
        {
            if (rate.Equals(last))
            {
                return;
            }

            last = rate;
            value = Math.Abs(rate) < 7.9e28 ? (double)(decimal)rate : rate;
            perYear = 1 / (1 + value);
        }
    }

    /// <summary>
    /// The discounted profit of linear growth without a loop over the years:
    /// Σ_{j&lt;m} (P + j·I)·q^j = P·A(m) + I·B(m), with A(m) = Σ_{j&lt;m} q^j and B(m) = Σ_{j&lt;m} j·q^j kept in tables
    /// for the last year-on-year factor q seen (most clients share their rates). A client's horizon costs a
    /// lookup instead of a loop whose length the branch predictor cannot guess.
    /// </summary>
    private sealed class LinearSeries
    {
        private readonly double[] powers = new double[ClientLoss.MaxYears + 1];
        private readonly double[] weighted = new double[ClientLoss.MaxYears + 1];
        private double factor = double.NaN;
        private double power;
        private int built;

        /// <summary>
        /// The client's discounted profit over its <paramref name="paying"/> years, or <c>false</c> when purchases
        /// fall while the weights grow (q &gt; 1): P·A and I·B would then cancel, and the year-by-year sum is used.
        /// With q ≤ 1, or purchases that do not fall, every term is positive and the two sums do not cancel.
        /// </summary>
        internal bool TrySum(ClientLossScenario scenario, ScenarioParts parts, double perYear, double retention, int paying, out double discounted)
        {
            double q = retention * perYear;
            if (parts.Increase < 0 && !(q <= 1))
            {
                discounted = 0;
                return false;
            }

            if (!q.Equals(factor))
            {
                factor = q;
                power = 1;
                built = 0;
            }

            for (; built < paying; built++)
            {
                powers[built + 1] = powers[built] + power;
                weighted[built + 1] = weighted[built] + (built * power);
                power *= q;
            }

            // A zero amount contributes nothing, even where a table entry has overflowed to infinity.
            double sum = (parts.Purchases == 0 ? 0 : parts.Purchases * powers[paying]) + (parts.Increase == 0 ? 0 : parts.Increase * weighted[paying]);
            double first = scenario.Timing == PaymentTiming.EndOfYear ? perYear : 1;
            discounted = parts.Margin * (first * sum);
            return true;
        }
    }

    /// <summary>A client at risk with its expected loss as the double it was computed as.</summary>
    private readonly record struct Candidate(ClientAtRisk Client, double Expected);

    /// <summary>Ranks candidates as <see cref="ClientPortfolioResult.RiskOrder"/> ranks their clients (by the decimal figures).</summary>
    private sealed class CandidateOrder : System.Collections.Generic.IComparer<Candidate>
    {
        internal static readonly CandidateOrder Instance = new();

        public int Compare(Candidate x, Candidate y) => ClientPortfolioResult.RiskOrder.Instance.Compare(x.Client, y.Client);
    }

    /// <summary>A scenario's amounts read once: as doubles for the discounting, and in cents when they have at most two decimals.</summary>
    internal readonly struct ScenarioParts
    {
        private static readonly long[] LongPowers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000];
        private static readonly double[] InversePowers = [1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18];

        private ScenarioParts(double purchases, double increase, double margin, double acquisition, long purchasesCents, long increaseCents, long acquisitionCents, bool inCents)
        {
            Purchases = purchases;
            Increase = increase;
            Margin = margin;
            Acquisition = acquisition;
            PurchasesCents = purchasesCents;
            IncreaseCents = increaseCents;
            AcquisitionCents = acquisitionCents;
            InCents = inCents;
        }

        internal double Purchases { get; }

        internal double Increase { get; }

        internal double Margin { get; }

        internal double Acquisition { get; }

        /// <summary>Whether the three amounts are whole cents below 2^40 (then the Cents properties hold them).</summary>
        internal bool InCents { get; }

        internal long PurchasesCents { get; }

        internal long IncreaseCents { get; }

        internal long AcquisitionCents { get; }

        /// <summary>
        /// Reads a scenario whose amounts are small decimals and checks it as <see cref="ClientLoss.Validate"/>
        /// does, from the integers: <c>false</c> sends the client through the full checks.
        /// </summary>
        internal static bool TryRead(ClientLossScenario scenario, double churn, out ScenarioParts parts)
        {
            parts = default;
            if (!DecimalParts.TryGetSmall(scenario.AnnualPurchases, out long purchases, out int purchasesScale)
                || !DecimalParts.TryGetSmall(scenario.AnnualIncrease, out long increase, out int increaseScale)
                || !DecimalParts.TryGetSmall(scenario.NetMargin, out long margin, out int marginScale)
                || !DecimalParts.TryGetSmall(scenario.AcquisitionCost, out long acquisition, out int acquisitionScale)
                || (marginScale | purchasesScale | increaseScale | acquisitionScale) >= LongPowers.Length)
            {
                return false;
            }

            long one = LongPowers[marginScale];
            bool valid = purchases >= 0 && acquisition >= 0 && margin >= -one && margin <= one
                && scenario.Years is >= 1 and <= ClientLoss.MaxYears
                && scenario.AnnualGrowthRate > -1 && scenario.AnnualGrowthRate <= double.MaxValue
                && scenario.DiscountRate > -1 && scenario.DiscountRate <= double.MaxValue
                && scenario.RetentionProbability >= 0 && scenario.RetentionProbability <= 1
                && churn >= 0 && churn <= 1
                && scenario.Timing is PaymentTiming.EndOfYear or PaymentTiming.StartOfYear
                && (increase == 0 || scenario.AnnualGrowthRate == 0);
            if (!valid)
            {
                return false;
            }

            const long Limit = 1L << 40;
            bool inCents = (purchasesScale | increaseScale | acquisitionScale) <= 2
                && purchases < Limit && Math.Abs(increase) < Limit && acquisition < Limit;
            parts = new ScenarioParts(
                purchases * InversePowers[purchasesScale],
                increase * InversePowers[increaseScale],
                margin * InversePowers[marginScale],
                acquisition * InversePowers[acquisitionScale],
                inCents ? purchases * LongPowers[2 - purchasesScale] : 0,
                inCents ? increase * LongPowers[2 - increaseScale] : 0,
                inCents ? acquisition * LongPowers[2 - acquisitionScale] : 0,
                inCents);
            return true;
        }

        /// <summary>Reads a scenario already validated, whatever its amounts (never in cents: the decimal path is exact for any).</summary>
        internal static ScenarioParts Read(ClientLossScenario scenario) =>
            new(
                DecimalParts.ToDouble(scenario.AnnualPurchases),
                DecimalParts.ToDouble(scenario.AnnualIncrease),
                DecimalParts.ToDouble(scenario.NetMargin),
                DecimalParts.ToDouble(scenario.AcquisitionCost),
                0,
                0,
                0,
                inCents: false);
    }
}
