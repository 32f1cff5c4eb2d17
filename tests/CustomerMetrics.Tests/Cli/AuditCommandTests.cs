using System.Text.Json;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

public class AuditCommandTests
{
    private const string Checklist = "id,text,section,weight,critical\ngreeting,Greeted in 30 s,Store,1,false\nsolution,Solved the problem,Store,2,true\nontime,Delivered on time,Delivery,1,no\n";

    [Fact]
    public void Audits_PerAuditTouchpointPeriodAndDepartment()
    {
        // A1: 1 + 2 + 1 of 4 → 1.0; A2: greeting failed, solution failed (critical), ontime n/a → 0 of 3;
        // A3: 1 + 2 of 4 → 0.75. Pooled = (4 + 0 + 3) / (4 + 3 + 4) = 7 / 11.
        using var checklist = new TempFile(Checklist);
        using var audits = new TempFile(
            "audit,period,department,item,outcome\n" +
            "A1,2026-01,North,greeting,passed\nA1,2026-01,North,solution,yes\nA1,2026-01,North,ontime,passed\n" +
            "A2,2026-01,South,greeting,failed\nA2,2026-01,South,solution,no\nA2,2026-01,South,ontime,n/a\n" +
            "A3,2026-02,North,greeting,passed\nA3,2026-02,North,solution,passed\nA3,2026-02,North,ontime,failed\n");

        CliRun run = CliRun.Of("audit", checklist.Path, audits.Path, "--target", "0.6", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement audit = json.RootElement.GetProperty("audit");
        Assert.Equal(3, audit.GetProperty("audits").GetInt32());
        Assert.Equal(7.0 / 11, audit.GetProperty("pooledIndex").GetDouble(), 12);
        Assert.Equal(1.75 / 3, audit.GetProperty("meanIndex").GetDouble(), 12);
        Assert.True(audit.GetProperty("meetsTarget").GetBoolean());
        Assert.Equal("solution", audit.GetProperty("auditResults")[1].GetProperty("criticalFailures").GetString());
        Assert.Equal("Store", audit.GetProperty("sections")[0].GetProperty("section").GetString());
        Assert.Equal(2, audit.GetProperty("trend").GetArrayLength());
        Assert.Equal("South", audit.GetProperty("departments")[1].GetProperty("department").GetString());
    }

    [Fact]
    public void KnockOut_ZeroesAuditsWithACriticalFailure()
    {
        using var checklist = new TempFile(Checklist);
        using var audits = new TempFile("audit,item,outcome\nA,greeting,passed\nA,solution,failed\nA,ontime,passed\n");

        CliRun run = CliRun.Of("audit", checklist.Path, audits.Path, "--knock-out");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Pooled index  0.0 %", run.Output);
        Assert.Contains("Knocked out   1", run.Output);
    }

    [Fact]
    public void JsonChecklist_IsRead()
    {
        using var checklist = new TempFile("{\"items\": [{\"id\": \"greeting\", \"text\": \"Greeted\"}, {\"id\": \"solution\", \"text\": \"Solved\", \"weight\": 3}]}", ".json");
        using var audits = new TempFile("audit,item,outcome\nA,greeting,failed\nA,solution,passed\n");

        CliRun run = CliRun.Of("audit", checklist.Path, audits.Path, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("audit,,,pooledIndex,0.75\n", run.Output);
    }

    [Theory]
    [InlineData("audit,item,outcome\nA,greting,passed\n", "2:2: 'greting' is not an item of the checklist")]
    [InlineData("audit,item,outcome\nA,greeting,passed\nA,greeting,failed\n", "3:2: audit 'A' answers 'greeting' twice")]
    [InlineData("audit,item,outcome\nA,greeting,passed\n", "2:1: audit 'A' does not answer: solution, ontime (use na for items that do not apply)")]
    [InlineData("audit,item,outcome\nA,greeting,maybe\n", "2:3: 'maybe' is not an outcome (passed, failed or na)")]
    [InlineData("audit,period,item,outcome\nA,2026-01,greeting,passed\nA,2026-02,solution,passed\n", "3:2: audit 'A' has period '2026-01' on line 2 but '2026-02' here")]
    [InlineData("audit,item\nA,greeting\n", "1:1: no column 'outcome' in the header (columns: audit, item)")]
    [InlineData("audit,item,outcome\n,greeting,passed\n", "2:1: the audit id is empty")]
    public void MalformedAudits_OneLineErrorWithLineAndColumn(string contents, string expected)
    {
        using var checklist = new TempFile(Checklist);
        using var audits = new TempFile(contents);

        CliRun run = CliRun.Of("audit", checklist.Path, audits.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"customer-metrics: error: {audits.Path}:{expected}\n", run.Error);
    }

    [Theory]
    [InlineData("id,text,weight\na,x,0\n", ".csv", ":2: Item 'a' has weight 0; weights should be finite and greater than 0.")]
    [InlineData("id,name\n", ".csv", ":1:1: the header needs the columns 'id' and 'text' (found: id, name)")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"text\": \"x\"},{\"id\": \"a\", \"text\": \"y\"}]}", ".json", ":1:37: Item id 'a' appears twice (positions 0 and 1).")]
    public void MalformedChecklist_OneLineError(string contents, string extension, string expected)
    {
        using var checklist = new TempFile(contents, extension);
        using var audits = new TempFile("audit,item,outcome\n");

        CliRun run = CliRun.Of("audit", checklist.Path, audits.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"customer-metrics: error: {checklist.Path}{expected}\n", run.Error);
    }

    [Theory]
    [InlineData(new[] { "audit", "only-one.csv" }, "audit: give CHECKLIST and AUDITS")]
    [InlineData(new[] { "audit", "a.csv", "b.csv", "--target", "90" }, "audit: --target should be an index in [0, 1], e.g. 0.9; got 90")]
    [InlineData(new[] { "audit", "a.csv", "b.csv", "--knock-out=yes" }, "audit: option --knock-out takes no value")]
    public void BadUsage_OneLineError(string[] args, string expected)
    {
        CliRun run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"customer-metrics: error: {expected}", run.Error);
    }
}
