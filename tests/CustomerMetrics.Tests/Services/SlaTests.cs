using System;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Services;

public class SlaTests
{
    [Fact]
    public void Compliance_TheSourcesExample_364Of365()
    {
        SlaResult result = Sla.Compliance(withinThreshold: 364, total: 365);

        Assert.Equal(1, result.Breaches);
        Assert.Equal(364.0 / 365, result.Rate, 15);
        Assert.True(result.Meets(0.99));
        Assert.False(result.Meets(0.999));
        Assert.Equal(3.65, result.AllowedBreaches(0.99), 12);
        Assert.Equal(1 / 3.65, result.ErrorBudgetUsed(0.99), 12);
        Assert.Equal("Of 365 operations, 364 were done on time (99.73 %).", result.ToString());
    }

    [Fact]
    public void ErrorBudget_WithNoBudget()
    {
        Assert.Equal(double.PositiveInfinity, Sla.Compliance(364, 365).ErrorBudgetUsed(1));
        Assert.Equal(0, Sla.Compliance(365, 365).ErrorBudgetUsed(1));
        Assert.Equal(0, default(SlaResult).ErrorBudgetUsed(0.99));
    }

    [Theory]
    [InlineData(-1, 5, "withinThreshold")]
    [InlineData(1, -5, "total")]
    [InlineData(6, 5, "withinThreshold")]
    public void Compliance_BadCounts_Throw(long within, long total, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Sla.Compliance(within, total)).ParamName);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Target_OutsideUnitInterval_Throws(double target)
    {
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => Sla.Compliance(1, 2).Meets(target)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Sla.Compliance(1, 2).ErrorBudgetUsed(target));
    }

    [Fact]
    public void Measure_ADurationEqualToTheThreshold_IsOnTime()
    {
        SlaResult result = Sla.Measure([0.5, 1.0, 1.0000001, 3], threshold: 1.0);
        Assert.Equal((4L, 2L, 2L), (result.Total, result.WithinThreshold, result.Breaches));
    }

    [Fact]
    public void Measure_Empty_HasNaNRate()
    {
        SlaResult result = Sla.Measure(ReadOnlySpan<double>.Empty, 1);
        Assert.Equal(0, result.Total);
        Assert.True(double.IsNaN(result.Rate));
        Assert.False(result.Meets(0));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Measure_BadDuration_NamesPosition(double bad)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Sla.Measure([1, bad], 2));
        Assert.Equal("durations", error.ParamName);
        Assert.Contains("The duration at position 1 is", error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Measure_BadThreshold_Throws(double threshold) =>
        Assert.Equal("threshold", Assert.Throws<ArgumentOutOfRangeException>(() => Sla.Measure([1.0], threshold)).ParamName);

    [Fact]
    public void Measure_TimeSpans()
    {
        TimeSpan day = TimeSpan.FromDays(1);
        SlaResult result = Sla.Measure([TimeSpan.FromHours(5), day, day + TimeSpan.FromTicks(1)], day);
        Assert.Equal((3L, 2L), (result.Total, result.WithinThreshold));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sla.Measure([TimeSpan.FromHours(-1)], day));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sla.Measure([TimeSpan.FromHours(1)], TimeSpan.Zero));
    }

    [Fact]
    public void Measure_StartAndFinish_AndByMonth()
    {
        var offset = TimeSpan.FromHours(3);
        (DateTimeOffset, DateTimeOffset)[] operations =
        [
            (new DateTimeOffset(2026, 1, 31, 20, 0, 0, offset), new DateTimeOffset(2026, 2, 1, 20, 0, 0, offset)), // exactly a day: on time, January
            (new DateTimeOffset(2026, 2, 2, 9, 0, 0, offset), new DateTimeOffset(2026, 2, 3, 9, 0, 1, offset)),    // a day and a second: late
            (new DateTimeOffset(2026, 2, 5, 9, 0, 0, offset), new DateTimeOffset(2026, 2, 5, 12, 0, 0, offset)),
        ];

        Assert.Equal(Sla.Compliance(2, 3), Sla.Measure(operations, TimeSpan.FromDays(1)));
#if !LIBRARY_NETSTANDARD
        var months = Sla.MeasureByMonth(operations, TimeSpan.FromDays(1));
        Assert.Equal(new[] { new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1) }, months.Select(m => m.Period));
        Assert.Equal(Sla.Compliance(1, 1), months[0].Result);
        Assert.Equal(Sla.Compliance(1, 2), months[1].Result);
#endif

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Sla.Measure([(operations[0].Item2, operations[0].Item1)], TimeSpan.FromDays(1)));
        Assert.Contains("The operation at position 0 finishes", error.Message);
    }

    [Fact]
    public void MeasureByPeriod_SortsPeriods()
    {
        var periods = Sla.MeasureByPeriod([("2026-02", 2.0), ("2026-01", 0.5), ("2026-02", 0.9)], threshold: 1);
        Assert.Equal(new[] { "2026-01", "2026-02" }, periods.Select(p => p.Period));
        Assert.Equal(Sla.Compliance(1, 2), periods[1].Result);
        Assert.Contains("The duration at position 1 is -1", Assert.Throws<ArgumentOutOfRangeException>(() => Sla.MeasureByPeriod([("a", 1.0), ("a", -1.0)], 1)).Message);
    }

    [Fact]
    public void Addition_AddsCounts() =>
        Assert.Equal(Sla.Compliance(5, 7), Sla.Compliance(2, 3) + Sla.Compliance(3, 4));

    [Theory]
    // Excel: =PERCENTILE.INC({15,20,35,40,50}, k)
    [InlineData(0, 15)]
    [InlineData(40, 29)]
    [InlineData(50, 35)]
    [InlineData(90, 46)]
    [InlineData(100, 50)]
    public void Percentile_MatchesExcelPercentileInc(double percentile, double expected)
    {
        double[] values = [40, 15, 50, 35, 20];
        Assert.Equal(expected, Sla.Percentile(values, percentile), 12);
        Assert.Equal(expected, Sla.PercentilesOf(values, [percentile])[0], 12);
        Assert.Equal(new double[] { 40, 15, 50, 35, 20 }, values); // the input is not changed
    }

    [Fact]
    public void Percentile_Quartile_MatchesExcel()
    {
        // =PERCENTILE.INC({1,2,3,4}, 0.25) = 1.75
        Assert.Equal(1.75, Sla.Percentile([4, 3, 2, 1], 25), 12);
        Assert.Equal(new[] { 1.75, 2.5, 3.25 }, Sla.PercentilesOf([4, 3, 2, 1], [25, 50, 75]));
    }

    [Fact]
    public void Percentile_LargeAndAdversarialInputs_MatchTheSortedAnswer()
    {
        var random = new Random(5);
        double[] shuffled = Enumerable.Range(0, 100_001).Select(_ => random.NextDouble() * 1000).ToArray();
        double[] ascending = Enumerable.Range(0, 50_000).Select(i => (double)i).ToArray();
        double[] descending = ascending.Reverse().ToArray();
        double[] constant = Enumerable.Repeat(3.5, 50_000).ToArray();
        double[] organPipe = ascending.Concat(descending).ToArray();
        foreach (double[] values in new[] { shuffled, ascending, descending, constant, organPipe })
        {
            foreach (double p in new[] { 0, 0.1, 25, 50, 90, 95, 99, 99.9, 100 })
            {
                Assert.Equal(Sla.PercentilesOf(values, [p])[0], Sla.Percentile(values, p));
            }
        }
    }

    [Fact]
    public void Percentile_Empty_IsNaN()
    {
        Assert.True(double.IsNaN(Sla.Percentile(ReadOnlySpan<double>.Empty, 50)));
        Assert.True(double.IsNaN(Sla.PercentilesOf(ReadOnlySpan<double>.Empty, [50])[0]));
        Assert.Equal(7, Sla.Percentile([7], 99));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void Percentile_OutsideRange_Throws(double percentile)
    {
        Assert.Equal("percentile", Assert.Throws<ArgumentOutOfRangeException>(() => Sla.Percentile([1.0], percentile)).ParamName);
        Assert.Equal("percentiles", Assert.Throws<ArgumentOutOfRangeException>(() => Sla.PercentilesOf([1.0], [50, percentile])).ParamName);
    }

    [Fact]
    public void Percentile_NaNValue_NamesPosition()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Sla.Percentile([1, 2, double.NaN], 50));
        Assert.Contains("The value at position 2 is NaN", error.Message);
    }

    [Fact]
    public void Summarize_ResponseTimes()
    {
        // Greeting times in seconds against the 30-second standard.
        double[] seconds = [12, 25, 30, 31, 18, 45, 22, 28, 15, 60];
        ResponseTimeSummary summary = Sla.Summarize(seconds, threshold: 30);

        Assert.Equal(Sla.Compliance(7, 10), summary.Compliance);
        Assert.Equal(28.6, summary.Mean, 12);
        Assert.Equal((12.0, 60.0), (summary.Minimum, summary.Maximum));
        Assert.Equal(26.5, summary.P50, 12);                    // sorted: 12 15 18 22 25 28 30 31 45 60; h = 4.5
        Assert.Equal(Sla.Percentile(seconds, 90), summary.P90, 12);
        Assert.Equal(Sla.Percentile(seconds, 99), summary.P99, 12);

        ResponseTimeSummary empty = Sla.Summarize(ReadOnlySpan<double>.Empty, 30);
        Assert.True(double.IsNaN(empty.Mean) && double.IsNaN(empty.P95) && double.IsNaN(empty.Maximum));
    }
}
