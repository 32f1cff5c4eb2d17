using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Services;

/// <summary>The response-time sketch: within α of the exact type-7 percentile on any data, and merge = whole exactly.</summary>
public class ResponseTimeSketchTests
{
    /// <summary>Durations over nine orders of magnitude, with zeros and repeats, in random order.</summary>
    private static readonly Gen<double> Duration =
        Gen.Frequency(
            (1, Gen.Constant(0.0)),
            (8, from mantissa in Gen.Choose(1, 1_000_000) from exponent in Gen.Choose(-4, 5) select mantissa / 1e6 * Math.Pow(10, exponent)),
            (1, Gen.Elements(20.0, 30.0, 15.5)));

    private static readonly Arbitrary<(double[] Values, double Accuracy, int Cut)> Samples =
        (from values in Duration.ArrayOf()
         from accuracy in Gen.Elements(0.001, 0.01, 0.02, 0.05)
         from cut in Gen.Choose(0, values.Length)
         select (values, accuracy, cut)).ToArbitrary();

    [Fact]
    public void Percentile_IsWithinTheRelativeAccuracyOfTheExactOne()
    {
        Prop.ForAll(Samples, Gen.Choose(0, 1000).Select(p => p / 10.0).ToArbitrary(), (s, percentile) =>
        {
            // Enough buckets for nine orders of magnitude at every accuracy, so nothing collapses.
            ResponseTimeSketch sketch = ResponseTimeSketch.Create(s.Values, s.Accuracy, maxBuckets: 100_000);
            double exact = Sla.Percentile(s.Values, percentile);
            double estimate = sketch.Percentile(percentile);
            Assert.False(sketch.IsCollapsed);
            Assert.True(
                double.IsNaN(exact) ? double.IsNaN(estimate) : Math.Abs(estimate - exact) <= (s.Accuracy + 1e-12) * exact,
                $"p{percentile}: estimate {estimate}, exact {exact}, α {s.Accuracy}");
        }).Check(Properties.Thorough);
    }

    [Fact]
    public void Extremes_AreExact()
    {
        Prop.ForAll(Samples, s =>
        {
            ResponseTimeSketch sketch = ResponseTimeSketch.Create(s.Values, s.Accuracy, maxBuckets: 100_000);
            if (s.Values.Length > 0)
            {
                Assert.Equal(s.Values.Min(), sketch.Percentile(0));
                Assert.Equal(s.Values.Max(), sketch.Percentile(100));
                Assert.Equal(s.Values.Length, sketch.Count);
                Assert.Equal(s.Values.Count(v => v == 0), sketch.ZeroCount);
                Assert.True(Math.Abs(sketch.EstimatedMean - s.Values.Average()) <= (s.Accuracy + 1e-12) * s.Values.Average());
            }
        }).Check(Properties.Default);
    }

    [Fact]
    public void Merge_EqualsTheSketchOfTheWhole_Exactly()
    {
        Prop.ForAll(Samples, s =>
        {
            ResponseTimeSketch whole = ResponseTimeSketch.Create(s.Values, s.Accuracy);
            ResponseTimeSketch left = ResponseTimeSketch.Create(s.Values.AsSpan(0, s.Cut), s.Accuracy);
            ResponseTimeSketch right = ResponseTimeSketch.Create(s.Values.AsSpan(s.Cut), s.Accuracy);
            Assert.Equal(whole, left + right);
            Assert.Equal(whole, right.Add(left));
            Assert.Equal(left, left + ResponseTimeSketch.Empty);
            Assert.Equal(left, ResponseTimeSketch.Empty + left);
        }).Check(Properties.Default);
    }

    [Fact]
    public void Merge_IsAssociative()
    {
        Prop.ForAll(Samples, Samples, Samples, (a, b, c) =>
        {
            ResponseTimeSketch x = ResponseTimeSketch.Create(a.Values, 0.01), y = ResponseTimeSketch.Create(b.Values, 0.01), z = ResponseTimeSketch.Create(c.Values, 0.01);
            Assert.Equal((x + y) + z, x + (y + z));
        }).Check(Properties.Default);
    }

    [Fact]
    public void Collapse_KeepsTheHighestBuckets_AndMergeStillEqualsWhole()
    {
        double[] wide = [1e-12, 1e-9, 1e-6, 1e-3, 1, 1e3, 1e6, 1e9];
        ResponseTimeSketch whole = ResponseTimeSketch.Create(wide, 0.01, maxBuckets: 16);
        Assert.True(whole.IsCollapsed);
        Assert.Equal(16, whole.BucketCounts.Count);
        Assert.Equal(1e9, whole.Percentile(100));
        Assert.Equal(1e-12, whole.Percentile(0));
        ResponseTimeSketch merged = ResponseTimeSketch.Create(wide.AsSpan(0, 5), 0.01, 16) + ResponseTimeSketch.Create(wide.AsSpan(5), 0.01, 16);
        Assert.Equal(whole, merged);
    }

    [Fact]
    public void FromBuckets_RebuildsTheSketch()
    {
        Prop.ForAll(Samples, s =>
        {
            ResponseTimeSketch sketch = ResponseTimeSketch.Create(s.Values, s.Accuracy);
            var buckets = sketch.BucketCounts.Select((count, i) => new KeyValuePair<int, long>(sketch.FirstBucket + i, count)).Reverse();
            Assert.Equal(sketch, ResponseTimeSketch.FromBuckets(s.Accuracy, sketch.MaxBuckets, sketch.ZeroCount, buckets, sketch.Minimum, sketch.Maximum, sketch.IsCollapsed));
        }).Check(Properties.Default);
    }

    [Fact]
    public void TheSourcesStandard_20Seconds_IsReadFromTheSketch()
    {
        double[] greetings = [12, 18, 20, 25, 31, 9, 14, 19.5, 45, 20];
        ResponseTimeSketch sketch = ResponseTimeSketch.Create(greetings);
        Assert.Equal(0.7, sketch.ShareWithin(20), 12);
        Assert.Equal(1, sketch.ShareWithin(45));
        Assert.Equal(0, ResponseTimeSketch.Create([5.0]).ShareWithin(0));
    }

    public static TheoryData<Action, string> BadInputs => new()
    {
        { () => ResponseTimeSketch.Create([1, -1]), "values" },
        { () => ResponseTimeSketch.Create([double.NaN]), "values" },
        { () => ResponseTimeSketch.Create([double.PositiveInfinity]), "values" },
        { () => ResponseTimeSketch.Create([1], relativeAccuracy: 0), "relativeAccuracy" },
        { () => ResponseTimeSketch.Create([1], relativeAccuracy: 1), "relativeAccuracy" },
        { () => ResponseTimeSketch.Create([1], maxBuckets: 15), "maxBuckets" },
        { () => ResponseTimeSketch.Create([1]).Percentile(100.5), "percentile" },
        { () => ResponseTimeSketch.Create([1]).ShareWithin(-1), "threshold" },
        { () => _ = ResponseTimeSketch.Create([1], 0.01) + ResponseTimeSketch.Create([1], 0.02), "right" },
        { () => ResponseTimeSketch.FromBuckets(0.01, 2048, 0, [new(3, 1), new(3, 2)], 1, 1), "buckets" },
        { () => ResponseTimeSketch.FromBuckets(0.01, 2048, 0, [new(3, -1)], 1, 1), "buckets" },
        { () => ResponseTimeSketch.FromBuckets(0.01, 2048, 1, [], 5, 5), "maximum" },
        { () => ResponseTimeSketch.FromBuckets(0.01, 2048, 0, [new(3, 1)], double.NaN, double.NaN), "maximum" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInputs_NameTheParameter(Action action, string paramName) =>
        Assert.Equal(paramName, Assert.ThrowsAny<ArgumentException>(action).ParamName);
}
