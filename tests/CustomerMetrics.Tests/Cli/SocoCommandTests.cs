using System.Linq;
using System.Text.Json;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

public class SocoCommandTests
{
    private static string Header(int items) => "id,team," + string.Join(",", Enumerable.Range(1, items).Select(i => $"q{i}"));

    [Fact]
    public void ShortForm_ScoresRespondentsAndTeams()
    {
        // Ann: CO 7, 8, 6, 7, 7 and SO 3, 2, 4, 3, 3 → total 70 (see SocoScoreTests); Bob: all 9 CO, all 1 SO → 90.
        using var file = new TempFile(Header(10) + "\nAnn,North,7,8,6,7,7,3,2,4,3,3\nBob,South,9,9,9,9,9,1,1,1,1,1\n");

        CliRun run = CliRun.Of("soco", file.Path, "--form", "short", "--id", "id", "--team", "team", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement soco = json.RootElement.GetProperty("soco");
        Assert.Equal(2, soco.GetProperty("respondents").GetInt32());
        Assert.Equal(80, soco.GetProperty("meanTotal").GetDouble(), 12);
        JsonElement people = soco.GetProperty("respondentScores");
        Assert.Equal("Ann", people[0].GetProperty("id").GetString());
        Assert.Equal(70, people[0].GetProperty("total").GetDouble());
        Assert.Equal(75, people[0].GetProperty("pomp").GetDouble());
        Assert.Equal(100, people[1].GetProperty("pomp").GetDouble());
        Assert.Equal("South", soco.GetProperty("teams")[1].GetProperty("team").GetString());
        Assert.Equal(10, soco.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void MissingAnswers_ProratedOrUndefined()
    {
        // Ten answers with two empty: 80 % answered, prorated by default, undefined with --min-answered 0.9.
        using var file = new TempFile(Header(10) + "\nAnn,North,7,,6,7,7,3,2,,3,3\n");

        CliRun prorated = CliRun.Of("soco", file.Path, "--form", "short", "--id", "id", "--team", "team");
        Assert.Equal(0, prorated.ExitCode);
        Assert.Contains("prorated from 8 of 10 items", prorated.Output);

        CliRun strict = CliRun.Of("soco", file.Path, "--form", "short", "--id", "id", "--team", "team", "--min-answered", "0.9", "--format", "json");
        using JsonDocument json = JsonDocument.Parse(strict.Output);
        Assert.Equal(1, json.RootElement.GetProperty("soco").GetProperty("undefined").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("soco").GetProperty("meanTotal").ValueKind);
    }

    [Fact]
    public void WithoutIdColumn_RespondentsAreNumbered()
    {
        using var file = new TempFile(string.Join(",", Enumerable.Range(1, 24).Select(i => $"q{i}")) + "\n" + string.Join(",", Enumerable.Repeat("5", 24)) + "\n");
        CliRun run = CliRun.Of("soco", file.Path, "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("soco,respondentScores,1,total,120\n", run.Output);
    }

    [Theory]
    [InlineData("\nAnn,North,7,8,6,7,7,3,2,4,3,10\n", "2:12: '10' is not an answer to item 23 (an integer from 1 to 9, or empty)")]
    [InlineData("\nAnn,North,7,8,6,7,7,3,2,x,3,3\n", "2:10: 'x' is not an answer to item 17 (an integer from 1 to 9, or empty)")]
    [InlineData("\nAnn,North,7,8,6,7,7,3,2,4,3\n", "2:12: expected 12 fields as in the header, found 11")]
    public void MalformedAnswers_OneLineErrorWithLineAndColumn(string rows, string expected)
    {
        using var file = new TempFile(Header(10) + rows);
        CliRun run = CliRun.Of("soco", file.Path, "--form", "short", "--id", "id", "--team", "team");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"customer-metrics: error: {file.Path}:{expected}\n", run.Error);
    }

    [Fact]
    public void WrongNumberOfItemColumns_SaysHowMany()
    {
        using var file = new TempFile(Header(10) + "\n");
        CliRun run = CliRun.Of("soco", file.Path, "--id", "id", "--team", "team");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(":1:1: expected 24 item columns for this instrument besides the id and team columns, found 10", run.Error);
    }

    [Theory]
    [InlineData(new[] { "soco" }, "soco: missing FILE")]
    [InlineData(new[] { "soco", "x.csv", "--form", "long" }, "soco: --form 'long' is not one of: full, short")]
    [InlineData(new[] { "soco", "x.csv", "--min-answered", "0" }, "soco: --min-answered should be a share in (0, 1], e.g. 0.8; got 0")]
    public void BadUsage_OneLineError(string[] args, string expected)
    {
        CliRun run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"customer-metrics: error: {expected}", run.Error);
    }
}
