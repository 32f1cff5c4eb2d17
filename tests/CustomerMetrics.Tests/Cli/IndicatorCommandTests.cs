using System.Linq;
using System.Text.Json;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

/// <summary>The commands of the sources' other indicators and the scorecard: figures equal the library's, and every bad input is one line.</summary>
public class IndicatorCommandTests
{
    [Fact]
    public void Repeat_FromAnOrderLog()
    {
        using var file = new TempFile("order,customer\n1,ivan\n2,anna\n3,ivan\n4,Ivan\n5,ivan\n");
        CliRun run = CliRun.Of("repeat", file.Path, "--customer", "customer");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("Repeat orders     2 of 5 (40.0 %) [11.8 %, 76.9 %] of orders came from customers buying again", run.Output);
        Assert.Contains("Repeat customers  1 of 3 (33.3 %)", run.Output);
        Assert.Contains("Orders            5 (1.67 per customer)", run.Output);
    }

    [Fact]
    public void Repeat_FromPurchasesPerCustomer_AsJson_EqualsTheLibrary()
    {
        using var file = new TempFile("customer;purchases\nA;7\nB;1\nC;0\nD;3\n");
        CliRun run = CliRun.Of("repeat", file.Path, "--purchases", "purchases", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        RepeatPurchaseResult expected = RepeatPurchases.FromPurchaseCounts([7, 1, 0, 3]);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement section = json.RootElement.GetProperty("repeatPurchases");
        Assert.Equal(expected.OrderRepeatRate.Share, section.GetProperty("orderRepeatRate").GetDouble());
        Assert.Equal(expected.Customers, section.GetProperty("customers").GetInt64());
        Assert.Equal(expected.RepeatCustomers, section.GetProperty("repeatCustomers").GetInt64());
    }

    [Theory]
    [InlineData("customer\nivan\n\n", new[] { "--customer", "customer" }, null)]
    [InlineData("customer,purchases\nA,-2\n", new[] { "--purchases", "purchases" }, "2:2 (purchases): -2 purchases: a count cannot be negative")]
    [InlineData("customer,purchases\nA,\"1,5\"\n", new[] { "--purchases", "purchases" }, "2:2 (purchases):")]
    [InlineData("customer\nivan\n", new string[0], "repeat: give either --customer NAME (an order log) or --purchases NAME (purchases per customer)")]
    public void Repeat_BadInputs(string contents, string[] options, string? expected)
    {
        using var file = new TempFile(contents);
        CliRun run = CliRun.Of(["repeat", file.Path, .. options]);
        if (expected is null)
        {
            Assert.Equal(0, run.ExitCode);
            return;
        }

        run.AssertError(expected.StartsWith("repeat", System.StringComparison.Ordinal) ? expected : $"{file.Path}:{expected}");
    }

    [Fact]
    public void Complaints_TopTopics_AsCsv_WithTiesNoted()
    {
        using var file = new TempFile("id,topic\n1,price\n2, late delivery\n3,price\n4,rude staff\n5,late delivery\n6,broken\n");
        CliRun table = CliRun.Of("complaints", file.Path, "--top", "3");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Note: Also 1 topic with as many complaints as the last one shown: rude staff.", table.Output);
        Assert.Contains("3  broken                  1", table.Output);

        CliRun csv = CliRun.Of("complaints", file.Path, "--top", "3", "--format", "csv");
        Assert.Equal(0, csv.ExitCode);
        Assert.Equal("rank,topic,complaints,share,interval\n1,late delivery,2,0.3333,\"[9.7 %, 70.0 %]\"\n2,price,2,0.3333,\"[9.7 %, 70.0 %]\"\n3,broken,1,0.1667,\"[3.0 %, 56.4 %]\"\n", csv.Output);
    }

    [Fact]
    public void Complaints_EmptyTopic_IsLocated()
    {
        using var file = new TempFile("id,topic\n1,price\n2,\" \"\n");
        CliRun.Of("complaints", file.Path).AssertError($"{file.Path}:3:2 (topic): the topic is empty; every complaint needs a topic");
        CliRun.Of("complaints", file.Path, "--top", "0").AssertError("complaints: --top should be 1 or more; got 0");
    }

    [Fact]
    public void Ideas_TopThreePerQuarter_WithTheQuarterTotals()
    {
        using var file = new TempFile("title,quarter,effect,importance\nA,2026-Q1,100,1\nB,2026-Q1,300,2\nC,2026-Q1,300,5\nD,2026-Q1,50,3\nE,2026-Q2,10.5,1\n");
        CliRun run = CliRun.Of("ideas", file.Path, "--format", "json", "--currency", "EUR");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement rows = json.RootElement.GetProperty("ideas").GetProperty("topIdeas");
        Assert.Equal(["C", "B", "A", "E"], rows.EnumerateArray().Select(r => r.GetProperty("idea").GetString()));
        Assert.Equal(750m, rows[0].GetProperty("quarterEffect").GetDecimal());
        Assert.Equal(760.5m, json.RootElement.GetProperty("ideas").GetProperty("totalEffect").GetDecimal());
    }

    [Theory]
    [InlineData("title,quarter,effect,importance\nA,,1,1\n", "2:2 (quarter): the idea has no quarter (such as 2026-Q1)")]
    [InlineData("title,quarter,effect,importance\nA,Q1,\"1,5\",1\n", "2:3 (effect):")]
    [InlineData("title,quarter,effect,importance\nA,Q1,1,-1\n", "2:4 (importance): importance -1: it should be 0 or more (higher is more important)")]
    [InlineData("title,quarter,importance\nA,Q1,1\n", "no column 'effect' in the header")]
    public void Ideas_BadInputs(string contents, string expected)
    {
        using var file = new TempFile(contents);
        CliRun run = CliRun.Of("ideas", file.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, System.StringComparison.Ordinal);
        run.AssertOneLine();
    }

    [Fact]
    public void Pce_FromAValueStream()
    {
        using var file = new TempFile("step,duration,value_adding\nOrder taken,10,yes\nWaiting for the warehouse,20h,no\nPicking and packing,50m,yes\nWaiting for the courier,3h,no\n");
        CliRun run = CliRun.Of("pce", file.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement pce = json.RootElement.GetProperty("processCycleEfficiency");
        Assert.Equal(1 / 24.0, pce.GetProperty("efficiency").GetDouble(), 15);
        Assert.Equal(86_400, pce.GetProperty("leadTimeSeconds").GetDouble());
        Assert.Equal(4, pce.GetProperty("steps").GetArrayLength());
        CliRun text = CliRun.Of("pce", file.Path);
        Assert.Contains("Process-cycle efficiency  4.2 %: 1 h adds value of 1 day lead time", text.Output);
    }

    [Theory]
    [InlineData("step,duration,value_adding\nA,10,maybe\n", "2:3 (value_adding): 'maybe' is not yes or no")]
    [InlineData("step,duration,value_adding\nA,-5,yes\n", "2:2 (duration):")]
    [InlineData("step,duration,value_adding\n,5,yes\n", "2:1 (step): the step has no name")]
    public void Pce_BadInputs(string contents, string expected)
    {
        using var file = new TempFile(contents);
        CliRun.Of("pce", file.Path).AssertError($"{file.Path}:{expected}");
    }

    [Fact]
    public void Pce_StepsBeyondTheLongestTimeSpan_AreOneLine()
    {
        using var file = new TempFile("step,duration,value_adding\nA,6000000d,yes\nB,6000000d,no\n");
        CliRun.Of("pce", file.Path).AssertError("pce: the steps add up to more than the longest time span");
    }

    [Fact]
    public void Indicators_TheSourcesFigures()
    {
        CliRun run = CliRun.Of("indicators", "--new-clients", "200", "--referred", "180", "--reviews", "300", "--negative", "12", "--market", "0.15..0.20", "--staff", "50", "--trained", "50", "--maturity", "product=3,website=2,support=2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("New clients by recommendation  180 of 200 (90.0 %) [85.1 %, 93.4 %]", run.Output);
        Assert.DoesNotContain("Clients who recommend", run.Output);
        Assert.Contains("Negative reviews               12 of 300 (4.0 %) [2.3 %, 6.9 %]", run.Output);
        Assert.Contains("below the market's 15.0 %–20.0 % (the whole interval is)", run.Output);
        Assert.Contains("Training target                100.0 %: met", run.Output);
        Assert.Contains("Service maturity               level 2, professional service; held back by website, communication and support", run.Output);
        Assert.Contains("Not assessed: advertising, logistics; the overall level does not account for them.", run.Output);
    }

    [Theory]
    [InlineData(new string[0], "indicators: give at least one group")]
    [InlineData(new[] { "--reviews", "300", "--negative", "12" }, "indicators: --reviews and --negative need --market LOW..HIGH")]
    [InlineData(new[] { "--reviews", "300", "--negative", "12", "--market", "20..15" }, "indicators: --market should be LOW..HIGH with shares from 0 to 1, LOW first, e.g. 0.15..0.20; got '20..15'")]
    [InlineData(new[] { "--reviews", "10", "--negative", "12", "--market", "0.1..0.2" }, "indicators: --negative (12) should not exceed --reviews (10)")]
    [InlineData(new[] { "--new-clients", "10" }, "indicators: --new-clients and --referred go together; give both")]
    [InlineData(new[] { "--staff", "1,5", "--trained", "1" }, "indicators: --staff should be a count (a whole number, 0 or more); got '1,5'")]
    [InlineData(new[] { "--maturity", "product=4" }, "indicators: --maturity: the level of product should be 1, 2 or 3; got '4'")]
    [InlineData(new[] { "--maturity", "website=1,website=2" }, "indicators: Website is assessed twice; give each touchpoint one level")]
    [InlineData(new[] { "--maturity", "shop=1" }, "indicators: --maturity takes touchpoint=level pairs")]
    public void Indicators_BadInputs(string[] options, string expected) =>
        CliRun.Of(["indicators", .. options]).AssertError(expected);

    [Fact]
    public void Scorecard_FromACsvOfKpis()
    {
        using var file = new TempFile("kpi,value,unit,target,better,previous\nLoyalty index (NPS),42,points,50,higher,35\nComplaints,8,,10,lower,12\nAudit index,,%,90,,\n");
        CliRun run = CliRun.Of("scorecard", file.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement scorecard = json.RootElement.GetProperty("scorecard");
        Assert.Equal(1, scorecard.GetProperty("met").GetInt32());
        Assert.Equal(1, scorecard.GetProperty("missed").GetInt32());
        JsonElement[] rows = [.. scorecard.GetProperty("kpis").EnumerateArray()];
        Assert.Equal("missed", rows[0].GetProperty("targetMet").GetString());
        Assert.Equal("improved", rows[0].GetProperty("movement").GetString());
        Assert.Equal("met", rows[1].GetProperty("targetMet").GetString());
        Assert.Equal("improved", rows[1].GetProperty("movement").GetString());
        Assert.Equal("not measured", rows[2].GetProperty("targetMet").GetString());
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("value").ValueKind);
    }

    [Fact]
    public void Scorecard_FromJson()
    {
        using var file = new TempFile("""[{"kpi": "CSAT", "value": 81.5, "unit": "%", "target": 80}]""", ".json");
        CliRun run = CliRun.Of("scorecard", file.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Targets met  1 met, 0 missed", run.Output);
    }

    [Theory]
    [InlineData("kpi,value\nNPS,1\nNPS,2\n", "3:1 (kpi): KPI 'NPS' appears twice (first on line 2); a scorecard holds each KPI once")]
    [InlineData("kpi,value,better\nNPS,1,up\n", "2:3 (better): 'up' should be higher or lower")]
    [InlineData("kpi,value\nNPS,\"4,5\"\n", "2:2 (value):")]
    [InlineData("kpi,value\n,4\n", "2:1 (kpi): the KPI has no name")]
    public void Scorecard_BadInputs(string contents, string expected)
    {
        using var file = new TempFile(contents);
        CliRun.Of("scorecard", file.Path).AssertError($"{file.Path}:{expected}");
    }

    [Fact]
    public void Report_EndsWithTheScorecard_ConsistentWithItsOwnSections()
    {
        CliRun run = CliRun.Of("report", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal("scorecard", json.RootElement.EnumerateObject().Last().Name);
        JsonElement[] kpis = [.. json.RootElement.GetProperty("scorecard").GetProperty("kpis").EnumerateArray()];
        Assert.Equal(["Loyalty index (NPS)", "Positive comments", "Economic effect of ideas", "Service level (SLA)", "Customer satisfaction (CSAT)", "Audit index"], kpis.Select(k => k.GetProperty("kpi").GetString()));
        double pooled = json.RootElement.GetProperty("audit").GetProperty("pooledIndex").GetDouble();
        Assert.Equal(pooled * 100, kpis[5].GetProperty("value").GetDouble(), 12);
        Assert.Equal(json.RootElement.GetProperty("csat").GetProperty("csat").GetDouble() * 100, kpis[4].GetProperty("value").GetDouble(), 12);
        JsonElement[] ideas = [.. json.RootElement.GetProperty("ideas").GetProperty("topIdeas").EnumerateArray()];
        Assert.Equal(ideas[^1].GetProperty("quarterEffect").GetDouble(), kpis[2].GetProperty("value").GetDouble());
        Assert.Equal(ideas[0].GetProperty("quarterEffect").GetDouble(), kpis[2].GetProperty("previous").GetDouble());
    }
}
