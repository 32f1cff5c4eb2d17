using System.Text.Json;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

/// <summary>The service-level commands: sla, erlang and csat.</summary>
public class ServiceCommandTests
{
    [Fact]
    public void Sla_Durations_TheSourcesSentence_TargetAndBudget()
    {
        // Hours: 2, 10, 30 (late), 12, 24 (exactly the threshold: on time).
        using var file = new TempFile("operation,duration\nA,2\nB,10\nC,30\nD,12\nE,24\n");

        CliRun run = CliRun.Of("sla", file.Path, "--threshold", "1d", "--unit", "h", "--target", "0.8");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("Of 5 operations, 4 were done on time (within 1 day).", run.Output);
        Assert.Contains("On time               4 of 5 (80.0 %)", run.Output);
        Assert.Contains("Late                  1 of 5", run.Output);
        Assert.Contains("Target                80.0 % on time: met", run.Output);
        Assert.Contains("Error budget used     100.0 % (1 late of 1 allowed)", run.Output);
        Assert.Contains("Median (p50)          12 h", run.Output);
    }

    [Fact]
    public void Sla_Timestamps_ByMonth_AsJson()
    {
        using var file = new TempFile(
            "id,start,finish\n1,2026-01-05T10:00+03:00,2026-01-05T20:00+03:00\n2,2026-02-01T00:00Z,2026-02-03T00:00Z\n3,2026-02-10T00:00Z,2026-02-10T01:00Z\n");

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
    public void Sla_Csv_IsOneRowForAllAndOnePerPeriod()
    {
        using var file = new TempFile("month;duration\n2026-01;40\n2026-02;10\n2026-02;31\n");
        CliRun run = CliRun.Of("sla", file.Path, "--threshold", "30s", "--period", "month", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("period,operations,onTime,breaches,rate\nall,3,1,2,0.3333\n2026-01,1,0,1,0\n2026-02,2,1,1,0.5\n", run.Output);
    }

    [Theory]
    [InlineData("operation,duration\nA,2\nB,-1\n", new[] { "--threshold", "1d" }, "3:2 (duration): '-1' is negative; a duration is 0 or more")]
    [InlineData("operation,duration\nA,soon\n", new[] { "--threshold", "1d" }, "2:2 (duration): 'soon' is not a duration (a number with a unit: 500ms, 20s, 30m, 4h, 1d)")]
    [InlineData("operation,duration\nA,\"1,5\"\n", new[] { "--threshold", "1d" }, "2:2 (duration): '1,5' is not a duration (a number with a unit: 500ms, 20s, 30m, 4h, 1d): '1,5' has a comma")]
    [InlineData("id,start,finish\n1,2026-01-02T10:00Z,2026-01-01T10:00Z\n", new[] { "--threshold", "1d", "--start", "start", "--finish", "finish" }, "2:3 (finish): the operation finishes (2026-01-01T10:00Z) before it starts (2026-01-02T10:00Z)")]
    [InlineData("id,start,finish\n1,yesterday,2026-01-01T10:00Z\n", new[] { "--threshold", "1d", "--start", "start", "--finish", "finish" }, "2:2 (start): 'yesterday' is not a timestamp")]
    [InlineData("id,time\n1,5\n", new[] { "--threshold", "1d" }, " no column 'duration' in the header (columns: id, time)")]
    public void Sla_MalformedFile_OneLineError(string contents, string[] options, string expected)
    {
        using var file = new TempFile(contents);
        CliRun.Of(["sla", file.Path, .. options]).AssertError($"{file.Path}:{expected}");
    }

    [Theory]
    [InlineData(new[] { "x.csv" }, "sla: give the agreed time with --threshold, e.g. --threshold 1d")]
    [InlineData(new[] { "x.csv", "--threshold", "0s" }, "sla: --threshold should be a time greater than zero")]
    [InlineData(new[] { "x.csv", "--threshold", "soon" }, "--threshold: 'soon' is not a duration")]
    [InlineData(new[] { "x.csv", "--threshold", "1d", "--target", "99" }, "--target should be in [0, 1], e.g. 0.99; got 99")]
    [InlineData(new[] { "x.csv", "--threshold", "1d", "--start", "s" }, "sla: give both --start and --finish")]
    [InlineData(new[] { "x.csv", "--threshold", "1d", "--by-month" }, "sla: --by-month needs --start and --finish")]
    public void Sla_BadUsage_OneLineError(string[] args, string expected)
    {
        CliRun.Of(["sla", .. args]).AssertError(expected);
    }

    [Fact]
    public void Erlang_TheCheckValue_FourteenAgents()
    {
        CliRun run = CliRun.Of("erlang", "--calls", "100", "--interval", "30m", "--aht", "180s", "--answer-within", "20s", "--target", "0.8", "--shrinkage", "0.3", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement erlang = json.RootElement.GetProperty("erlang");
        Assert.Equal(10, erlang.GetProperty("trafficErlangs").GetDouble(), 12);
        Assert.Equal(14, erlang.GetProperty("agentsNeeded").GetInt32());
        Assert.Equal(20, erlang.GetProperty("agentsToSchedule").GetInt32());
        ErlangCResult expected = ErlangC.Analyze(100, System.TimeSpan.FromMinutes(30), System.TimeSpan.FromSeconds(180), 14, System.TimeSpan.FromSeconds(20));
        Assert.Equal(expected.ServiceLevel, erlang.GetProperty("serviceLevel").GetDouble());
        JsonElement table = erlang.GetProperty("staffing");
        Assert.Equal(7, table.GetArrayLength()); // 11 to 17 agents
        Assert.False(table[2].GetProperty("meetsTarget").GetBoolean()); // 13 agents: 79.6 %
        Assert.True(table[3].GetProperty("meetsTarget").GetBoolean());
    }

    [Fact]
    public void Erlang_TrafficAndRange_AgentsBelowTheTrafficHaveNoSteadyState()
    {
        CliRun run = CliRun.Of("erlang", "--traffic", "10", "--aht", "3m", "--answer-within", "20s", "--target", "0.8", "--agents-from", "9", "--agents-to", "12", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Equal("9,,,,,false", lines[1]);
        Assert.Equal("10,,,,,false", lines[2]);
        Assert.StartsWith("11,0.3896,", lines[3]);
    }

    [Theory]
    [InlineData(new[] { "--aht", "180s", "--answer-within", "20s", "--target", "0.8" }, "erlang: give --calls (contacts per interval) and --interval, or --traffic in Erlangs")]
    [InlineData(new[] { "--calls", "100", "--answer-within", "20s", "--target", "0.8" }, "erlang: give --aht, e.g. 180s")]
    [InlineData(new[] { "--calls", "100", "--aht", "180s", "--answer-within", "20s", "--target", "1.5" }, "--target should be in (0, 1], e.g. 0.8; got 1.5")]
    [InlineData(new[] { "--traffic", "10", "--calls", "100", "--aht", "180s", "--answer-within", "20s", "--target", "0.8" }, "erlang: give either --traffic or --calls with --interval, not both")]
    [InlineData(new[] { "--traffic", "2000000", "--aht", "180s", "--answer-within", "20s", "--target", "0.8" }, "erlang: A traffic of 2000000 Erlangs needs more than 1000000 agents")]
    [InlineData(new[] { "--calls", "100", "--aht", "180s", "--answer-within", "20s", "--target", "0.8", "--shrinkage", "1" }, "--shrinkage should be in [0, 1), e.g. 0.3; got 1")]
    public void Erlang_BadInput_OneLineError(string[] args, string expected)
    {
        CliRun.Of(["erlang", .. args]).AssertError(expected);
    }

    [Fact]
    public void Csat_TheSourcesSeventyEightPercent()
    {
        string ratings = string.Concat(System.Linq.Enumerable.Repeat("5\n", 40)) + string.Concat(System.Linq.Enumerable.Repeat("4\n", 38)) + string.Concat(System.Linq.Enumerable.Repeat("3\n", 22)) + "\n\n";
        CliRun run = CliRun.WithInput(ratings, "csat", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Satisfaction (CSAT)          78.0 %: 78 of 100 answered 4 or 5", run.Output);
        Assert.Contains("Mean rating                  4.18 of 5", run.Output);
        Assert.Contains("2 blank lines of the file ignored.", run.Output);
    }

    [Fact]
    public void Csat_NamedColumn_OtherScale_AndBadRatings()
    {
        using var file = new TempFile("id,rating\n1,10\n2,9\n3,3\n4,\n");
        CliRun run = CliRun.Of("csat", file.Path, "--column", "rating", "--scale-max", "10", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement csat = json.RootElement.GetProperty("csat");
        Assert.Equal(2.0 / 3, csat.GetProperty("csat").GetDouble(), 12);
        Assert.Equal(1, csat.GetProperty("blank").GetInt32());

        CliRun.Of("csat", file.Path, "--column", "rating").AssertError($"{file.Path}:2:2 (rating): '10' is not a rating (a whole number from 1 to 5)");
    }
}
