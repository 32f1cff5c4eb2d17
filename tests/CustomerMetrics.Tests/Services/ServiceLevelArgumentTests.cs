using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using static CustomerMetrics.Tests.Refusal;

namespace CustomerMetrics.Tests.Services;

/// <summary>
/// Every argument check of the service-level family, member by member: the exception type, the caller's
/// parameter name and the sentence that says what is wrong; and the boundaries that are still accepted.
/// </summary>
public class ServiceLevelArgumentTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void ContactCentreCounts_RefuseEachNegativeCount_ByName()
    {
        Refused<ArgumentOutOfRangeException>(() => ContactCentre.Counts(-1, 0, 0, 0), "answered", "Value should be non-negative.");
        Refused<ArgumentOutOfRangeException>(() => ContactCentre.Counts(5, -1, 0, 0), "answeredWithinTarget", "Value should be non-negative.");
        Refused<ArgumentOutOfRangeException>(() => ContactCentre.Counts(5, 0, -1, 0), "abandoned", "Value should be non-negative.");
        Refused<ArgumentOutOfRangeException>(() => ContactCentre.Counts(5, 0, 5, -1), "abandonedWithinTarget", "Value should be non-negative.");
        Refused<ArgumentOutOfRangeException>(() => ContactCentre.Counts(5, 0, 5, 0, -1), "shortAbandoned", "Value should be non-negative.");
        Refused<ArgumentException>(() => ContactCentre.Counts(long.MaxValue, 0, 1, 0), "abandoned", "The answered and abandoned contacts add up to more than Int64.MaxValue");
    }

    [Fact]
    public void ContactCentreClassify_RefusesBadThresholds_AndCountsAWaitEqualToAThresholdAsWithinIt()
    {
        double[] waits = [10, 20, 3, 20];
        bool[] abandoned = [false, false, true, true];
        Refused<ArgumentOutOfRangeException>(() => ContactCentre.Classify(waits, abandoned, 0), "targetTime", "The target time should be finite and greater than 0.");
        Refused<ArgumentOutOfRangeException>(() => ContactCentre.Classify(waits, abandoned, 20, -1), "shortAbandonThreshold", "The short-abandon threshold should be finite and non-negative.");

        // Target 20: both answered waits count, and the abandon at exactly 20 too; the short-abandon
        // threshold 3 removes the abandon at exactly 3.
        ContactCentreCounts counts = ContactCentre.Classify(waits, abandoned, 20, 3);
        Assert.Equal((2L, 2L, 1L, 1L, 1L), (counts.Answered, counts.AnsweredWithinTarget, counts.Abandoned, counts.AbandonedWithinTarget, counts.ShortAbandoned));

        // A threshold of 0 removes nothing, not even an abandon after no wait at all.
        ContactCentreCounts none = ContactCentre.Classify([0.0], [true], 20, 0);
        Assert.Equal((1L, 0L), (none.Abandoned, none.ShortAbandoned));
    }

    [Fact]
    public void ContactCentreCounts_AddingBeyondInt64_NamesWhatOverflows_AndAnUnknownFormulaIsRefused()
    {
        var full = ContactCentre.Counts(long.MaxValue, 0, 0, 0);
        Assert.Contains("contacts offered", Assert.Throws<OverflowException>(() => full + ContactCentre.Counts(1, 0, 0, 0)).Message, StringComparison.Ordinal);
        var shortOnes = ContactCentre.Counts(0, 0, 0, 0, long.MaxValue);
        Assert.Contains("short abandons", Assert.Throws<OverflowException>(() => shortOnes + ContactCentre.Counts(0, 0, 0, 0, 1)).Message, StringComparison.Ordinal);
        Refused<ArgumentOutOfRangeException>(() => full.ServiceLevel((ServiceLevelFormula)99), "formula", "Unknown service level formula.");
        Assert.True(double.IsNaN(ContactCentreCounts.Empty.ServiceLevel(ServiceLevelFormula.AbandonsFailed)));
    }

    [Fact]
    public void ErlangC_RefusesEachBadInput_ByName()
    {
        Refused<ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWaiting(double.NaN, 5), "trafficErlangs", "Traffic should be a finite, non-negative number of Erlangs.");
        Refused<ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWaiting(-1, 5), "trafficErlangs", "Traffic should be a finite, non-negative number of Erlangs.");
        Refused<ArgumentOutOfRangeException>(() => ErlangC.Analyze(-1, Second, Second, 5, Second), "arrivalsPerInterval", "Arrivals should be a finite, non-negative number of contacts per interval.");
        Refused<ArgumentOutOfRangeException>(() => ErlangC.Analyze(1, TimeSpan.Zero, Second, 5, Second), "interval", "The interval should be longer than zero, for example 30 minutes.");
        Refused<ArgumentOutOfRangeException>(() => ErlangC.Analyze(1, Second, TimeSpan.Zero, 5, Second), "averageHandleTime", "The average handle time should be longer than zero.");
        Refused<ArgumentOutOfRangeException>(() => ErlangC.Analyze(double.MaxValue, TimeSpan.FromTicks(1), TimeSpan.FromDays(1), 5, Second), "arrivalsPerInterval", "Arrivals × average handle time exceed the range of double");
        Refused<ArgumentOutOfRangeException>(() => ErlangC.Analyze(1, Second, Second, 5, -Second), "targetAnswerTime", "The target answer time should not be negative.");

        Refused<ArgumentOutOfRangeException>(() => ErlangC.AgentsFor(10, Second, Second, -Second, 0.8), "targetAnswerTime", "The target answer time should not be negative.");
        Refused<ArgumentOutOfRangeException>(() => ErlangC.AgentsFor(10, Second, Second, Second, 0), "targetServiceLevel", "The target service level should be in (0, 1), for example 0.8; 1 can never be reached.");
        Refused<ArgumentOutOfRangeException>(() => ErlangC.AgentsFor(10, Second, Second, Second, 1), "targetServiceLevel", "The target service level should be in (0, 1)");
        Refused<ArgumentOutOfRangeException>(() => ErlangC.AgentsFor(10, Second, Second, Second, 0.8, 1), "shrinkage", "Shrinkage should be in [0, 1), for example 0.3.");
        Refused<ArgumentOutOfRangeException>(() => ErlangC.AgentsFor(10, Second, Second, Second, 0.8, -0.1), "shrinkage", "Shrinkage should be in [0, 1), for example 0.3.");
        Refused<ArgumentOutOfRangeException>(() => ErlangC.AgentsFor(10, Second, Second, Second, 0.8, double.NaN), "shrinkage", "Shrinkage should be in [0, 1)");
    }

    [Fact]
    public void ErlangC_AtTheLimitOfAgents_SaysWhichLimit()
    {
        // A traffic of exactly MaxAgents Erlangs needs more agents than the method tries.
        Refused<ArgumentException>(() => ErlangC.AgentsFor(ErlangC.MaxAgents, Second, Second, Second, 0.8), "arrivalsPerInterval", $"A traffic of {ErlangC.MaxAgents} Erlangs needs more than {ErlangC.MaxAgents} agents");

        // Just below it, the walk starts at MaxAgents, where answering at once (target 0) is nearly never reached.
        Refused<ArgumentException>(() => ErlangC.AgentsFor(ErlangC.MaxAgents - 0.5, Second, Second, TimeSpan.Zero, 0.8), "arrivalsPerInterval", $"No staffing up to {ErlangC.MaxAgents} agents reaches the target.");

        // No contacts: one agent is enough, whatever the target.
        Assert.Equal(1, ErlangC.AgentsFor(0, Second, Second, Second, 0.99).AgentsNeeded);
    }

    [Fact]
    public void StaffingResult_PrintsTheShrinkageInPercent()
    {
        StaffingResult staffing = ErlangC.AgentsFor(10, Second, Second, TimeSpan.FromSeconds(20), 0.8, 0.3);
        Assert.Contains("to schedule (shrinkage 30 %)", staffing.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Satisfaction_AcceptsTheEndsOfTheScale_AndRefusesBeyondThem()
    {
        Assert.Equal(2, Satisfaction.Calculate([1, 2], scaleMax: 2).ScaleMax);
        Assert.Equal(254, Satisfaction.Calculate([254], scaleMax: 254).ScaleMax);
        Refused<ArgumentOutOfRangeException>(() => Satisfaction.Calculate([1], scaleMax: 1), "scaleMax", "The scale should run from 1 to a maximum between 2 and 254.");
        Refused<ArgumentOutOfRangeException>(() => Satisfaction.Calculate([1], scaleMax: 255), "scaleMax", "The scale should run from 1 to a maximum between 2 and 254.");
        Refused<ArgumentOutOfRangeException>(() => Satisfaction.CompareInternalExternal([1], [2], level: 0), "level", "Confidence level should be in the open interval (0, 1)");
        Refused<ArgumentOutOfRangeException>(() => Satisfaction.CompareInternalExternal([], [], level: 1), "level", "Confidence level should be in the open interval (0, 1)");
        // The level is checked before the ratings: a caller with both wrong learns of the level first.
        Refused<ArgumentOutOfRangeException>(() => Satisfaction.CompareInternalExternal([9], [2], level: 2), "level", "Confidence level should be in the open interval (0, 1)");

        // Stored distributions (read back from JSON) have the same ends.
        Assert.Equal(254, Satisfaction.FromDistribution(254, new long[254]).ScaleMax);
        Refused<ArgumentOutOfRangeException>(() => Satisfaction.FromDistribution(255, new long[255]), "scaleMax", "The scale should run from 1 to a maximum between 2 and 254.");
        Refused<ArgumentOutOfRangeException>(() => Satisfaction.FromDistribution(1, new long[1]), "scaleMax", "The scale should run from 1 to a maximum between 2 and 254.");
    }

    [Fact]
    public void SatisfactionResults_OfOnePointScales_AreNotSatisfied_AndDifferInEveryPart()
    {
        SatisfactionResult result = Satisfaction.Calculate([5, 4, 1]);
        Assert.Equal(new Proportion(2, 3), result.Satisfied);
        Assert.Equal(Proportion.Empty, (result with { Distribution = [3] }).Satisfied);
        Assert.NotEqual(result, result with { Count = 4 });
        Assert.NotEqual(result, result with { ScaleMax = 7 });
        Assert.NotEqual(result, result with { Csat = 0.5 });
        Assert.NotEqual(result, result with { Mean = 1 });
        Assert.NotEqual(result, result with { MeanPercentOfMaximum = 1 });
        Assert.NotEqual(result, result with { Distribution = [1, 0, 0, 1, 2] });
        Assert.False(result.Equals(null));
        Assert.Equal(result, Satisfaction.Calculate([1, 4, 5]));
    }

    [Fact]
    public void ServiceLevelDistribution_RefusesEachNegativeCount_AndNamesAnOverflow()
    {
        Refused<ArgumentOutOfRangeException>(() => ServiceLevelDistribution.FromCounts(-1, 0, 0), "low", "Value should be non-negative.");
        Refused<ArgumentOutOfRangeException>(() => ServiceLevelDistribution.FromCounts(0, -1, 0), "standard", "Value should be non-negative.");
        Refused<ArgumentOutOfRangeException>(() => ServiceLevelDistribution.FromCounts(0, 0, -1), "wow", "Value should be non-negative.");
        Refused<ArgumentException>(() => ServiceLevelDistribution.FromCounts(long.MaxValue, 1, 0), "wow", "The interactions add up to more than Int64.MaxValue");
        var full = ServiceLevelDistribution.FromCounts(long.MaxValue, 0, 0);
        Assert.Contains("interactions", Assert.Throws<OverflowException>(() => full + ServiceLevelDistribution.FromCounts(0, 0, 1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Distributions_RefuseBadTolerancesAndValues_NamingThePosition()
    {
        Refused<ArgumentOutOfRangeException>(() => ServiceLevels.Distribution([1.0], [1.0], -1), "tolerance", "The tolerance should be finite and non-negative.");
        Refused<ArgumentOutOfRangeException>(() => ServiceLevels.Distribution([1.0, double.NaN], [1.0, 1.0]), "expected", "The value at position 1 is NaN;");
        Refused<ArgumentOutOfRangeException>(() => ServiceLevels.Distribution([1.0, 1.0], [1.0, double.PositiveInfinity]), "perceived", "The value at position 1 is Infinity;");
        Refused<ArgumentNullException>(() => ServiceLevels.Distribution(null!), "interactions", string.Empty);
        Refused<ArgumentOutOfRangeException>(() => ServiceLevels.Distribution(Array.Empty<(double, double)>(), double.NaN), "tolerance", "The tolerance should be finite and non-negative.");
        Refused<ArgumentOutOfRangeException>(() => ServiceLevels.Distribution([(1.0, 1.0), (1.0, 2.0), (double.NaN, 1.0)]), "interactions", "The value at position 2 is NaN;");
        Refused<ArgumentOutOfRangeException>(() => ServiceLevels.Distribution([(1.0, 1.0), (1.0, double.NegativeInfinity)]), "interactions", "The value at position 1 is -Infinity;");
    }

    [Fact]
    public void GapScores_RefuseBadInputs_NamingTheItemPosition()
    {
        double[] items = Enumerable.Repeat(4.0, 22).ToArray();
        Refused<ArgumentNullException>(() => ServiceLevels.ScoreGaps(null!, items, items), "layout", string.Empty);
        Refused<ArgumentException>(() => ServiceLevels.ScoreGaps(GapLayout.Servqual, items.Take(21).ToArray(), items), "expected", "expected has 21 elements but the layout's items has 22");
        Refused<ArgumentException>(() => ServiceLevels.ScoreGaps(GapLayout.Servqual, items, items.Take(21).ToArray()), "perceived", "perceived has 21 elements but the layout's items has 22");
        Refused<ArgumentException>(() => ServiceLevels.ScoreGaps(GapLayout.Servqual, items, items, importance: [1, 2]), "importance", "importance has 2 elements but the layout's dimensions has 5");
        Refused<ArgumentOutOfRangeException>(() => ServiceLevels.ScoreGaps(GapLayout.Servqual, items, items, tolerance: -0.5), "tolerance", "The tolerance should be finite and non-negative.");

        double[] badExpected = (double[])items.Clone();
        badExpected[6] = double.NaN; // item 7
        Refused<ArgumentOutOfRangeException>(() => ServiceLevels.ScoreGaps(GapLayout.Servqual, badExpected, items), "expected", "The value at position 6 is NaN;");
        double[] badPerceived = (double[])items.Clone();
        badPerceived[21] = double.PositiveInfinity; // item 22
        Refused<ArgumentOutOfRangeException>(() => ServiceLevels.ScoreGaps(GapLayout.Servqual, items, badPerceived), "perceived", "The value at position 21 is Infinity;");
    }

    [Fact]
    public void GapScores_WithoutImportance_TakeTheirLevelFromTheOverallGap()
    {
        double[] expected = Enumerable.Repeat(6.0, 22).ToArray();
        ServiceGapScore low = ServiceLevels.ScoreGaps(GapLayout.Servqual, expected, Enumerable.Repeat(4.0, 22).ToArray());
        Assert.Equal((ServiceLevel.Low, -2.0), (low.Level, low.Overall));
        Assert.True(double.IsNaN(low.WeightedOverall));
        Assert.Equal("Gap -2 over 5 dimensions: Low", low.ToString());
        ServiceGapScore wow = ServiceLevels.ScoreGaps(GapLayout.Servqual, expected, Enumerable.Repeat(7.0, 22).ToArray(), importance: [20, 20, 20, 20, 20]);
        Assert.Equal("Gap 1 over 5 dimensions (weighted 1): Wow", wow.ToString());
        Assert.NotEqual(low, low with { Overall = -1 });
        Assert.NotEqual(wow, wow with { WeightedOverall = 2 });
        Assert.NotEqual(low, low with { Level = ServiceLevel.Standard });
        Assert.NotEqual(low, low with { Dimensions = wow.Dimensions });
        Assert.False(low.Equals(null));
    }

    [Fact]
    public void GapLayouts_SayWhatIsMissing_AndCompareEveryDimension()
    {
        Refused<ArgumentException>(() => new GapLayout([]), "dimensions", "A layout needs at least one dimension.");
        Refused<ArgumentException>(() => new GapLayout([new GapDimension(" ", [1])]), "dimensions", "Every dimension needs a name and at least one item.");
        Refused<ArgumentException>(() => new GapLayout([new GapDimension("a", [])]), "dimensions", "Every dimension needs a name and at least one item.");

        var layout = new GapLayout([new GapDimension("a", [1, 2]), new GapDimension("b", [3])]);
        Assert.Equal(layout, new GapLayout([new GapDimension("a", [1, 2]), new GapDimension("b", [3])]));
        Assert.NotEqual(layout, new GapLayout([new GapDimension("a", [1, 3]), new GapDimension("b", [2])]));
        Assert.NotEqual(layout, new GapLayout([new GapDimension("a", [1, 2])]));
        Assert.False(layout.Equals(null));
    }

    [Fact]
    public void GapDimensions_CompareNamesAndItems_AndPrintThem()
    {
        var dimension = new GapDimension("Tangibles", [1, 2, 3]);
        Assert.Equal(dimension, new GapDimension("Tangibles", new List<int> { 1, 2, 3 }));
        Assert.NotEqual(dimension, new GapDimension("Reliability", [1, 2, 3]));
        Assert.NotEqual(dimension, new GapDimension("Tangibles", [1, 2]));
        Assert.NotEqual(dimension, new GapDimension("Tangibles", null!));
        Assert.NotEqual(new GapDimension("Tangibles", null!), dimension);
        Assert.Equal(new GapDimension("Tangibles", null!), new GapDimension("Tangibles", null!));
        Assert.False(dimension.Equals(null));
        Assert.Equal("Tangibles: items 1, 2, 3", dimension.ToString());
        Assert.Equal("Tangibles: items none", new GapDimension("Tangibles", null!).ToString());
    }

    [Fact]
    public void SlaMeasures_OfEveryForm_RefuseNullsAndBadThresholds_EvenWithNothingToMeasure()
    {
        var none = Array.Empty<(DateTimeOffset, DateTimeOffset)>();
        Refused<ArgumentNullException>(() => Sla.Measure((IEnumerable<(DateTimeOffset, DateTimeOffset)>)null!, Second), "operations", string.Empty);
        Refused<ArgumentOutOfRangeException>(() => Sla.Measure(none, TimeSpan.Zero), "threshold", "The threshold should be a time greater than 0.");
        Refused<ArgumentNullException>(() => Sla.MeasureByPeriod<string>(null!, 1), "operations", string.Empty);
        Refused<ArgumentOutOfRangeException>(() => Sla.MeasureByPeriod(Array.Empty<(string, double)>(), 0), "threshold", "The threshold should be a finite time greater than 0.");
        Refused<ArgumentOutOfRangeException>(() => Sla.Measure([1.0], double.PositiveInfinity), "threshold", "The threshold should be a finite time greater than 0.");
        Refused<ArgumentOutOfRangeException>(() => Sla.Measure([TimeSpan.Zero], -Second), "threshold", "The threshold should be a time greater than 0.");
#if !LIBRARY_NETSTANDARD
        Refused<ArgumentNullException>(() => Sla.MeasureByMonth(null!, Second), "operations", string.Empty);
        Refused<ArgumentOutOfRangeException>(() => Sla.MeasureByMonth(none, TimeSpan.Zero), "threshold", "The threshold should be a time greater than 0.");
#endif
    }

    [Fact]
    public void SlaMeasures_NameTheOperationThatFinishesBeforeItStarts()
    {
        var start = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        (DateTimeOffset, DateTimeOffset)[] operations = [(start, start), (start, start.AddMinutes(5)), (start, start.AddSeconds(-1))];
        Refused<ArgumentOutOfRangeException>(() => Sla.Measure(operations, Second), "operations", "The operation at position 2 finishes (");
#if !LIBRARY_NETSTANDARD
        Refused<ArgumentOutOfRangeException>(() => Sla.MeasureByMonth(operations, Second), "operations", "The operation at position 2 finishes (");
#endif

        // A finish equal to the start is an operation of no time, within any threshold.
        Assert.Equal(new SlaResult(2, 1), Sla.Measure(operations.Take(2), Second));
    }

    [Fact]
    public void SlaMeasures_CountADurationEqualToTheThresholdAsInTime_InEveryForm()
    {
        Assert.Equal(new SlaResult(3, 2), Sla.Measure([TimeSpan.Zero, Second, Second + TimeSpan.FromTicks(1)], Second));
        var periods = Sla.MeasureByPeriod([("2026-01", 20.0), ("2026-01", 20.000001), ("2026-02", 0.0)], 20);
        Assert.Equal([new SlaResult(2, 1), new SlaResult(1, 1)], periods.Select(p => p.Result));
        Assert.Equal("2026-01: Of 2 operations, 1 were done on time (50 %).", periods[0].ToString());
        Refused<ArgumentOutOfRangeException>(() => Sla.Measure([TimeSpan.Zero, -TimeSpan.FromTicks(1)], Second), "durations", "The duration at position 1 is -00:00:00.0000001; durations should be non-negative.");
    }

    [Fact]
    public void SlaResults_RefuseATargetOutsideTheUnitInterval()
    {
        var result = new SlaResult(10, 9);
        Refused<ArgumentOutOfRangeException>(() => result.Meets(1.5), "target", "Target should be a rate in [0, 1], for example 0.99.");
        Refused<ArgumentOutOfRangeException>(() => result.AllowedBreaches(-0.1), "target", "Target should be a rate in [0, 1], for example 0.99.");
        Refused<ArgumentOutOfRangeException>(() => result.ErrorBudgetUsed(double.NaN), "target", "Target should be a rate in [0, 1], for example 0.99.");
    }

    [Fact]
    public void Percentiles_RefuseBadPercentilesAndValues_InEveryForm()
    {
        Refused<ArgumentOutOfRangeException>(() => Sla.Percentile([1.0], 100.5), "percentile", "A percentile should be in [0, 100], for example 95.");
        Refused<ArgumentOutOfRangeException>(() => Sla.PercentilesOf([1.0], [50, -1]), "percentiles", "A percentile should be in [0, 100], for example 95.");
        Refused<ArgumentOutOfRangeException>(() => Sla.PercentilesOf([1.0, double.NaN], [50]), "values", "The value at position 1 is NaN; values should be finite numbers.");
        Assert.Equal([1.0, 2.0], Sla.PercentilesOf([2.0, 1.0], [0, 100]));
    }

    [Fact]
    public void Sketches_OfNothing_HaveNoMean_PrintSo_AndDifferFromOthersInEveryPart()
    {
        Assert.True(double.IsNaN(ResponseTimeSketch.Empty.EstimatedMean));
        Assert.Equal("Sketch of 0 values (α NaN)", ResponseTimeSketch.Empty.ToString());
        Assert.StartsWith("Sketch of 0 values (α 0.01)", ResponseTimeSketch.Create([]).ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Sketch of 2 values (α 0.01, ", ResponseTimeSketch.Create([1.0, 2.0]).ToString(), StringComparison.Ordinal);

        ResponseTimeSketch sketch = ResponseTimeSketch.Create([0.0, 1.0, 2.0, 40.0]);
        Assert.Equal(sketch, ResponseTimeSketch.Create([40.0, 2.0, 1.0, 0.0]));
        Assert.NotEqual(sketch, ResponseTimeSketch.Create([0.0, 1.0, 2.0, 40.0], relativeAccuracy: 0.02));
        Assert.NotEqual(sketch, ResponseTimeSketch.Create([0.0, 1.0, 2.0, 40.0], maxBuckets: 64));
        Assert.NotEqual(sketch, ResponseTimeSketch.Create([0.0, 0.0, 2.0, 40.0])); // another zero count
        Assert.NotEqual(sketch, ResponseTimeSketch.Create([0.0, 1.5, 2.0, 40.0])); // the same count in another bucket
        Assert.NotEqual(sketch, ResponseTimeSketch.Create([0.0, 1.0, 2.0, 40.1])); // another maximum, the same buckets
        Assert.NotEqual(ResponseTimeSketch.Create([1.0, 2.0]), ResponseTimeSketch.Create([1.001, 2.0])); // another minimum
        Assert.False(sketch.Equals(null));
    }

    [Fact]
    public void Sketches_OfNothing_HaveNoPercentileOrShare_AndAThresholdAtABucketsValueCountsThatBucket()
    {
        ResponseTimeSketch empty = ResponseTimeSketch.Create([]);
        Assert.True(double.IsNaN(empty.Percentile(50)));
        Assert.True(double.IsNaN(empty.ShareWithin(5)));

        // The median of 1, 2, 3 is the value that stands for the bucket of 2; a threshold equal to it takes that bucket in.
        ResponseTimeSketch sketch = ResponseTimeSketch.Create([1.0, 2.0, 3.0]);
        double median = sketch.Percentile(50);
        Assert.InRange(median, 1.98, 2.02);
        Assert.Equal(2.0 / 3, sketch.ShareWithin(median));
    }

    [Fact]
    public void SketchesFromBuckets_WhoseExtremesDoNotFitTheirCounts_AreRefused()
    {
        const string Message = "The extremes [";
        KeyValuePair<int, long>[] one = [new(5, 1)];
        Refused<ArgumentException>(() => ResponseTimeSketch.FromBuckets(0.01, 2048, 0, [], 1, double.NaN), "maximum", Message); // no values, one extreme
        Refused<ArgumentException>(() => ResponseTimeSketch.FromBuckets(0.01, 2048, 1, [], 0.5, 0.5), "maximum", Message); // a zero, a positive minimum
        Refused<ArgumentException>(() => ResponseTimeSketch.FromBuckets(0.01, 2048, 0, one, 0, 1.05), "maximum", Message); // no zero, a minimum of 0
        Refused<ArgumentException>(() => ResponseTimeSketch.FromBuckets(0.01, 2048, 1, one, 0, 0), "maximum", Message); // positive values, a maximum of 0
        Assert.Equal(1, ResponseTimeSketch.FromBuckets(0.01, 2048, 1, [], 0, 0).Count); // only zeros: both extremes 0
        Assert.Equal(0, ResponseTimeSketch.FromBuckets(0.01, 2048, 0, [], double.NaN, double.NaN).Count);
    }

    [Fact]
    public void Sketches_MergedBeyondInt64_SayThatTheValuesOverflow()
    {
        ResponseTimeSketch zeros = ResponseTimeSketch.FromBuckets(0.01, 2048, long.MaxValue, [], 0, 0);
        Assert.Contains("values", Assert.Throws<OverflowException>(() => zeros + ResponseTimeSketch.FromBuckets(0.01, 2048, 1, [], 0, 0)).Message, StringComparison.Ordinal);
        ResponseTimeSketch full = ResponseTimeSketch.FromBuckets(0.01, 2048, 0, [new(5, long.MaxValue)], 1.05, 1.1);
        Assert.Contains("values", Assert.Throws<OverflowException>(() => full + ResponseTimeSketch.FromBuckets(0.01, 2048, 0, [new(5, 1)], 1.05, 1.1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SatisfactionResultsReadFromCounts_CheckTheScaleAndTheCounts()
    {
        Assert.Equal(new Proportion(2, 2), Satisfaction.Calculate([1, 2], scaleMax: 2).Satisfied); // the top two of a two-point scale are all of it
        Refused<ArgumentOutOfRangeException>(() => Satisfaction.FromDistribution(1, [1]), "scaleMax", "The scale should run from 1 to a maximum between 2 and 254.");
        Refused<ArgumentOutOfRangeException>(() => Satisfaction.FromDistribution(255, new long[255]), "scaleMax", "The scale should run from 1 to a maximum between 2 and 254.");
        Refused<ArgumentOutOfRangeException>(() => Satisfaction.FromDistribution(2, [1, -1]), "distribution", "Value should be non-negative.");
        Assert.Contains("ratings", Assert.Throws<OverflowException>(() => Satisfaction.FromDistribution(2, [long.MaxValue, 1])).Message, StringComparison.Ordinal);
        Assert.Equal(Satisfaction.Calculate([2, 1, 2], scaleMax: 2), Satisfaction.FromDistribution(2, [1, 2]));
    }
}
