#if !LIBRARY_NETSTANDARD
using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace CustomerMetrics.Tests.Serialization;

/// <summary>
/// Hand-edited documents whose figures do not fit together are refused with the reason, and those at the ends of
/// what fits are read: every check a reader makes beyond the types' own constructors (docs/json.md).
/// </summary>
public class JsonConsistencyTests
{
    private const string Scenario = """{"annualPurchases":100,"annualIncrease":0,"annualGrowthRate":0,"years":2,"netMargin":0.2,"discountRate":0,"retentionProbability":1,"acquisitionCost":0,"timing":"EndOfYear"}""";
    private const string Erlang = """{"trafficIntensity":10,"agents":14,"probabilityOfWaiting":0.17,"serviceLevel":0.88,"averageSpeedOfAnswer":"00:00:07.8359370"}""";
    private const string Compliance = """{"total":4,"withinThreshold":3}""";
    private const string TopicShare = """{"count":2,"total":4}""";

    [Theory]
    [InlineData(typeof(PortfolioClient), $$"""{"id":"A","scenario":{{Scenario}},"churnProbability":1.5}""", "PortfolioClient: \"churnProbability\" should be in [0, 1].")]
    [InlineData(typeof(PortfolioClient), $$"""{"id":"A","scenario":{{Scenario}},"churnProbability":-0.1}""", "PortfolioClient: \"churnProbability\" should be in [0, 1].")]
    [InlineData(typeof(ClientAtRisk), """{"id":"A","position":0,"churnProbability":1.5,"totalCost":40,"expectedLoss":20}""", "ClientAtRisk: \"churnProbability\" should be in [0, 1] and \"position\" non-negative.")]
    [InlineData(typeof(ClientAtRisk), """{"id":"A","position":0,"churnProbability":-0.1,"totalCost":40,"expectedLoss":20}""", "ClientAtRisk: \"churnProbability\" should be in [0, 1] and \"position\" non-negative.")]
    [InlineData(typeof(ClientAtRisk), """{"id":"A","position":-1,"churnProbability":0.5,"totalCost":40,"expectedLoss":20}""", "ClientAtRisk: \"churnProbability\" should be in [0, 1] and \"position\" non-negative.")]
    [InlineData(typeof(TopicCount), $$"""{"topic":" a","share":{{TopicShare}}}""", "TopicCount: \"topic\" should be a trimmed, non-blank topic.")]
    [InlineData(typeof(TopicCount), $$"""{"topic":"  ","share":{{TopicShare}}}""", "TopicCount: \"topic\" should be a trimmed, non-blank topic.")]
    [InlineData(typeof(ComplaintTally), """{"topics":[{"topic":"a","count":2,"rank":1}]}""", "topic: unknown property \"rank\" (it has topic, count).")]
    [InlineData(typeof(ServiceMaturityResult), """{"levels":[{"touchpoint":"Product","level":"QualityService","since":2020}]}""", "level: unknown property \"since\" (it has touchpoint, level).")]
    [InlineData(typeof(ProcessCycleEfficiencyResult), """{"steps":[{"name":"a","duration":"00:05:00","valueAdding":true},{"name":"b","duration":"00:10:00","valueAdding":false}],"valueAddingTime":"00:06:00","leadTime":"00:15:00"}""", "ProcessCycleEfficiencyResult: the steps add up to 00:05:00 value-adding of 00:15:00, not the 00:06:00 of 00:15:00 written.")]
    [InlineData(typeof(ProcessCycleEfficiencyResult), """{"steps":[{"name":"a","duration":"00:05:00","valueAdding":true},{"name":"b","duration":"00:10:00","valueAdding":false}],"valueAddingTime":"00:05:00","leadTime":"00:16:00"}""", "ProcessCycleEfficiencyResult: the steps add up to 00:05:00 value-adding of 00:15:00, not the 00:05:00 of 00:16:00 written.")]
    [InlineData(typeof(GapDimension), """{"name":"Tangibles","items":[1,2147483648]}""", "items[1] is out of range for a 32-bit integer")]
    [InlineData(typeof(WeightedNpsResult), """{"count":1,"promoterWeight":1,"passiveWeight":0,"detractorWeight":0,"sumOfSquaredWeights":1,"weightScale":2147483648}""", "\"weightScale\" is out of range for a 32-bit integer")]
    [InlineData(typeof(WeightedNpsResult), """{"count":1,"promoterWeight":1,"passiveWeight":0,"detractorWeight":0,"sumOfSquaredWeights":1,"weightScale":-2147483649}""", "\"weightScale\" is out of range for a 32-bit integer")]
    [InlineData(typeof(AuditCheck), """{"item":"a","outcome":"Passed","section":5}""", "AuditCheck: \"section\" should be a string or null.")]
    [InlineData(typeof(SocoInstrument), """{"items":[{"number":1,"polarity":"CustomerOriented","text":"t"}],"scaleMin":1,"scaleMax":3,"minimumAnsweredShare":0.8,"scaleLabels":[1,2,3]}""", "SocoInstrument: scaleLabels[0] should be a string.")]
    [InlineData(typeof(NpsDistribution), """{"counts":5}""", "NpsDistribution: \"counts\" should be an array.")]
    [InlineData(typeof(NpsDistribution), """{"counts":[1,2,"3",4,5,6,7,8,9,10,11]}""", "\"counts[2]\" should be a whole number.")]
    [InlineData(typeof(ConfidenceInterval), """{"lower":1e400,"upper":2,"level":0.95}""", "\"lower\" should be a finite number, or null for an undefined figure.")]
    [InlineData(typeof(AuditTrendPoint<string>), """{"period":"2026-01","summary":{"audits":0,"undefinedAudits":0,"knockedOut":0,"passedWeight":0,"applicableWeight":0,"indexSum":0,"sections":{}},"pooledChange":"up"}""", "Expected a finite number, or null for an undefined figure.")]
    [InlineData(typeof(AuditTrendPoint<string>), """{"period":"2026-01","summary":{"audits":0,"undefinedAudits":0,"knockedOut":0,"passedWeight":0,"applicableWeight":0,"indexSum":0,"sections":{}},"pooledChange":1e400}""", "Expected a finite number, or null for an undefined figure.")]
    [InlineData(typeof(SocoTally), """{"itemNumbers":[1],"polarities":["1"],"scaleMin":1,"scaleMax":9,"undefined":0,"completeCases":0,"keyedItemSums":[0],"keyedItemSquares":[0],"keyedItemTotalProducts":[0],"completeMinimum":0,"completeMaximum":0,"proratedCases":0,"proratedItemSums":[0],"proratedItemCounts":[0],"proratedTotalSum":0,"proratedTotalSquares":0,"proratedMinimum":0,"proratedMaximum":0,"proratedCustomerOrientationSum":0,"proratedCustomerOrientationCount":0,"proratedSellingOrientationSum":0,"proratedSellingOrientationCount":0,"meanDistribution":[0,0,0,0,0,0,0,0,0]}""", "SocoTally: '1' is not a polarity.")]
    [InlineData(typeof(SocoTally), """{"itemNumbers":[1],"polarities":["Sideways"],"scaleMin":1,"scaleMax":9,"undefined":0,"completeCases":0,"keyedItemSums":[0],"keyedItemSquares":[0],"keyedItemTotalProducts":[0],"completeMinimum":0,"completeMaximum":0,"proratedCases":0,"proratedItemSums":[0],"proratedItemCounts":[0],"proratedTotalSum":0,"proratedTotalSquares":0,"proratedMinimum":0,"proratedMaximum":0,"proratedCustomerOrientationSum":0,"proratedCustomerOrientationCount":0,"proratedSellingOrientationSum":0,"proratedSellingOrientationCount":0,"meanDistribution":[0,0,0,0,0,0,0,0,0]}""", "SocoTally: 'Sideways' is not a polarity.")]
    public void FiguresThatDoNotFit_AreRefused_WithTheReason(Type type, string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private const string RankingTop = "the top should be at least one topic, ranked by count (then ordinally)";

    [Theory]
    [InlineData("""{"total":4,"topicCount":3,"top":[],"tiedBeyondTop":[]}""")] // no topic
    [InlineData("""{"total":4,"topicCount":3,"top":[{"topic":"a","share":{"count":2,"total":5}}],"tiedBeyondTop":[]}""")] // a share of another total
    [InlineData("""{"total":4,"topicCount":3,"top":[{"topic":"a","share":{"count":0,"total":4}}],"tiedBeyondTop":[]}""")] // a topic never counted
    [InlineData("""{"total":4,"topicCount":3,"top":[{"topic":"b","share":{"count":1,"total":4}},{"topic":"a","share":{"count":2,"total":4}}],"tiedBeyondTop":[]}""")] // counts rising
    [InlineData("""{"total":4,"topicCount":3,"top":[{"topic":"b","share":{"count":1,"total":4}},{"topic":"a","share":{"count":1,"total":4}}],"tiedBeyondTop":[]}""")] // a tie out of ordinal order
    [InlineData("""{"total":4,"topicCount":3,"top":[{"topic":"a","share":{"count":1,"total":4}},{"topic":"a","share":{"count":1,"total":4}}],"tiedBeyondTop":[]}""")] // a topic twice
    [InlineData("""{"total":3,"topicCount":3,"top":[{"topic":"a","share":{"count":2,"total":3}},{"topic":"b","share":{"count":2,"total":3}}],"tiedBeyondTop":[]}""")] // more counted than the total
    public void Rankings_ThatDoNotFit_AreRefused(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TopicRanking>(json));
        Assert.StartsWith("TopicRanking: " + RankingTop, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"quarter":"2026-Q1","ideas":2,"totalEffect":15,"top":[],"tiedBeyondTop":[]}""")] // no idea
    [InlineData("""{"quarter":"2026-Q1","ideas":2,"totalEffect":15,"top":[{"title":"X","quarter":"2026-Q2","economicEffect":10,"importance":3}],"tiedBeyondTop":[]}""")] // an idea of another quarter
    [InlineData("""{"quarter":"2026-Q1","ideas":2,"totalEffect":15,"top":[{"title":"X","quarter":"2026-Q1","economicEffect":10,"importance":3}],"tiedBeyondTop":[{"title":"Y","quarter":"2026-Q2","economicEffect":10,"importance":3}]}""")] // a tie of another quarter
    [InlineData("""{"quarter":"2026-Q1","ideas":0,"totalEffect":15,"top":[{"title":"X","quarter":"2026-Q1","economicEffect":10,"importance":3}],"tiedBeyondTop":[]}""")] // more in the top than ideas
    public void IdeaQuarters_ThatDoNotFit_AreRefused(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IdeaQuarter>(json));
        Assert.StartsWith("IdeaQuarter: the top should hold at least one idea, every idea of this quarter", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"lower":1,"upper":0,"level":0.95}""")] // bounds reversed
    [InlineData("""{"lower":1,"upper":2,"level":0}""")] // no level, with bounds
    [InlineData("""{"lower":0,"upper":0,"level":1.5}""")] // a level above 1
    [InlineData("""{"lower":1,"upper":2,"level":1.5}""")]
    [InlineData("""{"lower":1,"upper":2,"level":1}""")] // a level of 1
    public void Intervals_ThatDoNotFit_AreRefused(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ConfidenceInterval>(json));
        Assert.StartsWith("ConfidenceInterval: the level should be in (0, 1) and the lower bound at most the upper", error.Message, StringComparison.Ordinal);
    }

    private const string SummaryOrder = "ResponseTimeSummary: the figures should be non-negative and ordered minimum ≤ p50 ≤ p90";

    [Theory]
    [InlineData($$"""{"compliance":{{Compliance}},"mean":-1,"minimum":-1,"maximum":50,"p50":2.5,"p90":35.9,"p95":42.9,"p99":48.5}""")] // negative
    [InlineData($$"""{"compliance":{{Compliance}},"mean":14,"minimum":1,"maximum":50,"p50":40,"p90":35.9,"p95":42.9,"p99":48.5}""")] // p50 above p90
    [InlineData($$"""{"compliance":{{Compliance}},"mean":14,"minimum":1,"maximum":50,"p50":2.5,"p90":35.9,"p95":49,"p99":48.5}""")] // p95 above p99
    [InlineData($$"""{"compliance":{{Compliance}},"mean":100,"minimum":1,"maximum":50,"p50":2.5,"p90":35.9,"p95":42.9,"p99":48.5}""")] // the mean above the maximum
    [InlineData($$"""{"compliance":{{Compliance}},"mean":null,"minimum":null,"maximum":50,"p50":2.5,"p90":35.9,"p95":42.9,"p99":48.5}""")] // undefined in part
    [InlineData($$"""{"compliance":{{Compliance}},"mean":null,"minimum":null,"maximum":null,"p50":2.5,"p90":null,"p95":null,"p99":null}""")] // one figure left
    public void Summaries_ThatDoNotFit_AreRefused(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ResponseTimeSummary>(json));
        Assert.StartsWith(SummaryOrder, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"Tangibles","expected":5,"perceived":4,"gap":-2,"level":"Low"}""")] // not perceived − expected
    [InlineData("""{"name":"Tangibles","expected":5,"perceived":4,"gap":-0.99999999,"level":"Low"}""")] // off by 1e-8, more than 9e-9 (1e-9 of |5| + |4|)
    [InlineData("""{"name":"Tangibles","expected":4,"perceived":4,"gap":0,"level":"Low"}""")] // Low needs a gap below 0
    [InlineData("""{"name":"Tangibles","expected":4,"perceived":4,"gap":0,"level":"Wow"}""")] // Wow needs a gap above 0
    public void Gaps_ThatDoNotFit_AreRefused(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DimensionGap>(json));
        Assert.StartsWith("DimensionGap: the gap should be perceived − expected, and the level agree with its sign.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"trafficIntensity":-1,"agents":14,"probabilityOfWaiting":0.17,"serviceLevel":0.88,"averageSpeedOfAnswer":"00:00:07"}""")]
    [InlineData("""{"trafficIntensity":14,"agents":14,"probabilityOfWaiting":0.17,"serviceLevel":0.88,"averageSpeedOfAnswer":"00:00:07"}""")] // traffic not below the agents
    [InlineData("""{"trafficIntensity":10,"agents":1000001,"probabilityOfWaiting":0.17,"serviceLevel":0.88,"averageSpeedOfAnswer":"00:00:07"}""")] // beyond ErlangC.MaxAgents
    [InlineData("""{"trafficIntensity":10,"agents":14,"probabilityOfWaiting":1.5,"serviceLevel":0.88,"averageSpeedOfAnswer":"00:00:07"}""")]
    [InlineData("""{"trafficIntensity":10,"agents":14,"probabilityOfWaiting":-0.1,"serviceLevel":0.88,"averageSpeedOfAnswer":"00:00:07"}""")]
    [InlineData("""{"trafficIntensity":10,"agents":14,"probabilityOfWaiting":0.17,"serviceLevel":1.5,"averageSpeedOfAnswer":"00:00:07"}""")]
    [InlineData("""{"trafficIntensity":10,"agents":14,"probabilityOfWaiting":0.17,"serviceLevel":-0.5,"averageSpeedOfAnswer":"00:00:07"}""")]
    [InlineData("""{"trafficIntensity":10,"agents":14,"probabilityOfWaiting":0.17,"serviceLevel":-1e-11,"averageSpeedOfAnswer":"00:00:07"}""")] // below the rounding allowed (1e-12)
    [InlineData("""{"trafficIntensity":10,"agents":14,"probabilityOfWaiting":0.17,"serviceLevel":0.88,"averageSpeedOfAnswer":"-00:00:01"}""")]
    public void QueueFigures_ThatDoNotFit_AreRefused(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ErlangCResult>(json));
        Assert.StartsWith("ErlangCResult: the traffic should be non-negative and below the agents", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData($$"""{"agentsNeeded":14,"shrinkage":1,"result":{{Erlang}}}""", "the shrinkage should be in [0, 1) and the result be for the agents needed")]
    [InlineData($$"""{"agentsNeeded":14,"shrinkage":-0.1,"result":{{Erlang}}}""", "the shrinkage should be in [0, 1) and the result be for the agents needed")]
    [InlineData($$"""{"agentsNeeded":13,"shrinkage":0.3,"result":{{Erlang}}}""", "the shrinkage should be in [0, 1) and the result be for the agents needed")]
    [InlineData($$"""{"agentsNeeded":14,"shrinkage":0.9999999999,"result":{{Erlang}}}""", "the agents to schedule exceed Int32.MaxValue")] // 1.4e11 agents
    public void Staffing_ThatDoesNotFit_IsRefused(string json, string reason)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<StaffingResult>(json));
        Assert.Equal($"StaffingResult: {reason}.", error.Message);
    }

    [Theory]
    [InlineData("""{"number":1,"polarity":"CustomerOriented","mean":3,"standardDeviation":-1,"correctedItemTotalCorrelation":0.5,"alphaIfDeleted":0.5}""")]
    [InlineData("""{"number":1,"polarity":"CustomerOriented","mean":3,"standardDeviation":1,"correctedItemTotalCorrelation":-1.5,"alphaIfDeleted":0.5}""")]
    [InlineData("""{"number":1,"polarity":"CustomerOriented","mean":3,"standardDeviation":1,"correctedItemTotalCorrelation":1.5,"alphaIfDeleted":0.5}""")]
    [InlineData("""{"number":1,"polarity":"CustomerOriented","mean":3,"standardDeviation":1,"correctedItemTotalCorrelation":0.5,"alphaIfDeleted":1.5}""")]
    public void ItemStatistics_OutOfTheirRanges_AreRefused(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SocoItemStatistics>(json));
        Assert.StartsWith("SocoItemStatistics: the standard deviation should be non-negative, the correlation in [-1, 1] and alpha at most 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiguresAtTheEndsOfWhatFits_AreRead()
    {
        Assert.Equal(0, Read<PortfolioClient>($$"""{"id":"A","scenario":{{Scenario}},"churnProbability":0}""").ChurnProbability);
        Assert.Equal(1, Read<PortfolioClient>($$"""{"id":"A","scenario":{{Scenario}},"churnProbability":1}""").ChurnProbability);
        Assert.Equal(0, Read<ClientAtRisk>("""{"id":"A","position":0,"churnProbability":0,"totalCost":40,"expectedLoss":0}""").ChurnProbability);
        Assert.Equal(1, Read<ClientAtRisk>("""{"id":"A","position":0,"churnProbability":1,"totalCost":40,"expectedLoss":40}""").ChurnProbability);

        // Equal counts in ordinal order; the intervals' "not computed" value; the queue at its ends.
        Assert.Equal(2, Read<TopicRanking>("""{"total":4,"topicCount":3,"top":[{"topic":"a","share":{"count":1,"total":4}},{"topic":"b","share":{"count":1,"total":4}}],"tiedBeyondTop":["c"]}""").Top.Count);
        Assert.Equal(default, Read<ConfidenceInterval>("""{"lower":0,"upper":0,"level":0}"""));
        Assert.Equal(0.95, Read<ConfidenceInterval>("""{"lower":0,"upper":0,"level":0.95}""").Level);
        ErlangCResult idle = Read<ErlangCResult>("""{"trafficIntensity":0,"agents":1,"probabilityOfWaiting":0,"serviceLevel":1,"averageSpeedOfAnswer":"00:00:00"}""");
        Assert.Equal((0, 1, 0, 1, TimeSpan.Zero), (idle.TrafficIntensity, idle.Agents, idle.ProbabilityOfWaiting, idle.ServiceLevel, idle.AverageSpeedOfAnswer));
        Assert.Equal(1, Read<ErlangCResult>("""{"trafficIntensity":10,"agents":1000000,"probabilityOfWaiting":1,"serviceLevel":-1e-13,"averageSpeedOfAnswer":"00:00:07"}""").ProbabilityOfWaiting);
        Assert.Equal(14, Read<StaffingResult>($$"""{"agentsNeeded":14,"shrinkage":0,"result":{{Erlang}}}""").AgentsToSchedule);

        // A gap within 1e-9 of |expected| + |perceived| of perceived − expected.
        Assert.Equal(-0.999999995, Read<DimensionGap>("""{"name":"Tangibles","expected":5,"perceived":4,"gap":-0.999999995,"level":"Low"}""").Gap);

        // A summary whose minimum is 0; correlations and alpha at their ends.
        Assert.Equal(0, Read<ResponseTimeSummary>($$"""{"compliance":{{Compliance}},"mean":14,"minimum":0,"maximum":50,"p50":2.5,"p90":35.9,"p95":42.9,"p99":48.5}""").Minimum);
        Assert.Equal(-1, Read<SocoItemStatistics>("""{"number":1,"polarity":"CustomerOriented","mean":3,"standardDeviation":0,"correctedItemTotalCorrelation":-1,"alphaIfDeleted":1}""").CorrectedItemTotalCorrelation);
        Assert.Equal(1, Read<SocoItemStatistics>("""{"number":1,"polarity":"CustomerOriented","mean":3,"standardDeviation":0,"correctedItemTotalCorrelation":1,"alphaIfDeleted":1}""").AlphaIfDeleted);
    }

    [Fact]
    public void OptionalInputs_LeftOut_TakeTheirDefaults()
    {
        Assert.Equal(1, Read<AuditCheck>("""{"item":"a","outcome":"Passed"}""").Weight);
        Kpi kpi = Read<Kpi>("""{"name":"NPS","value":30,"target":null,"previous":null}""");
        Assert.Equal((string.Empty, (double?)null, (double?)null, true), (kpi.Unit, kpi.Target, kpi.Previous, kpi.HigherIsBetter));

        // Enum names are read in any case.
        Assert.Equal(AuditOutcome.NotApplicable, Read<AuditCheck>("""{"item":"a","outcome":"notapplicable"}""").Outcome);
        SocoTally tally = SocoInstrument.Full24.SelectItems([1, 2]).Tally([[1, 9], [3, 5]]);
        string lowerCase = JsonSerializer.Serialize(tally).Replace("\"CustomerOriented\"", "\"customeroriented\"", StringComparison.Ordinal);
        Assert.Equal(tally, JsonSerializer.Deserialize<SocoTally>(lowerCase));
    }

    [Fact]
    public void ValuesTheGeneratedOnesMiss_RoundTrip()
    {
        // Scale labels, an empty sketch, and steps of no duration (undefined shares, written as null).
        SocoInstrument labelled = SocoInstrument.Full24.SelectItems([1, 2]);
        Assert.NotNull(labelled.ScaleLabels);
        Assert.Equal(labelled, JsonSerializer.Deserialize<SocoInstrument>(JsonSerializer.Serialize(labelled)));
        Assert.Equal(ResponseTimeSketch.Empty, JsonSerializer.Deserialize<ResponseTimeSketch>(JsonSerializer.Serialize(ResponseTimeSketch.Empty)));
        ProcessCycleEfficiencyResult still = ProcessCycleEfficiency.FromSteps([new ValueStreamStep("wait", TimeSpan.Zero, false)]);
        string json = JsonSerializer.Serialize(still);
        Assert.Contains("\"stepShares\":[null]", json, StringComparison.Ordinal);
        Assert.Equal(still, JsonSerializer.Deserialize<ProcessCycleEfficiencyResult>(json));

        // A distribution writes its result for readers: the NPS of its counts.
        NpsDistribution distribution = Nps.CalculateDistribution([10, 9, 3, 7]);
        using JsonDocument document = JsonDocument.Parse(JsonSerializer.Serialize(distribution));
        Assert.Equal(JsonSerializer.Serialize(distribution.ToResult()), document.RootElement.GetProperty("result").GetRawText());
    }

    [Fact]
    public void IntegersAtTheEndsOfInt32_AreNotOutOfRange()
    {
        // Read as 32-bit integers; refused (if at all) by the type's own checks, not as out of range.
        foreach (long scale in new[] { (long)int.MinValue, int.MaxValue })
        {
            string json = $$"""{"count":1,"promoterWeight":1,"passiveWeight":0,"detractorWeight":0,"sumOfSquaredWeights":1,"weightScale":{{scale}}}""";
            Exception? error = Record.Exception(() => JsonSerializer.Deserialize<WeightedNpsResult>(json));
            Assert.DoesNotContain("32-bit", error?.Message ?? string.Empty, StringComparison.Ordinal);
        }

        foreach (long item in new[] { (long)int.MinValue, int.MaxValue })
        {
            Exception? error = Record.Exception(() => JsonSerializer.Deserialize<GapDimension>($$"""{"name":"Tangibles","items":[{{item}}]}"""));
            Assert.DoesNotContain("32-bit", error?.Message ?? string.Empty, StringComparison.Ordinal);
        }
    }

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json)!;
}
#endif
