using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Audits;

public class AuditIndexTests
{
    [Theory]
    [InlineData(9, 10, 0.9)]
    [InlineData(0, 5, 0.0)]
    [InlineData(12, 12, 1.0)]
    public void Calculate_TheSourcesFormula(int passed, int total, double expected) =>
        Assert.Equal(expected, AuditIndex.Calculate(passed, total));

    [Fact]
    public void Calculate_NoItems_IsNaN() => Assert.True(double.IsNaN(AuditIndex.Calculate(0, 0)));

    [Theory]
    [InlineData(-1, 5, "passed")]
    [InlineData(1, -5, "total")]
    [InlineData(6, 5, "passed")]
    public void Calculate_BadCounts_Throw(int passed, int total, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AuditIndex.Calculate(passed, total));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Calculate_PassedAboveTotal_SaysSo()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AuditIndex.Calculate(6, 5));
        Assert.Contains("Passed items (6) should not exceed all items (5).", error.Message);
    }

    [Fact]
    public void Score_Unweighted_IsPassedOverApplicable()
    {
        // 3 passed, 1 failed, 1 not applicable: 3 / 4.
        AuditResult result = AuditIndex.Score(
        [
            new AuditCheck("greeting", AuditOutcome.Passed),
            new AuditCheck("smile", AuditOutcome.Passed),
            new AuditCheck("solution", AuditOutcome.Failed),
            new AuditCheck("farewell", AuditOutcome.Passed),
            new AuditCheck("return", AuditOutcome.NotApplicable),
        ]);

        Assert.Equal(0.75, result.Index);
        Assert.Equal(75, result.Percent);
        Assert.Equal((3, 1, 1, 4, 5), (result.Passed, result.Failed, result.NotApplicable, result.Applicable, result.Total));
        Assert.False(result.HasCriticalFailure);
        Assert.Empty(result.Sections);
    }

    [Fact]
    public void Score_Weighted()
    {
        // Passed weight 2 + 1 = 3 of applicable 2 + 1 + 2 = 5: 0.6. The N/A weight 4 does not count.
        AuditResult result = AuditIndex.Score(
        [
            new AuditCheck("a", AuditOutcome.Passed, Weight: 2),
            new AuditCheck("b", AuditOutcome.Passed),
            new AuditCheck("c", AuditOutcome.Failed, Weight: 2),
            new AuditCheck("d", AuditOutcome.NotApplicable, Weight: 4),
        ]);

        Assert.Equal(0.6, result.Index, 15);
        Assert.Equal(3, result.PassedWeight);
        Assert.Equal(5, result.ApplicableWeight);
    }

    [Fact]
    public void Score_CriticalFailure_KnocksOutOnlyWhenAsked()
    {
        AuditCheck[] checks =
        [
            new("greeting", AuditOutcome.Passed, Section: "Store"),
            new("solution", AuditOutcome.Failed, Critical: true, Section: "Store"),
            new("delivery", AuditOutcome.Passed, Critical: true, Section: "Delivery"),
            new("on-time", AuditOutcome.Passed, Section: "Delivery"),
        ];

        AuditResult reported = AuditIndex.Score(checks);
        Assert.Equal(0.75, reported.Index);
        Assert.True(reported.HasCriticalFailure);
        Assert.False(reported.IsKnockedOut);
        Assert.Equal(new[] { "solution" }, reported.CriticalFailures);

        AuditResult knockedOut = AuditIndex.Score(checks, criticalFailureZeroesIndex: true);
        Assert.Equal(0, knockedOut.Index);
        Assert.Equal(0.75, knockedOut.IndexBeforeKnockOut);
        Assert.True(knockedOut.IsKnockedOut);
        Assert.Equal(new[] { "solution" }, knockedOut.CriticalFailures);
        Assert.Equal(0, knockedOut.Sections["Store"].Index);       // the section with the failure
        Assert.Equal(1, knockedOut.Sections["Delivery"].Index);    // the other section keeps its index
        Assert.Contains("knocked out by solution", knockedOut.ToString());
    }

    [Fact]
    public void Score_Sections_InOrderOfAppearance()
    {
        AuditResult result = AuditIndex.Score(
        [
            new AuditCheck("a", AuditOutcome.Passed, Section: "Phone"),
            new AuditCheck("b", AuditOutcome.Failed, Section: "Store"),
            new AuditCheck("c", AuditOutcome.Passed, Section: "Phone"),
            new AuditCheck("d", AuditOutcome.Passed, Section: "Store"),
            new AuditCheck("e", AuditOutcome.Failed),
        ]);

        Assert.Equal(new[] { "Phone", "Store" }, result.Sections.Keys);
        Assert.Equal(1.0, result.Sections["Phone"].Index);
        Assert.Equal(0.5, result.Sections["Store"].Index);
        Assert.Equal(0.6, result.Index, 15); // the unsectioned check counts overall
    }

    [Fact]
    public void Score_NothingApplicable_IsNaN()
    {
        AuditResult result = AuditIndex.Score([new AuditCheck("return", AuditOutcome.NotApplicable)]);
        Assert.True(double.IsNaN(result.Index));
        Assert.True(double.IsNaN(AuditIndex.Score([]).Index));
    }

    public static TheoryData<Func<AuditCheck>, string, string> BadChecks => new()
    {
        { () => new AuditCheck("a", AuditOutcome.Passed, Weight: 0), "Weight", "Weight is 0; weights should be finite and greater than 0." },
        { () => new AuditCheck("a", AuditOutcome.Passed, Weight: -1), "Weight", "Weight is -1;" },
        { () => new AuditCheck("a", AuditOutcome.Passed, Weight: double.NaN), "Weight", "Weight is NaN;" },
        { () => new AuditCheck("a", AuditOutcome.Passed, Weight: double.PositiveInfinity), "Weight", "Weight is Infinity;" },
        { () => new AuditCheck("", AuditOutcome.Passed), "Item", "The item id should not be empty." },
        { () => new AuditCheck(" ", AuditOutcome.Passed), "Item", "The item id should not be empty." },
        { () => new AuditCheck(null!, AuditOutcome.Passed), "Item", "Value cannot be null." },
        { () => new AuditCheck("a", (AuditOutcome)9), "Outcome", "Unknown outcome 9." },
        { () => new AuditCheck("a", AuditOutcome.Passed, Section: " "), "Section", "The section should not be empty; use null" },
        { () => new AuditCheck("a", AuditOutcome.Passed) with { Weight = -2 }, "Weight", "Weight is -2;" },
        { () => new AuditCheck("a", AuditOutcome.Passed) with { Item = "" }, "Item", "The item id should not be empty." },
        { () => new AuditCheck("a", AuditOutcome.Passed) with { Outcome = (AuditOutcome)(-1) }, "Outcome", "Unknown outcome -1." },
    };

    [Theory]
    [MemberData(nameof(BadChecks))]
    public void Check_BadValues_AreRefusedWhenTheCheckIsMade(Func<AuditCheck> make, string property, string expected)
    {
        var error = Assert.ThrowsAny<ArgumentException>(make);
        Assert.Equal(property, error.ParamName);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Score_WeightsBeyondTheLargestDouble_AreRefusedWithTheirPosition()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AuditIndex.Score([new AuditCheck("a", AuditOutcome.Passed, 1e308), new AuditCheck("b", AuditOutcome.Failed, 1e308)]));
        Assert.Equal("checks", error.ParamName);
        Assert.StartsWith("The weights add up to more than the largest double (about 1.8e308) at position 1", error.Message);
        Assert.Equal(0.5, AuditIndex.Score([new AuditCheck("a", AuditOutcome.Passed, 8e307), new AuditCheck("b", AuditOutcome.Failed, 8e307)]).Index);
    }

    [Fact]
    public void Score_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => AuditIndex.Score(null!));
        var error = Assert.Throws<ArgumentNullException>(() => AuditIndex.Score([new AuditCheck("a", AuditOutcome.Passed), null!]));
        Assert.Contains("position 1 is null", error.Message);
    }

    [Fact]
    public void Results_HaveValueEquality()
    {
        AuditCheck[] checks = [new("a", AuditOutcome.Passed, Section: "S"), new("b", AuditOutcome.Failed, Critical: true, Section: "S")];
        Assert.Equal(AuditIndex.Score(checks), AuditIndex.Score(checks.ToList()));
        Assert.NotEqual(AuditIndex.Score(checks), AuditIndex.Score(checks, criticalFailureZeroesIndex: true));
        Assert.Equal(AuditIndex.Score(checks).GetHashCode(), AuditIndex.Score(checks).GetHashCode());
    }

    [Fact]
    public void Summarize_PooledAndMean_HandComputed()
    {
        // A: 3 of 4 (0.75); B: 1 of 2 but knocked out (0); C: nothing applicable (undefined).
        // Pooled = (3 + 0) / (4 + 2) = 0.5; mean over the defined audits = (0.75 + 0) / 2 = 0.375.
        AuditResult a = AuditIndex.Score(
        [
            new AuditCheck("x", AuditOutcome.Passed, Section: "Store"),
            new AuditCheck("y", AuditOutcome.Passed, Section: "Store"),
            new AuditCheck("z", AuditOutcome.Passed, Section: "Phone"),
            new AuditCheck("w", AuditOutcome.Failed, Section: "Phone"),
        ]);
        AuditResult b = AuditIndex.Score(
            [new AuditCheck("x", AuditOutcome.Passed, Section: "Store"), new AuditCheck("k", AuditOutcome.Failed, Critical: true, Section: "Store")],
            criticalFailureZeroesIndex: true);
        AuditResult c = AuditIndex.Score([new AuditCheck("r", AuditOutcome.NotApplicable)]);

        AuditSummary summary = AuditIndex.Summarize([a, b, c]);

        Assert.Equal(3, summary.Audits);
        Assert.Equal(1, summary.UndefinedAudits);
        Assert.Equal(1, summary.KnockedOut);
        Assert.Equal(0.5, summary.PooledIndex);
        Assert.Equal(0.375, summary.MeanIndex);
        Assert.Equal(new[] { "Store", "Phone" }, summary.Sections.Keys);
        Assert.Equal(0.5, summary.Sections["Store"].PooledIndex);   // (2 + 0) / (2 + 2)
        Assert.Equal(0.5, summary.Sections["Phone"].PooledIndex);   // 1 / 2
        Assert.True(summary.Meets(0.5));
        Assert.False(summary.Meets(0.9));
        Assert.False(summary.Meets(0.4, AuditAggregation.Mean));
        Assert.Equal("3 audits: pooled 0.5, mean 0.375", summary.ToString());
    }

    [Fact]
    public void Summarize_Empty_IsNaN()
    {
        AuditSummary summary = AuditIndex.Summarize([]);
        Assert.Equal(0, summary.Audits);
        Assert.True(double.IsNaN(summary.PooledIndex));
        Assert.True(double.IsNaN(summary.MeanIndex));
        Assert.False(summary.Meets(0));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Meets_TargetOutsideUnitInterval_Throws(double target)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AuditIndex.Summarize([]).Meets(target));
        Assert.Equal("target", error.ParamName);
    }

    [Fact]
    public void Summarize_NullAudit_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AuditIndex.Summarize(null!));
        Assert.Throws<ArgumentNullException>(() => AuditIndex.Summarize([null!]));
    }

    [Fact]
    public void SummarizeByAndTrend()
    {
        AuditResult Audit(int passed, int failed) => AuditIndex.Score(
            Enumerable.Range(0, passed).Select(i => new AuditCheck($"p{i}", AuditOutcome.Passed))
                .Concat(Enumerable.Range(0, failed).Select(i => new AuditCheck($"f{i}", AuditOutcome.Failed))));

        (string Period, AuditResult Audit)[] audits =
        [
            ("2026-02", Audit(9, 1)),
            ("2026-01", Audit(7, 3)),
            ("2026-02", Audit(10, 0)),
            ("2026-01", Audit(8, 2)),
        ];

        IReadOnlyList<KeyValuePair<string, AuditSummary>> byPeriod = AuditIndex.SummarizeBy(audits);
        Assert.Equal(new[] { "2026-02", "2026-01" }, byPeriod.Select(p => p.Key));

        IReadOnlyList<AuditTrendPoint<string>> trend = AuditIndex.Trend(audits);
        Assert.Equal("2026-01", trend[0].Period);
        Assert.Equal(0.75, trend[0].Summary.PooledIndex, 15); // 15 of 20
        Assert.True(double.IsNaN(trend[0].PooledChange)); // the first period has no change
        Assert.Equal(0.95, trend[1].Summary.PooledIndex, 15); // 19 of 20
        Assert.Equal(0.2, trend[1].PooledChange, 12);
    }
}
