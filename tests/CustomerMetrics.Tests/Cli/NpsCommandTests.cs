using System.IO;
using System.Text;
using System.Text.Json;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

public class NpsCommandTests
{
    [Fact]
    public void OneAnswerPerLine_PrintsScoreCountsWithDenominatorsAndChart()
    {
        // 5 promoters, 3 passives, 2 detractors: NPS = 30, Average.
        using var file = new TempFile("10\n9\n9\n10\n9\n8\n7\n7\n6\n0\n");

        CliRun run = CliRun.Of("nps", file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("NPS                          +30.0  (Average: develop the customer service)", run.Output);
        Assert.Contains("Promoters (9-10)             5 of 10 (50.0 %)", run.Output);
        Assert.Contains("Detractors (0-6)             2 of 10 (20.0 %)", run.Output);
        Assert.Contains("Standard error               24.7 points", run.Output);
        Assert.Contains(" 9 | ######################################## 3", run.Output);
        Assert.Contains(" 1 | 0", run.Output);
        Assert.Contains("Fewer than 30 respondents", run.Output);
    }

    [Fact]
    public void TrailingBlankLines_AreIgnoredAndSaidSo_NotCountedAsBlankAnswers()
    {
        CliRun run = CliRun.WithInput("10\n0\n\n\n", "nps", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement nps = json.RootElement.GetProperty("nps");
        Assert.Equal(2, nps.GetProperty("respondents").GetInt64());
        Assert.Equal(0, nps.GetProperty("blank").GetInt64());
        Assert.Equal(2, nps.GetProperty("blankLines").GetInt64());
        Assert.Contains(nps.GetProperty("notes").EnumerateArray(), note => note.GetString()!.StartsWith("2 blank lines of the file ignored", System.StringComparison.Ordinal));
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
    public void ExcelExport_Semicolons_Bom_MultilineComments_IsRead()
    {
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("score;channel;comment\r\n9;web;\"Быстро,\r\nвежливо\"\r\n3;store;\r\n10;web;\"\"\"Wow\"\"\"\r\n")];
        using var file = new TempFile(bytes);

        CliRun run = CliRun.Of("nps", file.Path, "--column", "score", "--segment", "channel", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(3, json.RootElement.GetProperty("nps").GetProperty("respondents").GetInt64());
        Assert.Equal(100.0 / 3, json.RootElement.GetProperty("nps").GetProperty("score").GetDouble(), 12);
    }

    [Fact]
    public void JsonInput_ByExtension_AndByOption()
    {
        using var file = new TempFile("""[{"score": 10, "channel": "web"}, {"score": 2, "channel": "store"}, {"score": 9, "channel": "web"}]""", ".json");
        CliRun byExtension = CliRun.Of("nps", file.Path, "--column", "score", "--format", "csv");
        Assert.Equal(0, byExtension.ExitCode);
        Assert.Contains("\nall,all,3,2,0,1,33.33,", byExtension.Output);

        CliRun byOption = CliRun.WithInput("[10, 2, 9]", "nps", "-", "--input-format", "json", "--format", "csv");
        Assert.Equal(0, byOption.ExitCode);
        Assert.Contains("\nall,all,3,2,0,1,33.33,", byOption.Output);
    }

    [Fact]
    public void Csv_IsOneTidyTable_OneRowPerGroup()
    {
        using var file = new TempFile("channel,month,score\nweb,2026-01,10\nstore,2026-01,0\nweb,2026-02,9\n");
        CliRun run = CliRun.Of("nps", file.Path, "--column", "score", "--segment", "channel", "--period", "month", "--format", "csv", "--method", "wald");

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("by,group,respondents,promoters,passives,detractors,score,intervalLower,intervalUpper,band,changePoints,pValue", lines[0]);
        Assert.Equal(6, lines.Length); // all, two channels, two months
        Assert.StartsWith("all,all,3,2,0,1,33.33,", lines[1]);
        Assert.StartsWith("channel,web,2,2,0,0,100,", lines[2]);
        Assert.StartsWith("month,2026-01,2,1,0,1,0,", lines[4]);
        Assert.EndsWith(",Low,,", lines[4]);
        Assert.Contains(",High,100,", lines[5]); // +100 points from 2026-01
    }

    [Fact]
    public void SmallSegment_IntervalWithoutItsScore_IsExplained()
    {
        // A segment of one detractor: NPS −100, but its adjusted interval stops short of −100.
        using var file = new TempFile("channel,score\nweb,10\nweb,10\nstore,3\n");
        CliRun run = CliRun.Of("nps", file.Path, "--column", "score", "--segment", "channel");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("by channel: the interval of store (-100.0, N 1, interval [-98.5, +48.5]) does not contain the score.", run.Output);
        Assert.Contains("does not contain the score. This is expected with few answers: the adjusted Wald interval adds three imaginary respondents", run.Output);
    }

    [Theory]
    [InlineData("10\n9\nabc\n", "3:1: 'abc' is not an NPS answer (a whole number from 0 to 10)")]
    [InlineData("10\n11\n", "2:1: '11' is not an NPS answer (a whole number from 0 to 10)")]
    [InlineData("10\n-1\n", "2:1: '-1' is not an NPS answer (a whole number from 0 to 10)")]
    [InlineData("10\n9.5\n", "2:1: '9.5' is not an NPS answer (a whole number from 0 to 10)")]
    [InlineData("score\n10\n", "1:1: 'score' is not an NPS answer (a whole number from 0 to 10) (if this is a header, name the answer column with --column)")]
    [InlineData("10\n9,8\n", "2: expected one value per line, found 2 fields; name the column to read with --column")]
    [InlineData("10\n\u001b[31mred\n", "2:1: '\\u001B[31mred' is not an NPS answer")]
    public void MalformedValue_OneLineErrorWithFileLineAndValue(string contents, string expected)
    {
        using var file = new TempFile(contents);
        CliRun.Of("nps", file.Path).AssertError($"{file.Path}:{expected}");
    }

    [Fact]
    public void MalformedValueInNamedColumn_NamesTheColumn()
    {
        using var file = new TempFile("id,score\n1,10\n2,x\n");
        CliRun.Of("nps", file.Path, "--column", "score").AssertError($"{file.Path}:3:2 (score): 'x' is not an NPS answer (a whole number from 0 to 10)");
    }

    [Fact]
    public void UnterminatedQuote_NamesWhereItOpened()
    {
        using var file = new TempFile("id,score\n\"1,10\n");
        CliRun.Of("nps", file.Path, "--column", "score").AssertError($"{file.Path}:2:1: ");
    }

    [Fact]
    public void MissingColumn_ListsTheColumns()
    {
        using var file = new TempFile("id,rating\n1,10\n");
        CliRun.Of("nps", file.Path, "--column", "score").AssertError($"{file.Path}: no column 'score' in the header (columns: id, rating)");
    }

    [Fact]
    public void AmbiguousDelimiter_NamesTheChoices_AndTheOptionSettlesIt()
    {
        using var file = new TempFile("score;channel,region\n9;web,north\n");
        CliRun.Of("nps", file.Path, "--column", "score").AssertError($"{file.Path}:1: the header has 1 comma and 1 semicolon, so the delimiter is ambiguous: pass --delimiter , or --delimiter ';'");

        CliRun run = CliRun.Of("nps", file.Path, "--column", "score", "--delimiter", ";", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\nall,all,1,1,0,0,100,", run.Output);
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
        Assert.Equal(1, nps.GetProperty("blankLines").GetInt64());
        Assert.Contains(nps.GetProperty("notes").EnumerateArray(), note => note.GetString() == "2 invalid values were skipped at your request (--skip-invalid).");
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

    [Fact]
    public void EmptyFile_GivesAnUndefinedScore()
    {
        using var file = new TempFile(string.Empty);
        CliRun run = CliRun.Of("nps", file.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("nps").GetProperty("score").ValueKind);
        Assert.Equal("Undefined", json.RootElement.GetProperty("nps").GetProperty("band").GetString());
    }

    [Theory]
    [InlineData(new[] { "--level", "1.5" }, "--level should be in (0, 1), e.g. 0.95; got 1.5")]
    [InlineData(new[] { "--level", "0,9" }, "--level: '0,9' has a comma")]
    [InlineData(new[] { "--segment", "channel" }, "nps: --segment and --period need --column (a file with a header)")]
    [InlineData(new[] { "--decimal-comma", "--culture", "ru-RU" }, "give either --decimal-comma or --culture, not both")]
    [InlineData(new[] { "--culture", "xx-nowhere" }, "--culture 'xx-nowhere' is not a culture this system knows")]
    [InlineData(new[] { "--delimiter", "ab" }, "--delimiter 'ab' is not a delimiter")]
    public void BadOptions_AreOneLine(string[] options, string expected)
    {
        using var file = new TempFile("10\n");
        CliRun.Of(["nps", file.Path, .. options]).AssertError(expected);
    }

    [Fact]
    public void MissingFile_SaysSo()
    {
        CliRun.Of("nps", "/nonexistent/answers.csv").AssertError("/nonexistent/answers.csv: cannot open:");
    }

    [Fact]
    public void Output_WritesTheReportToAFile()
    {
        using var file = new TempFile("10\n0\n");
        string report = file.Sibling(".json");
        CliRun run = CliRun.Of("nps", file.Path, "--format", "json", "--output", report);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(0, json.RootElement.GetProperty("nps").GetProperty("score").GetDouble());
    }
}
