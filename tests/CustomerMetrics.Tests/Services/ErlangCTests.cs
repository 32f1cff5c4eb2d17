using System;
using Xunit;

namespace CustomerMetrics.Tests.Services;

public class ErlangCTests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Aht = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(20);

    [Fact]
    public void Analyze_PublishedCheckValue_FourteenAgents()
    {
        // callcentrehelper.com "Erlang C formula – made simple": 100 calls per 30 min, AHT 180 s, 20 s target.
        // 10 Erlangs; 14 agents: Pw 17.4 %, service level 88.8 %, ASA 7.8 s, occupancy 71.4 %.
        ErlangCResult result = ErlangC.Analyze(100, HalfHour, Aht, agents: 14, Target);

        Assert.Equal(10, result.TrafficIntensity, 12);
        Assert.Equal(0.174, result.ProbabilityOfWaiting, 3);
        Assert.Equal(0.888, result.ServiceLevel, 3);
        Assert.Equal(7.8, result.AverageSpeedOfAnswer.TotalSeconds, 1);
        Assert.Equal(10.0 / 14, result.Occupancy, 12);
        Assert.Equal("14 agents for 10 Erlangs: service level 88.8 %, Pw 17.4 %, ASA 7.8 s, occupancy 71.4 %", result.ToString());
    }

    [Fact]
    public void Analyze_ThirteenAgents_Miss80Percent()
    {
        Assert.Equal(0.796, ErlangC.Analyze(100, HalfHour, Aht, 13, Target).ServiceLevel, 3);
    }

    [Fact]
    public void AgentsFor_80In20_IsFourteen_AndShrinkageRoundsUp()
    {
        StaffingResult staffing = ErlangC.AgentsFor(100, HalfHour, Aht, Target, targetServiceLevel: 0.8, shrinkage: 0.3);

        Assert.Equal(14, staffing.AgentsNeeded);
        Assert.Equal(20, staffing.AgentsToSchedule); // 14 / 0.7 = 20 exactly
        Assert.Equal(ErlangC.Analyze(100, HalfHour, Aht, 14, Target), staffing.Result);
        Assert.Equal(21, ErlangC.AgentsFor(100, HalfHour, Aht, Target, 0.8, shrinkage: 0.32).AgentsToSchedule); // 20.6 → 21
    }

    [Fact]
    public void ErlangB_HandComputed()
    {
        // a = 2, N = 2: B₁ = 2 / 3, B₂ = (2 · 2/3) / (2 + 4/3) = 0.4.
        Assert.Equal(0.4, ErlangC.ErlangB(2, 2), 15);
        // Pw = 3 · B₃ / (3 − 2(1 − B₃)), B₃ = (2 · 0.4) / (3 + 0.8) = 4/19 → Pw = (12/19) / (3 − 30/19) = 4/9.
        Assert.Equal(4.0 / 9, ErlangC.ProbabilityOfWaiting(2, 3), 15);
    }

    [Fact]
    public void FiveHundredAgents_StayFiniteAndConsistent()
    {
        // 4 500 calls per 30 min at 180 s: 450 Erlangs, far beyond where n! overflows a double.
        StaffingResult staffing = ErlangC.AgentsFor(4500, HalfHour, Aht, Target, 0.8);
        Assert.InRange(staffing.AgentsNeeded, 451, 500);
        Assert.True(staffing.Result.ServiceLevel >= 0.8);
        Assert.True(ErlangC.Analyze(4500, HalfHour, Aht, staffing.AgentsNeeded - 1, Target).ServiceLevel < 0.8);
        Assert.InRange(ErlangC.ProbabilityOfWaiting(450, 500), 0, 1);
    }

    [Fact]
    public void NoSteadyState_SaysSo()
    {
        var error = Assert.Throws<ArgumentException>(() => ErlangC.Analyze(100, HalfHour, Aht, agents: 10, Target));
        Assert.Equal("agents", error.ParamName);
        Assert.Contains("10 agents cannot carry 10 Erlangs", error.Message);
        Assert.Contains("no steady state", error.Message);
        Assert.Throws<ArgumentException>(() => ErlangC.ProbabilityOfWaiting(5.5, 5));
    }

    [Fact]
    public void BadArguments_Throw()
    {
        Assert.Equal("arrivalsPerInterval", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.Analyze(-1, HalfHour, Aht, 14, Target)).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.Analyze(100, TimeSpan.Zero, Aht, 14, Target)).ParamName);
        Assert.Equal("averageHandleTime", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.Analyze(100, HalfHour, TimeSpan.Zero, 14, Target)).ParamName);
        Assert.Equal("targetAnswerTime", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.Analyze(100, HalfHour, Aht, 14, TimeSpan.FromSeconds(-1))).ParamName);
        Assert.Equal("targetServiceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.AgentsFor(100, HalfHour, Aht, Target, 1)).ParamName);
        Assert.Equal("shrinkage", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.AgentsFor(100, HalfHour, Aht, Target, 0.8, 1)).ParamName);
        Assert.Equal("trafficErlangs", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ErlangB(double.NaN, 3)).ParamName);
        Assert.Equal("agents", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ErlangB(1, -1)).ParamName);
    }
}
