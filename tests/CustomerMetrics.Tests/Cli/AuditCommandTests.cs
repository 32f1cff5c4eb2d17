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
        Assert.Equal(3, audit.GetProperty("auditResults")[2].GetProperty("passedWeight").GetDouble());
        Assert.Equal("Store", audit.GetProperty("sections")[0].GetProperty("touchpoint").GetString());
        Assert.Equal(2, audit.GetProperty("trend").GetArrayLength());
        Assert.Equal("South", audit.GetProperty("departments")[1].GetProperty("department").GetString());
    }

    [Fact]
    public void WeightedIndex_IsLabelledSo_WithItemsAndWeights()
    {
        using var checklist = new TempFile(Checklist);
        using var audits = new TempFile("audit,item,outcome\nA,greeting,passed\nA,solution,failed\nA,ontime,passed\n");

        CliRun run = CliRun.Of("audit", checklist.Path, audits.Path);

        Assert.Equal(0, run.ExitCode);
        // 2 of 3 items passed, but they weigh 2 of 4: the index is 50 %, and the report says why.
        Assert.Contains("Index (weighted, pooled)     50.0 % of the applicable weight passed (2 of 3 applicable items passed; items weigh 1 to 2)", run.Output);
        Assert.Contains("Audits (index weighted by item weight)", run.Output);
    }

    [Fact]
    public void KnockOut_ZeroesAuditsWithACriticalFailure()
    {
        using var checklist = new TempFile(Checklist);
        using var audits = new TempFile("audit,item,outcome\nA,greeting,passed\nA,solution,failed\nA,ontime,passed\n");

        CliRun run = CliRun.Of("audit", checklist.Path, audits.Path, "--knock-out");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Index (weighted, pooled)     0.0 %", run.Output);
        Assert.Contains("Knocked out                  1 of 1 audits", run.Output);
    }

    [Fact]
    public void JsonChecklist_AndSemicolonChecklistWithDecimalCommas_AreRead()
    {
        using var json = new TempFile("{\"items\": [{\"id\": \"greeting\", \"text\": \"Greeted\"}, {\"id\": \"solution\", \"text\": \"Solved\", \"weight\": 3}]}", ".json");
        using var csv = new TempFile("id;text;weight\r\ngreeting;Greeted;1\r\nsolution;Solved;3,0\r\n");
        using var audits = new TempFile("audit,item,outcome\nA,greeting,failed\nA,solution,passed\n");

        foreach (string[] args in new[] { new[] { "audit", json.Path, audits.Path }, new[] { "audit", csv.Path, audits.Path, "--decimal-comma" } })
        {
            CliRun run = CliRun.Of([.. args, "--format", "csv"]);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(
                "audit,period,department,index,passedWeight,applicableWeight,passed,failed,notApplicable,criticalFailures\n" +
                "A,,,0.75,3,4,1,1,0,\n",
                run.Output);
        }
    }

    [Theory]
    [InlineData("audit,item,outcome\nA,greting,passed\n", "2:2 (item): 'greting' is not an item of the checklist")]
    [InlineData("audit,item,outcome\nA,greeting,passed\nA,greeting,failed\n", "3:2 (item): audit 'A' answers 'greeting' twice")]
    [InlineData("audit,item,outcome\nA,greeting,passed\n", "2:1 (audit): audit 'A' does not answer: solution, ontime (use na for items that do not apply)")]
    [InlineData("audit,item,outcome\nA,greeting,maybe\n", "2:3 (outcome): 'maybe' is not an outcome (passed, failed or na)")]
    [InlineData("audit,period,item,outcome\nA,2026-01,greeting,passed\nA,2026-02,solution,passed\n", "3:2 (period): audit 'A' has period '2026-01' in row 2 but '2026-02' here")]
    [InlineData("audit,item\nA,greeting\n", " no column 'outcome' in the header (columns: audit, item)")]
    [InlineData("audit,item,outcome\n,greeting,passed\n", "2:1 (audit): the audit id is empty")]
    public void MalformedAudits_OneLineErrorWithLineAndColumn(string contents, string expected)
    {
        using var checklist = new TempFile(Checklist);
        using var audits = new TempFile(contents);
        CliRun.Of("audit", checklist.Path, audits.Path).AssertError($"{audits.Path}:{expected}");
    }

    [Theory]
    [InlineData("id,text,weight\na,x,0\n", ".csv", ":2: Item 'a' has weight 0; weights should be finite and greater than 0.")]
    [InlineData("id,name\n", ".csv", ": no column 'text' in the header (columns: id, name)")]
    [InlineData("id,text,critical\na,x,maybe\n", ".csv", ":2:3 (critical): 'maybe' is not a critical flag (true/false, yes/no, 1/0)")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"text\": \"x\"},{\"id\": \"a\", \"text\": \"y\"}]}", ".json", ":1:37: Item id 'a' appears twice (positions 0 and 1).")]
    public void MalformedChecklist_OneLineError(string contents, string extension, string expected)
    {
        using var checklist = new TempFile(contents, extension);
        using var audits = new TempFile("audit,item,outcome\n");
        CliRun.Of("audit", checklist.Path, audits.Path).AssertError($"{checklist.Path}{expected}");
    }

    [Fact]
    public void Target_OutOfRange_IsAnError()
    {
        CliRun.Of("audit", "a.csv", "b.csv", "--target", "90").AssertError("--target should be in [0, 1], e.g. 0.9; got 90");
    }
}
