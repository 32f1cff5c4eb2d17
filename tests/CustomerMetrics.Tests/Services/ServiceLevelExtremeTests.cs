using System;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Services;

/// <summary>Extremes of long, double and the Erlang C limits: exact or refused up front, never a late crash.</summary>
public class ServiceLevelExtremeTests
{
    [Fact]
    public void Percentile_OfTheExtremesOfDouble_IsFinite()
    {
        Assert.Equal(0, Sla.Percentile([-double.MaxValue, double.MaxValue], 50));
        Assert.Equal(double.MaxValue / 2, Sla.Percentile([0, double.MaxValue], 50));
        Assert.Equal(-double.MaxValue, Sla.Percentile([-double.MaxValue, double.MaxValue], 0));
        Assert.Equal(double.MaxValue, Sla.PercentilesOf([-double.MaxValue, double.MaxValue], [100])[0]);
    }

    [Fact]
    public void Summarize_OfDurationsNearTheLargestDouble_HasAFiniteMean()
    {
        ResponseTimeSummary summary = Sla.Summarize([double.MaxValue, double.MaxValue], double.MaxValue);
        Assert.Equal(double.MaxValue, summary.Mean);
        Assert.Equal(double.MaxValue, summary.P95);
        Assert.Equal(2, summary.Compliance.WithinThreshold);
    }

    [Fact]
    public void Counts_WhoseTotalIsBeyondLong_AreRefusedWhenCreated()
    {
        var error = Assert.Throws<ArgumentException>(() => ContactCentre.Counts(long.MaxValue, 0, long.MaxValue, 0));
        Assert.Equal("abandoned", error.ParamName);
        ContactCentreCounts full = ContactCentre.Counts(long.MaxValue - 1, 0, 1, 1);
        Assert.Equal(long.MaxValue, full.Offered);
        Assert.Equal(1.0 / long.MaxValue, full.ServiceLevel(ServiceLevelFormula.AbandonsWithinTargetMet), 12);
    }

    [Fact]
    public void Adding_TalliesBeyondLong_ThrowsOverflowWithAMessage()
    {
        ContactCentreCounts half = ContactCentre.Counts(long.MaxValue / 2 + 1, 0, 0, 0);
        Assert.StartsWith("Adding these tallies gives more than Int64.MaxValue", Assert.Throws<OverflowException>(() => half + half).Message);
        Assert.Throws<OverflowException>(() => ContactCentre.Counts(0, 0, 0, 0, long.MaxValue) + ContactCentre.Counts(0, 0, 0, 0, 1));

        SlaResult sla = Sla.Compliance(0, long.MaxValue);
        Assert.StartsWith("Adding these tallies gives more than Int64.MaxValue (9223372036854775807) operations", Assert.Throws<OverflowException>(() => sla + Sla.Compliance(1, 1)).Message);

        ServiceLevelDistribution one = ServiceLevels.Distribution([1.0], [2.0]);
        ServiceLevelDistribution many = one;
        for (int i = 0; i < 62; i++)
        {
            many += many; // 2^62 interactions
        }

        Assert.Equal(1L << 62, many.Total);
        Assert.Throws<OverflowException>(() => many + many);
    }

    [Fact]
    public void ErlangC_TooManyAgents_IsRefusedAtOnce()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ErlangB(10, int.MaxValue));
        Assert.Equal("agents", error.ParamName);
        Assert.Equal("agents", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWaiting(10, ErlangC.MaxAgents + 1)).ParamName);
        Assert.Equal("agents", Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.Analyze(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), int.MaxValue, TimeSpan.FromSeconds(20))).ParamName);
        Assert.Equal(1, ErlangC.ErlangB(0, 0));
        Assert.Equal(0, ErlangC.ErlangB(0, 1));
        Assert.True(ErlangC.ErlangB(10, ErlangC.MaxAgents) == 0);
    }

    [Fact]
    public void AgentsFor_TrafficBeyondTheLimit_IsRefusedUpFront()
    {
        var error = Assert.Throws<ArgumentException>(() => ErlangC.AgentsFor(1e12, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(20), 0.8));
        Assert.Equal("arrivalsPerInterval", error.ParamName);
        Assert.StartsWith("A traffic of 100000000000 Erlangs needs more than 1000000 agents", error.Message);

        var infinite = Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.AgentsFor(double.MaxValue, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1), TimeSpan.FromSeconds(20), 0.8));
        Assert.Equal("arrivalsPerInterval", infinite.ParamName);
    }

    [Fact]
    public void AgentsFor_ShrinkageSoCloseToOneThatTheRosterOverflows_NamesShrinkage()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.AgentsFor(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(20), 0.8, 1 - 1e-15));
        Assert.Equal("shrinkage", error.ParamName);
        Assert.Contains("the 14 agents needed become", error.Message);
        Assert.Equal(1400, ErlangC.AgentsFor(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(20), 0.8, 0.99).AgentsToSchedule);
    }

    [Fact]
    public void MeasureByPeriod_KeysThatOnlyLookAlike_StayApartAndInOrdinalOrder()
    {
        var periods = Api.CultureTests.InCulture(
            new System.Globalization.CultureInfo("tr-TR"),
            () => Sla.MeasureByPeriod([("a", 0.5), ("a\u00AD", 2.0), ("ia", 0.5), ("Ib", 0.5)], 1));
        Assert.Equal(new[] { "Ib", "a", "a\u00AD", "ia" }, periods.Select(p => p.Period));
        Assert.Equal(Sla.Compliance(0, 1), periods[2].Result);

        var error = Assert.Throws<ArgumentNullException>(() => Sla.MeasureByPeriod<string>([("a", 0.5), (null!, 1)], 1));
        Assert.Equal("operations", error.ParamName);
        Assert.StartsWith("The key of the element at position 1 is null", error.Message);
    }
}
