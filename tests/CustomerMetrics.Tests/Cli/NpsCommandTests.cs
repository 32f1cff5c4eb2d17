using System.Text.Json;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

public class NpsCommandTests
{
    [Fact]
    public void OneAnswerPerLine_PrintsScoreCountsAndChart()
    {
        // 5 promoters, 3 passives, 2 detractors: NPS = 30, Average.
        using var file = new TempFile("10\n9\n9\n10\n9\n8\n7\n7\n6\n0\n");

        CliRun run = CliRun.Of("nps", file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("NPS                  +30.0  (Average: develop the customer service)", run.Output);
        Assert.Contains("Respondents          10", run.Output);
        Assert.Contains("Promoters (9-10)     5       50.0 %", run.Output);
        Assert.Contains("Detractors (0-6)     2       20.0 %", run.Output);
        Assert.Contains(" 9 | ######################################## 3", run.Output);
        Assert.Contains(" 1 | 0", run.Output);
        Assert.Contains("fewer than 30 respondents", run.Output);
    }

    [Fact]
    public void NamedColumn_WithSegmentsAndPeriods_AsJson()
    {
        using var file = new TempFile(
            "id,channel,month,score\n" +
            "1,web,2026-01,10\n2,web,2026-01,3\n3,store,2026-02,9\n4,\"store, main\",2026-02,8\n5,web,2026-02,\n");

        CliRun run = CliRun.Of("nps", file.Path, "--column", "score", "--segment", "channel", "--period", "month", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement nps = json.RootElement.GetProperty("nps");
        Assert.Equal(4, nps.GetProperty("respondents").GetInt64());
        Assert.Equal(25.0, nps.GetProperty("score").GetDouble(), 12); // (2 − 1) / 4
        Assert.Equal(1, nps.GetProperty("blank").GetInt64());
        Assert.Equal("store, main", nps.GetProperty("segments")[2].GetProperty("segment").GetString());
        Assert.Equal(0.0, nps.GetProperty("segments")[0].GetProperty("score").GetDouble()); // web: 10 and 3
        JsonElement trend = nps.GetProperty("trend");
        Assert.Equal("2026-01", trend[0].GetProperty("period").GetString());
        Assert.Equal(JsonValueKind.Null, trend[0].GetProperty("change").ValueKind);
        Assert.Equal(50.0, trend[1].GetProperty("change").GetDouble(), 12); // 0 → +50
        Assert.Equal(1, nps.GetProperty("distribution").GetProperty("10").GetInt64());
    }

    [Fact]
    public void Csv_IsLongFormat()
    {
        using var file = new TempFile("10\n0\n");
        CliRun run = CliRun.Of("nps", file.Path, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("section,table,row,metric,value\n", run.Output);
        Assert.Contains("nps,,,score,0\n", run.Output);
        Assert.Contains("nps,distribution,10,count,1\n", run.Output);
    }

    [Fact]
    public void StandardInput_IsReadForDash()
    {
        CliRun run = CliRun.WithInput("9\n9\n3\n", "nps", "-", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("nps,,,respondents,3\n", run.Output);
    }

    [Fact]
    public void EmptyFile_GivesUndefinedScore()
    {
        using var file = new TempFile(string.Empty);
        CliRun run = CliRun.Of("nps", file.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("nps").GetProperty("score").ValueKind);
        Assert.Equal("Undefined", json.RootElement.GetProperty("nps").GetProperty("band").GetString());
    }

    [Theory]
    [InlineData("10\n9\nabc\n", "3:1: 'abc' is not an NPS answer (an integer from 0 to 10)")]
    [InlineData("10\n11\n", "2:1: '11' is not an NPS answer (an integer from 0 to 10)")]
    [InlineData("10\n-1\n", "2:1: '-1' is not an NPS answer (an integer from 0 to 10)")]
    [InlineData("10\n9.5\n", "2:1: '9.5' is not an NPS answer (an integer from 0 to 10)")]
    [InlineData("score\n10\n", "1:1: 'score' is not an NPS answer (an integer from 0 to 10) (if this is a header, name the answer column with --column)")]
    [InlineData("10\n9,8\n", "2:2: expected 1 field(s), found 2; name the answer column with --column")]
    public void MalformedValue_OneLineErrorWithFileLineAndValue(string contents, string expected)
    {
        using var file = new TempFile(contents);

        CliRun run = CliRun.Of("nps", file.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"customer-metrics: error: {file.Path}:{expected}\n", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void MalformedValueInNamedColumn_NamesTheColumn()
    {
        using var file = new TempFile("id,score\n1,10\n2,x\n");
        CliRun run = CliRun.Of("nps", file.Path, "--column", "score");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"customer-metrics: error: {file.Path}:3:2: 'x' is not an NPS answer (an integer from 0 to 10)\n", run.Error);
    }

    [Fact]
    public void UnterminatedQuote_IsAnError()
    {
        using var file = new TempFile("id,score\n\"1,10\n");
        CliRun run = CliRun.Of("nps", file.Path, "--column", "score");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(":2:1: unterminated quoted field", run.Error);
    }

    [Fact]
    public void MissingColumn_ListsTheColumns()
    {
        using var file = new TempFile("id,rating\n1,10\n");
        CliRun run = CliRun.Of("nps", file.Path, "--column", "score");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(":1:1: no column 'score' in the header (columns: id, rating)", run.Error);
    }

    [Fact]
    public void SkipInvalid_SkipsAndReports()
    {
        using var file = new TempFile("10\n11\nfoo\n\n0\n");
        CliRun run = CliRun.Of("nps", file.Path, "--skip-invalid", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement nps = json.RootElement.GetProperty("nps");
        Assert.Equal(2, nps.GetProperty("respondents").GetInt64());
        Assert.Equal(2, nps.GetProperty("skipped").GetInt64());
        Assert.Equal(1, nps.GetProperty("blank").GetInt64());
        Assert.Contains("2 invalid value(s) were skipped", nps.GetProperty("notes")[1].GetString());
    }

    [Fact]
    public void IntervalOptions_AreApplied()
    {
        using var file = new TempFile("10\n10\n10\n0\n");
        CliRun run = CliRun.Of("nps", file.Path, "--level", "0.9", "--method", "score", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement nps = json.RootElement.GetProperty("nps");
        Assert.Equal(0.9, nps.GetProperty("intervalLevel").GetDouble());
        Assert.Equal("Score", nps.GetProperty("intervalMethod").GetString());
        ConfidenceInterval expected = Nps.FromCounts(3, 0, 1).ConfidenceInterval(0.9, NpsIntervalMethod.Score);
        Assert.Equal(expected.Lower, nps.GetProperty("intervalLower").GetDouble(), 12);
    }

    [Theory]
    [InlineData(new[] { "nps" }, "nps: missing FILE")]
    [InlineData(new[] { "nps", "x.csv", "--colour", "red" }, "nps: unknown option --colour")]
    [InlineData(new[] { "nps", "x.csv", "--level", "1.5" }, "nps: --level should be in (0, 1)")]
    [InlineData(new[] { "nps", "x.csv", "--level", "0,9" }, "nps: --level '0,9' is not a number")]
    [InlineData(new[] { "nps", "x.csv", "--method", "bayes" }, "nps: --method 'bayes' is not one of: adjusted-wald, wald, score")]
    [InlineData(new[] { "nps", "x.csv", "--format", "xml" }, "nps: --format 'xml' is not one of: table, json, csv")]
    [InlineData(new[] { "nps", "x.csv", "--segment", "channel" }, "nps: --segment and --period need --column")]
    [InlineData(new[] { "nps", "x.csv", "--column" }, "nps: option --column needs a value")]
    [InlineData(new[] { "nps", "a.csv", "b.csv" }, "nps: unexpected argument 'b.csv'")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    public void BadUsage_ExitsWithTwoAndOneLine(string[] args, string expected)
    {
        CliRun run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"customer-metrics: error: {expected}", run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void MissingFile_SaysSo()
    {
        CliRun run = CliRun.Of("nps", "/nonexistent/answers.csv");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("customer-metrics: error: /nonexistent/answers.csv: cannot open:", run.Error);
    }

    [Fact]
    public void Directory_InsteadOfFile_SaysItCannotOpen()
    {
        string directory = System.IO.Path.GetTempPath();
        CliRun run = CliRun.Of("nps", directory);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"customer-metrics: error: {directory}: cannot open:", run.Error);
    }

    [Fact]
    public void Help_ListsTheOptions()
    {
        CliRun run = CliRun.Of("nps", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--column NAME", run.Output);
        Assert.Contains("--skip-invalid", run.Output);
    }
}
