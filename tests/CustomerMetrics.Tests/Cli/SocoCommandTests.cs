using System.Text.Json;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

public class SocoCommandTests
{
    // Short form: items 1-5 customer-oriented, 6-10 selling-oriented (keyed 10 − answer); messages use the full form's item numbers.
    private const string Header = "id,team,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10\n";

    [Fact]
    public void Respondents_TeamsAndReliability_AsJson()
    {
        // Ann: CO 7,8,6,7,7 = 35; SO 3,2,4,3,3 keyed 7,8,6,7,7 = 35; total 70, POMP (70 − 10) / 80 = 75.
        // Bob: all 9 and 1: total 90, POMP 100. Mean total 80.
        using var file = new TempFile(Header + "Ann,North,7,8,6,7,7,3,2,4,3,3\nBob,South,9,9,9,9,9,1,1,1,1,1\n");

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
        Assert.Equal(1, soco.GetProperty("meanDistribution").GetProperty("7").GetInt64());
    }

    [Fact]
    public void MissingAnswers_AreProrated_OrLeaveTheRespondentUnscored()
    {
        using var file = new TempFile(Header + "Ann,North,7,,6,7,7,3,,4,3,3\n");

        CliRun prorated = CliRun.Of("soco", file.Path, "--form", "short", "--id", "id", "--team", "team");
        Assert.Equal(0, prorated.ExitCode);
        Assert.Contains("prorated from 8 of 10 items", prorated.Output);

        CliRun strict = CliRun.Of("soco", file.Path, "--form", "short", "--id", "id", "--team", "team", "--min-answered", "0.9", "--format", "json");
        using JsonDocument json = JsonDocument.Parse(strict.Output);
        Assert.Equal(1, json.RootElement.GetProperty("soco").GetProperty("undefined").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("soco").GetProperty("meanTotal").ValueKind);
    }

    [Fact]
    public void Csv_IsOneRowPerRespondent()
    {
        using var file = new TempFile(Header + "Ann,North,7,8,6,7,7,3,2,4,3,3\n");
        CliRun run = CliRun.Of("soco", file.Path, "--form", "short", "--id", "id", "--team", "team", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("id,team,total,mean,pomp,customerOrientation,sellingOrientation,note\nAnn,North,70,7,75,7,3,\n", run.Output);
    }

    [Theory]
    [InlineData("Ann,North,7,8,6,7,7,3,2,4,3,10\n", "2:12 (q10): '10' is not an answer to item 23 (a whole number from 1 to 9, or empty)")]
    [InlineData("Ann,North,7,8,6,7,7,3,2,x,3,3\n", "2:10 (q8): 'x' is not an answer to item 17 (a whole number from 1 to 9, or empty)")]
    [InlineData("Ann,North,7,8,6,7,7,3,2,4,3\n", "2: expected 12 fields as in the header, found 11")]
    public void MalformedAnswers_OneLineError(string row, string expected)
    {
        using var file = new TempFile(Header + row);
        CliRun.Of("soco", file.Path, "--form", "short", "--id", "id", "--team", "team").AssertError($"{file.Path}:{expected}");
    }

    [Fact]
    public void WrongNumberOfItems_ForTheForm()
    {
        using var file = new TempFile(Header + "Ann,North,7,8,6,7,7,3,2,4,3,3\n");
        CliRun.Of("soco", file.Path, "--id", "id", "--team", "team").AssertError($"{file.Path}: expected 24 item columns for this form besides the id and team columns, found 10");
    }

    [Fact]
    public void MinAnswered_OutOfRange()
    {
        CliRun.Of("soco", "x.csv", "--min-answered", "0").AssertError("--min-answered should be in (0, 1], e.g. 0.8; got 0");
    }
}
