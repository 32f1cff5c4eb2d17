using System;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Erlang C: the queue of a contact centre with N agents, Poisson arrivals, exponential handle times
/// and callers who wait. It gives the probability of waiting, the service level within a target time,
/// the average speed of answer, the occupancy, and the agents needed for a target.
/// </summary>
/// <remarks>
/// <para>Traffic a = arrivals per interval × average handle time (AHT) / interval length, in Erlangs.
/// Erlang B by the stable recursion B₀ = 1, Bₖ = a·Bₖ₋₁ / (k + a·Bₖ₋₁), which never overflows (the
/// factorial form does beyond about 170 agents); Pw = N·B_N / (N − a(1 − B_N));
/// service level = 1 − Pw·e^(−(N − a)·t / AHT); ASA = Pw·AHT / (N − a); occupancy = a / N.</para>
/// <para>The queue has no steady state unless N &gt; a: with fewer agents it grows without bound, and
/// the methods say so with an <see cref="ArgumentException"/>.</para>
/// <para>Check value (callcentrehelper.com's worked example): 100 calls in 30 minutes, AHT 180 s,
/// target 20 s: a = 10 Erlangs; 14 agents give Pw 17.4 %, a service level of 88.8 %, ASA 7.8 s and
/// occupancy 71.4 %; 13 agents give 79.6 %.</para>
/// <para>All methods are pure and thread-safe.</para>
/// </remarks>
public static class ErlangC
{
    /// <summary>The most agents (servers) any method accepts or <see cref="AgentsFor"/> will try: the Erlang B recursion is linear in them.</summary>
    public const int MaxAgents = 1_000_000;

    /// <summary>Erlang B: the blocking probability of N servers offered a Erlangs, by the stable recursion.</summary>
    /// <param name="trafficErlangs">The offered traffic a; finite and non-negative.</param>
    /// <param name="agents">The number of servers N, from 0 to <see cref="MaxAgents"/>.</param>
    /// <returns>B(N, a) in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, NaN or infinite, or there are more than <see cref="MaxAgents"/> agents.</exception>
    public static double ErlangB(double trafficErlangs, int agents)
    {
        CheckTraffic(trafficErlangs);
        CheckAgents(agents);
        return ErlangBChecked(trafficErlangs, agents);
    }

    /// <summary>
    /// Erlang B by the recursion on its reciprocal, 1/Bₖ = 1 + (k / a)·(1/Bₖ₋₁): the same stable
    /// recursion with a multiply-add instead of a division on the critical path (k / a is k × (1 / a),
    /// off it), so hundreds of agents take well under a microsecond. 1/B growing past the largest double
    /// means B below the smallest: 0.
    /// </summary>
    internal static double ErlangBChecked(double traffic, int agents) => new ReciprocalErlangB(traffic).Advance(agents);

    /// <summary>1/Bₖ carried from k = 0 upwards (see <see cref="ErlangBChecked"/>).</summary>
    private struct ReciprocalErlangB
    {
        private readonly double perAgent;
        private readonly bool noTraffic;
        private double inverse;
        private int servers;

        internal ReciprocalErlangB(double traffic)
        {
            noTraffic = traffic == 0;
            perAgent = 1 / traffic;
            inverse = 1;
            servers = 0;
        }

        /// <summary>Advances to <paramref name="agents"/> (at least the current count) and returns B there.</summary>
        internal double Advance(int agents)
        {
            if (agents == 0)
            {
                return 1;
            }

            // Stryker disable once Block : equivalent, a fast path; 1 / traffic is ∞ for no traffic, and so is the reciprocal it carries
            if (noTraffic)
            {
                return 0;
            }

            for (int k = servers + 1; k <= agents; k++)
            {
#if NET
                inverse = Math.FusedMultiplyAdd(k * perAgent, inverse, 1);
#else
                inverse = 1 + (k * perAgent * inverse);
#endif
            }

            servers = Math.Max(servers, agents);
            return 1 / inverse;
        }
    }

    /// <summary>The textbook recursion Bₖ = a·Bₖ₋₁ / (k + a·Bₖ₋₁), the reference the tests compare the fast one with.</summary>
    internal static double ErlangBReference(double traffic, int agents)
    {
        double b = 1;
        for (int k = 1; k <= agents; k++)
        {
            b = traffic * b / (k + (traffic * b));
        }

        return b;
    }

    /// <summary>Erlang C: the probability that a contact has to wait, Pw = N·B / (N − a(1 − B)).</summary>
    /// <param name="trafficErlangs">The offered traffic a; finite and non-negative.</param>
    /// <param name="agents">The number of agents N; greater than a.</param>
    /// <returns>Pw in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">The traffic is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentException"><paramref name="agents"/> ≤ traffic: the queue has no steady state.</exception>
    public static double ProbabilityOfWaiting(double trafficErlangs, int agents)
    {
        CheckTraffic(trafficErlangs);
        CheckAgents(agents);
        CheckSteadyState(trafficErlangs, agents);
        return Waiting(trafficErlangs, agents, ErlangBChecked(trafficErlangs, agents));
    }

    /// <summary>What <paramref name="agents"/> agents deliver.</summary>
    /// <param name="arrivalsPerInterval">Contacts arriving per interval (e.g. 100 calls per 30 minutes); finite and non-negative.</param>
    /// <param name="interval">The interval's length; greater than zero.</param>
    /// <param name="averageHandleTime">The average handle time (talk + hold + wrap-up); greater than zero.</param>
    /// <param name="agents">The agents answering; more than the traffic in Erlangs.</param>
    /// <param name="targetAnswerTime">The target answer time t (e.g. 20 s); zero or more.</param>
    /// <returns>Probability of waiting, service level, average speed of answer and occupancy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="agents"/> ≤ traffic: the queue has no steady state.</exception>
    public static ErlangCResult Analyze(double arrivalsPerInterval, TimeSpan interval, TimeSpan averageHandleTime, int agents, TimeSpan targetAnswerTime)
    {
        double traffic = Traffic(arrivalsPerInterval, interval, averageHandleTime);
        CheckTarget(targetAnswerTime);
        CheckAgents(agents);
        CheckSteadyState(traffic, agents);
        return Result(traffic, agents, ErlangBChecked(traffic, agents), averageHandleTime, targetAnswerTime);
    }

    /// <summary>
    /// The least number of agents whose service level within <paramref name="targetAnswerTime"/> reaches
    /// <paramref name="targetServiceLevel"/>, and the agents to schedule once shrinkage is allowed for.
    /// Numerically stable for hundreds or thousands of agents; linear in the answer.
    /// </summary>
    /// <param name="arrivalsPerInterval">Contacts arriving per interval; finite and non-negative.</param>
    /// <param name="interval">The interval's length; greater than zero.</param>
    /// <param name="averageHandleTime">The average handle time; greater than zero.</param>
    /// <param name="targetAnswerTime">The target answer time (e.g. 20 s); zero or more.</param>
    /// <param name="targetServiceLevel">The share to answer within the target time, in (0, 1), e.g. 0.8.</param>
    /// <param name="shrinkage">The share of paid time agents are unavailable, in [0, 1); 0 by default.</param>
    /// <returns>The agents needed and to schedule, and what they deliver.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    /// <exception cref="ArgumentException">No number of agents up to <see cref="MaxAgents"/> reaches the target.</exception>
    public static StaffingResult AgentsFor(double arrivalsPerInterval, TimeSpan interval, TimeSpan averageHandleTime, TimeSpan targetAnswerTime, double targetServiceLevel, double shrinkage = 0)
    {
        double traffic = Traffic(arrivalsPerInterval, interval, averageHandleTime);
        CheckTarget(targetAnswerTime);
        if (!(targetServiceLevel > 0 && targetServiceLevel < 1))
        {
            Preconditions.ThrowOutOfRange(nameof(targetServiceLevel), targetServiceLevel, "The target service level should be in (0, 1), for example 0.8; 1 can never be reached.");
        }

        if (!(shrinkage >= 0 && shrinkage < 1))
        {
            Preconditions.ThrowOutOfRange(nameof(shrinkage), shrinkage, "Shrinkage should be in [0, 1), for example 0.3.");
        }

        if (traffic >= MaxAgents)
        {
            Preconditions.ThrowArgument(
                nameof(arrivalsPerInterval),
                Preconditions.Format($"A traffic of {traffic:0.###} Erlangs needs more than {MaxAgents} agents, the most this method tries; split the contacts over several queues."));
        }

        // Walk N upwards from the first value with a steady state, carrying 1/B along by the same step as
        // ErlangBChecked, so that each N's figures equal Analyze's for that N to the last bit.
        int agents = (int)Math.Floor(traffic) + 1;
        var erlangB = new ReciprocalErlangB(traffic);
        double b = erlangB.Advance(agents);
        while (true)
        {
            ErlangCResult result = Result(traffic, agents, b, averageHandleTime, targetAnswerTime);
            if (result.ServiceLevel >= targetServiceLevel)
            {
                // 14 / (1 - 0.3) is 20.000000000000004 in doubles; the small allowance keeps it 20, not 21.
                double scheduled = Math.Ceiling((agents / (1 - shrinkage)) - 1e-9);
                if (scheduled > int.MaxValue)
                {
                    Preconditions.ThrowOutOfRange(
                        nameof(shrinkage),
                        shrinkage,
                        Preconditions.Format($"With a shrinkage of {shrinkage}, the {agents} agents needed become {scheduled:0.###e0} to schedule, more than Int32.MaxValue."));
                }

                return new StaffingResult(agents, (int)scheduled, shrinkage, result);
            }

            if (agents >= MaxAgents)
            {
                Preconditions.ThrowArgument(nameof(arrivalsPerInterval), Preconditions.Format($"No staffing up to {MaxAgents} agents reaches the target."));
            }

            agents++;
            b = erlangB.Advance(agents);
        }
    }

    private static ErlangCResult Result(double traffic, int agents, double erlangB, TimeSpan averageHandleTime, TimeSpan target)
    {
        double waiting = Waiting(traffic, agents, erlangB);
        double aht = averageHandleTime.TotalSeconds;
        double serviceLevel = 1 - (waiting * Math.Exp(-(agents - traffic) * target.TotalSeconds / aht));
        double asa = waiting * aht / (agents - traffic);
        return new ErlangCResult(traffic, agents, waiting, serviceLevel, TimeSpan.FromSeconds(asa), traffic / agents);
    }

    private static double Waiting(double traffic, int agents, double erlangB) =>
        agents * erlangB / (agents - (traffic * (1 - erlangB)));

    private static double Traffic(double arrivalsPerInterval, TimeSpan interval, TimeSpan averageHandleTime)
    {
        if (!(arrivalsPerInterval >= 0) || double.IsPositiveInfinity(arrivalsPerInterval))
        {
            Preconditions.ThrowOutOfRange(nameof(arrivalsPerInterval), arrivalsPerInterval, "Arrivals should be a finite, non-negative number of contacts per interval.");
        }

        if (interval <= TimeSpan.Zero)
        {
            Preconditions.ThrowOutOfRange(nameof(interval), interval, "The interval should be longer than zero, for example 30 minutes.");
        }

        if (averageHandleTime <= TimeSpan.Zero)
        {
            Preconditions.ThrowOutOfRange(nameof(averageHandleTime), averageHandleTime, "The average handle time should be longer than zero.");
        }

        double traffic = arrivalsPerInterval * averageHandleTime.TotalSeconds / interval.TotalSeconds;
        if (double.IsInfinity(traffic))
        {
            Preconditions.ThrowOutOfRange(nameof(arrivalsPerInterval), arrivalsPerInterval, "Arrivals × average handle time exceed the range of double; no queue carries that traffic.");
        }

        return traffic;
    }

    private static void CheckAgents(int agents)
    {
        if (agents is < 0 or > MaxAgents)
        {
            Preconditions.ThrowOutOfRange(nameof(agents), agents, Preconditions.Format($"The number of agents should be from 0 to {MaxAgents}."));
        }
    }

    private static void CheckTraffic(double traffic)
    {
        if (!(traffic >= 0) || double.IsPositiveInfinity(traffic))
        {
            Preconditions.ThrowOutOfRange("trafficErlangs", traffic, "Traffic should be a finite, non-negative number of Erlangs.");
        }
    }

    private static void CheckTarget(TimeSpan target)
    {
        if (target < TimeSpan.Zero)
        {
            Preconditions.ThrowOutOfRange("targetAnswerTime", target, "The target answer time should not be negative.");
        }
    }

    private static void CheckSteadyState(double traffic, int agents)
    {
        if (agents <= traffic)
        {
            Preconditions.ThrowArgument(
                nameof(agents),
                Preconditions.Format($"{agents} agents cannot carry {traffic:0.###} Erlangs: with no more agents than the traffic, the queue grows without end (no steady state). Use more than {Math.Floor(traffic)} agents."));
        }
    }
}
