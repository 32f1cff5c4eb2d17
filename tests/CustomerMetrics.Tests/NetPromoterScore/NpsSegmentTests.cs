using System;
using System.Collections.Generic;
using Xunit;

namespace CustomerMetrics.Tests.NetPromoterScore;


public class NpsSegmentTests
{
    [Fact]
    public void CalculateBySegment_GroupsInFirstSeenOrder()
    {
        (string, int)[] responses = [("web", 10), ("store", 3), ("web", 9), ("store", 8), ("web", 0)];

        var segments = Nps.CalculateBySegment(responses);

        Assert.Equal(2, segments.Count);
        Assert.Equal("web", segments[0].Key);
        Assert.Equal(Nps.FromCounts(2, 0, 1), segments[0].Value);
        Assert.Equal("store", segments[1].Key);
        Assert.Equal(Nps.FromCounts(0, 1, 1), segments[1].Value);
    }

    [Fact]
    public void CalculateBySegment_BadScore_NamesPosition()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.CalculateBySegment(new[] { ("a", 1), ("b", 12) }));
        Assert.Equal("responses", error.ParamName);
        Assert.Contains("position 1 is 12", error.Message);
    }

    [Fact]
    public void Trend_SortsPeriodsAndComparesWithPrevious()
    {
        var responses = new List<(int Month, int Score)>();
        void Add(int month, int promoters, int passives, int detractors)
        {
            for (int i = 0; i < promoters; i++) responses.Add((month, 10));
            for (int i = 0; i < passives; i++) responses.Add((month, 8));
            for (int i = 0; i < detractors; i++) responses.Add((month, 2));
        }

        Add(3, 55, 25, 20); // NPS 35
        Add(1, 40, 30, 30); // NPS 10
        Add(2, 40, 30, 30); // NPS 10

        var trend = Nps.Trend(responses);

        Assert.Equal(new[] { 1, 2, 3 }, new[] { trend[0].Period, trend[1].Period, trend[2].Period });
        Assert.Null(trend[0].ChangeFromPrevious);
        Assert.False(trend[0].IsSignificantChange);
        Assert.Equal(0, trend[1].ChangeFromPrevious!.Value.Difference);
        Assert.False(trend[1].IsSignificantChange);
        Assert.Equal(25, trend[2].ChangeFromPrevious!.Value.Difference, 12);
        Assert.Equal(0.029403489976589592, trend[2].ChangeFromPrevious!.Value.PValue, 10);
        Assert.True(trend[2].IsSignificantChange);
    }

    [Fact]
    public void Trend_FromResults_RejectsDuplicatePeriods()
    {
        var periods = new[]
        {
            new KeyValuePair<string, NpsResult>("2026-01", Nps.FromCounts(1, 0, 0)),
            new KeyValuePair<string, NpsResult>("2026-01", Nps.FromCounts(0, 1, 0)),
        };

        var error = Assert.Throws<ArgumentException>(() => Nps.Trend(periods));
        Assert.Contains("Period '2026-01' occurs more than once", error.Message);
    }

    [Fact]
    public void Trend_BadLevel_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Trend(new[] { (1, 10) }, level: 0));
    }
}
