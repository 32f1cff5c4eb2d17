using System.Text.Json;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

public class SlaCommandTests
{
    [Fact]
    public void Durations_InTheSourcesWords()
    {
        // Hours; threshold one day: 24 exactly is on time, 24.5 is late. p50 of 2, 5, 10, 24, 24.5 is 10 h.
        using var file = new TempFile("operation,duration\nA,2\nB,24\nC,24.5\nD,5\nE,10\n");

        CliRun run = CliRun.Of("sla", file.Path, "--threshold", "1d", "--unit", "h", "--target", "0.8");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("Of 5 operations, 4 were done on time (within 1 day).", run.Output);
        Assert.Contains("Breaches           1", run.Output);
        Assert.Contains("Target             80.0 %: met", run.Output);
        Assert.Contains("Error budget used  100.0 % of 1 allowed breaches", run.Output);
        Assert.Contains("Median (p50)       10 h", run.Output);
    }

    [Fact]
    public void Timestamps_ByMonth_AsJson()
    {
        using var file = new TempFile(
            "id,start,finish\n" +
            "1,2026-01-30T10:00+03:00,2026-01-31T10:00+03:00\n" +
            "2,2026-02-02T10:00+03:00,2026-02-03T11:00+03:00\n" +
            "3,2026-02-10T10:00Z,2026-02-10T12:30Z\n");

        CliRun run = CliRun.Of("sla", file.Path, "--threshold", "24h", "--start", "start", "--finish", "finish", "--by-month", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement sla = json.RootElement.GetProperty("sla");
        Assert.Equal(3, sla.GetProperty("operations").GetInt64());
        Assert.Equal(2, sla.GetProperty("onTime").GetInt64());
        Assert.Equal(86_400, sla.GetProperty("thresholdSeconds").GetDouble());
        JsonElement periods = sla.GetProperty("periods");
        Assert.Equal("2026-01", periods[0].GetProperty("period").GetString());
        Assert.Equal(0.5, periods[1].GetProperty("rate").GetDouble());
    }

    [Fact]
    public void DurationsWithPeriodColumn_AndUnitsInCells()
    {
        using var file = new TempFile("month,duration\n2026-02,20s\n2026-01,45s\n2026-02,1m\n");
        CliRun run = CliRun.Of("sla", file.Path, "--threshold", "30s", "--period", "month", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("sla,periods,2026-01,rate,0\n", run.Output);
        Assert.Contains("sla,periods,2026-02,rate,0.5\n", run.Output);
    }

    [Fact]
    public void Units_MillisecondsAreNotSecondsOrMinutes()
    {
        // 400 ms and 0.5 s are within 500 ms; 501ms and 1m are not.
        using var file = new TempFile("duration\n400ms\n0.5\n501ms\n1m\n");
        CliRun run = CliRun.Of("sla", file.Path, "--threshold", "500ms", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("sla,,,onTime,2\n", run.Output);
        Assert.Contains("sla,,,thresholdSeconds,0.5\n", run.Output);
    }

    [Theory]
    [InlineData("operation,duration\nA,2\nB,-1\n", new[] { "--threshold", "1d" }, "3:2: '-1' is not a duration (a non-negative number, in s unless it has a unit)")]
    [InlineData("operation,duration\nA,soon\n", new[] { "--threshold", "1d" }, "2:2: 'soon' is not a duration")]
    [InlineData("id,start,finish\n1,2026-01-02T10:00Z,2026-01-01T10:00Z\n", new[] { "--threshold", "1d", "--start", "start", "--finish", "finish" }, "2:3: the operation finishes (2026-01-01T10:00Z) before it starts (2026-01-02T10:00Z)")]
    [InlineData("id,start,finish\n1,yesterday,2026-01-01T10:00Z\n", new[] { "--threshold", "1d", "--start", "start", "--finish", "finish" }, "2:2: 'yesterday' is not a timestamp")]
    [InlineData("id,time\n1,5\n", new[] { "--threshold", "1d" }, "1:1: no column 'duration' in the header (columns: id, time)")]
    public void MalformedFile_OneLineErrorWithLineAndColumn(string contents, string[] options, string expected)
    {
        using var file = new TempFile(contents);
        CliRun run = CliRun.Of(["sla", file.Path, .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"customer-metrics: error: {file.Path}:{expected}", run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData(new[] { "sla", "x.csv" }, "sla: give the agreed time with --threshold")]
    [InlineData(new[] { "sla", "x.csv", "--threshold", "0s" }, "sla: --threshold '0s' is not a time greater than zero")]
    [InlineData(new[] { "sla", "x.csv", "--threshold", "soon" }, "sla: --threshold 'soon' is not a time greater than zero")]
    [InlineData(new[] { "sla", "x.csv", "--threshold", "1d", "--target", "99" }, "sla: --target should be a rate in [0, 1], e.g. 0.99; got 99")]
    [InlineData(new[] { "sla", "x.csv", "--threshold", "1d", "--start", "s" }, "sla: give both --start and --finish")]
    [InlineData(new[] { "sla", "x.csv", "--threshold", "1d", "--by-month" }, "sla: --by-month needs --start and --finish")]
    [InlineData(new[] { "sla", "x.csv", "--threshold", "1d", "--unit", "weeks" }, "sla: --unit 'weeks' is not one of: ms, s, m, h, d")]
    [InlineData(new[] { "sla" }, "sla: missing FILE")]
    public void BadUsage_OneLineError(string[] args, string expected)
    {
        CliRun run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"customer-metrics: error: {expected}", run.Error);
    }
}
