using System;
using System.Collections.Generic;
using System.IO;
using Xunit;
using static CustomerMetrics.Tests.Refusal;

namespace CustomerMetrics.Tests.Audits;

/// <summary>
/// The audit family's text, argument checks and stored-figure checks, part by part: what each type prints,
/// which parameter a refusal names and with what sentence, and the ends that are still accepted.
/// </summary>
public class AuditArgumentTests
{
    private const string ChecklistCsv = "id,text,section,weight,critical\ng,Greeting,Store,2.5,yes\nt,Thanks,,1,n\n";

    private static readonly AuditResult Half = AuditIndex.Score([new AuditCheck("a", AuditOutcome.Passed), new AuditCheck("b", AuditOutcome.Failed, Critical: true)]);

    private static readonly AuditResult NothingApplies = AuditIndex.Score([new AuditCheck("a", AuditOutcome.NotApplicable)]);

    [Fact]
    public void ChecksAndItems_PrintTheirFlagsAndSections()
    {
        Assert.Equal("greeting: Passed (weight 1.5, critical, section Store)", new AuditCheck("greeting", AuditOutcome.Passed, 1.5, Critical: true, Section: "Store").ToString());
        Assert.Equal("greeting: Failed (weight 1)", new AuditCheck("greeting", AuditOutcome.Failed).ToString());
        Assert.Equal("greeting (weight 2.5, critical, section Store): Say hello", new AuditChecklistItem("greeting", "Say hello", "Store", 2.5, Critical: true).ToString());
        Assert.Equal("greeting (weight 1): Say hello", new AuditChecklistItem("greeting", "Say hello").ToString());
    }

    [Fact]
    public void Results_PrintWhatKnockedThemOut()
    {
        Assert.Equal("Audit index 0.5 (passed 1, failed 1, n/a 0)", Half.ToString());
        AuditResult knockedOut = AuditIndex.Score([new AuditCheck("a", AuditOutcome.Passed), new AuditCheck("b", AuditOutcome.Failed, Critical: true)], criticalFailureZeroesIndex: true);
        Assert.Equal("Audit index 0 (passed 1, failed 1, n/a 0, knocked out by b)", knockedOut.ToString());
    }

    [Fact]
    public void TrendPoints_PrintTheirChange_OnlyWhenThereIsOne_AndNeedAPeriod()
    {
        AuditSummary summary = AuditIndex.Summarize([Half]);
        Assert.Equal("2026-08: 1 audits: pooled 0.5, mean 0.5; change +0.05", new AuditTrendPoint<string>("2026-08", summary, 0.05).ToString());
        Assert.Equal("2026-08: 1 audits: pooled 0.5, mean 0.5", new AuditTrendPoint<string>("2026-08", summary, double.NaN).ToString());
        Assert.Equal("Period", Assert.Throws<ArgumentNullException>(() => new AuditTrendPoint<string>(null!, summary, 0)).ParamName);
    }

    [Fact]
    public void NullArguments_AreNamed()
    {
        AuditChecklist checklist = AuditChecklist.FromCsv(new StringReader(ChecklistCsv));
        Assert.Equal("answers", Assert.Throws<ArgumentNullException>(() => checklist.CreateChecks(null!)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => checklist.WriteCsv(null!)).ParamName);
        Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => AuditChecklist.FromCsv(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => AuditChecklist.FromJson(null!)).ParamName);
        Assert.Equal("audits", Assert.Throws<ArgumentNullException>(() => AuditIndex.SummarizeBy<string>(null!)).ParamName);
        AuditSummary summary = AuditIndex.Summarize([Half]);
        Assert.Equal("left", Assert.Throws<ArgumentNullException>(() => null! + summary).ParamName);
        Assert.Equal("right", Assert.Throws<ArgumentNullException>(() => summary + null!).ParamName);
    }

    [Fact]
    public void NullElements_AreNamedByTheirPosition()
    {
        Refused<ArgumentNullException>(() => AuditIndex.Score([new AuditCheck("a", AuditOutcome.Passed), null!]), "checks", "The check at position 1 is null.");
        Refused<ArgumentNullException>(() => AuditIndex.Summarize([Half, null!]), "audits", "The audit at position 1 is null.");
        Refused<ArgumentNullException>(() => AuditIndex.SummarizeBy([("a", Half), ("b", (AuditResult)null!)]), "audits", "The audit at position 1 is null.");
        Refused<ArgumentNullException>(() => AuditIndex.SummarizeBy([("a", Half), ((string)null!, Half)]), "audits", "The key of the element at position 1 is null; every element needs a key.");
    }

    [Fact]
    public void Checklists_AreWrittenExactly_AsJsonAndCsv()
    {
        AuditChecklist checklist = AuditChecklist.FromCsv(new StringReader(ChecklistCsv));
        Assert.Equal(
            "{\n  \"items\": [\n    {\n      \"id\": \"g\",\n      \"text\": \"Greeting\",\n      \"section\": \"Store\",\n      \"weight\": 2.5,\n      \"critical\": true\n    },"
            + "\n    {\n      \"id\": \"t\",\n      \"text\": \"Thanks\",\n      \"weight\": 1,\n      \"critical\": false\n    }\n  ]\n}",
            checklist.ToJson());
        var csv = new StringWriter { NewLine = "\n" };
        checklist.WriteCsv(csv);
        Assert.Equal(ChecklistCsv.Replace("yes", "true").Replace(",n\n", ",false\n"), csv.ToString());
        Assert.Equal(checklist, AuditChecklist.FromJson(checklist.ToJson()));
        Assert.False(checklist.Equals((AuditChecklist?)null));
        Assert.False(checklist.Equals(AuditChecklist.FromCsv(new StringReader("id,text\ng,Greeting\n"))));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("yes", true)]
    [InlineData("1", true)]
    [InlineData("y", true)]
    [InlineData("false", false)]
    [InlineData("No", false)]
    [InlineData("no", false)]
    [InlineData("0", false)]
    [InlineData("n", false)]
    public void CriticalFlags_ReadEveryDocumentedSpelling(string flag, bool critical)
    {
        AuditChecklist checklist = AuditChecklist.FromCsv(new StringReader($"id,text,critical\ng,Greeting,{flag}\n"));
        Assert.Equal(critical, checklist.Items[0].Critical);
    }

    [Fact]
    public void StoredResults_AreCheckedPartByPart()
    {
        string[] none = [];
        Assert.Equal(Half, AuditResult.FromFigures(1, 2, 1, 1, 0, ["b"], false, null));
        Assert.Equal(NothingApplies, AuditResult.FromFigures(0, 0, 0, 0, 1, none, false, null));
        Refused<ArgumentOutOfRangeException>(() => AuditResult.FromFigures(1, 2, -1, 1, 0, none, false, null), "passed", "Value should be non-negative.");
        Refused<ArgumentOutOfRangeException>(() => AuditResult.FromFigures(1, 2, 1, -1, 0, none, false, null), "failed", "Value should be non-negative.");
        Refused<ArgumentOutOfRangeException>(() => AuditResult.FromFigures(1, 2, 1, 1, -1, none, false, null), "notApplicable", "Value should be non-negative.");

        // Each condition of the weights on its own: every other one holds.
        (double Passed, double Applicable, int PassedItems, int FailedItems)[] unfit =
        [
            (0, -1, 0, 1), // applicable weight negative
            (1, double.PositiveInfinity, 1, 1), // applicable weight not finite
            (1, double.NaN, 1, 1),
            (-1, 2, 1, 1), // passed weight negative
            (3, 2, 1, 1), // passed above applicable
            (0, 2, 0, 0), // a weight where no item applies
            (0, 0, 1, 0), // items apply without a weight
            (1, 2, 0, 1), // a passed weight without a passed item
            (0, 2, 1, 1), // a passed item without a passed weight
        ];
        foreach (var (passed, applicable, passedItems, failedItems) in unfit)
        {
            Refused<ArgumentException>(() => AuditResult.FromFigures(passed, applicable, passedItems, failedItems, 0, none, false, null), "passedWeight", "The weights ");
        }

        Assert.True(AuditResult.FromFigures(1, 2, 1, 1, 0, ["b"], true, null).IsKnockedOut);
        const string Critical = "Critical failures are ids of failed items (at most one per failed item), and a knock-out needs one.";
        Refused<ArgumentException>(() => AuditResult.FromFigures(1, 2, 1, 1, 0, ["b", "c"], false, null), "criticalFailures", Critical);
        Refused<ArgumentException>(() => AuditResult.FromFigures(1, 2, 1, 1, 0, none, true, null), "criticalFailures", Critical);
        Refused<ArgumentException>(() => AuditResult.FromFigures(1, 2, 1, 1, 0, [" "], false, null), "criticalFailures", Critical);

        Assert.Equal(Half, AuditResult.FromFigures(1, 2, 1, 1, 0, ["b"], false, new Dictionary<string, AuditResult>()));
        Assert.Single(AuditResult.FromFigures(1, 2, 1, 1, 0, none, false, new Dictionary<string, AuditResult> { ["Store"] = Half }).Sections);
        const string Sections = "Each section has a name and a result without sections of its own.";
        AuditResult withSection = AuditIndex.Score([new AuditCheck("a", AuditOutcome.Passed, Section: "Store")]);
        Refused<ArgumentException>(() => AuditResult.FromFigures(1, 2, 1, 1, 0, none, false, new Dictionary<string, AuditResult> { [" "] = Half }), "sections", Sections);
        Refused<ArgumentException>(() => AuditResult.FromFigures(1, 2, 1, 1, 0, none, false, new Dictionary<string, AuditResult> { ["Store"] = null! }), "sections", Sections);
        Refused<ArgumentException>(() => AuditResult.FromFigures(1, 2, 1, 1, 0, none, false, new Dictionary<string, AuditResult> { ["Store"] = withSection }), "sections", Sections);
    }

    [Fact]
    public void Results_DifferInEveryPart()
    {
        string[] none = [];
        AuditResult Make(double passed = 1, double applicable = 2, int passedItems = 1, int failedItems = 1, int notApplicable = 0, string[]? critical = null, bool knockedOut = false, Dictionary<string, AuditResult>? sections = null) =>
            AuditResult.FromFigures(passed, applicable, passedItems, failedItems, notApplicable, critical ?? none, knockedOut, sections);
        AuditResult baseline = Make();
        Assert.Equal(baseline, Make());
        Assert.False(baseline.Equals((AuditResult?)null));
        Assert.NotEqual(baseline, Make(passed: 1.5));
        Assert.NotEqual(baseline, Make(applicable: 3));
        Assert.NotEqual(baseline, Make(passedItems: 2));
        Assert.NotEqual(baseline, Make(failedItems: 2));
        Assert.NotEqual(baseline, Make(notApplicable: 1));
        Assert.NotEqual(Make(critical: ["b"]), Make(critical: ["b"], knockedOut: true));
        Assert.NotEqual(baseline, Make(critical: ["b"]));
        Assert.NotEqual(baseline, Make(sections: new Dictionary<string, AuditResult> { ["Store"] = Half }));
        Assert.NotEqual(Make(sections: new Dictionary<string, AuditResult> { ["Store"] = Half }), Make(sections: new Dictionary<string, AuditResult> { ["Store"] = NothingApplies }));
    }

    [Fact]
    public void Summaries_MeanOnlyTheDefinedIndices_AndMeetTargetsExactly()
    {
        AuditSummary summary = AuditIndex.Summarize([Half, NothingApplies]);
        Assert.Equal(0.5, summary.MeanIndex);
        Assert.Equal(0.5, summary.PooledIndex);
        Assert.True(summary.Meets(0.5, AuditAggregation.Mean));
        Assert.True(summary.Meets(0.5));
        Assert.False(summary.Meets(0.5000001, AuditAggregation.Mean));
        Refused<ArgumentOutOfRangeException>(() => summary.Meets(2), "target", "Target should be an index in [0, 1], for example 0.9.");
        Refused<ArgumentOutOfRangeException>(() => summary.Meets(0.5, (AuditAggregation)9), "aggregation", "Unknown aggregation.");
    }

    [Fact]
    public void SummaryMerges_ReachTheLimits_AndSayWhenTheyPassThem()
    {
        var almostAll = new AuditSummary(int.MaxValue - 1, int.MaxValue - 1, 0, 0, 0, 0);
        Assert.Equal(int.MaxValue, (almostAll + new AuditSummary(1, 1, 0, 0, 0, 0)).Audits);
        Assert.StartsWith("Adding these summaries gives more than Int32.MaxValue", Assert.Throws<OverflowException>(() => almostAll + new AuditSummary(2, 2, 0, 0, 0, 0)).Message, StringComparison.Ordinal);
        var heavy = new AuditSummary(1, 0, 0, 0, double.MaxValue, 0);
        Assert.Equal(
            "Adding these summaries gives applicable weights beyond the largest double (about 1.8e308); only their ratios matter, so use smaller weights.",
            Assert.Throws<OverflowException>(() => heavy + heavy).Message);
        AuditResult heavyAudit = AuditResult.FromFigures(1e308, 1e308, 1, 0, 0, [], false, null);
        Refused<ArgumentOutOfRangeException>(() => AuditIndex.Summarize([heavyAudit, heavyAudit]), "audits", "The audits' applicable weights add up to more than the largest double");
    }

    [Fact]
    public void Summaries_DifferInEveryPart()
    {
        var baseline = new AuditSummary(4, 1, 1, 2, 4, 1.5);
        Assert.Equal(baseline, new AuditSummary(4, 1, 1, 2, 4, 1.5));
        Assert.False(baseline.Equals((AuditSummary?)null));
        Assert.NotEqual(baseline, new AuditSummary(5, 1, 1, 2, 4, 1.5));
        Assert.NotEqual(baseline, new AuditSummary(4, 2, 1, 2, 4, 1.5));
        Assert.NotEqual(baseline, new AuditSummary(4, 1, 2, 2, 4, 1.5));
        Assert.NotEqual(baseline, new AuditSummary(4, 1, 1, 3, 4, 1.5));
        Assert.NotEqual(baseline, new AuditSummary(4, 1, 1, 2, 5, 1.5));
        Assert.NotEqual(baseline, new AuditSummary(4, 1, 1, 2, 4, 1));
        Assert.NotEqual(baseline, new AuditSummary(4, 1, 1, 2, 4, 1.5, new Dictionary<string, AuditSummary> { ["Store"] = new AuditSummary(1, 0, 0, 1, 1, 1) }));
    }
}
