using System.IO;
using CustomerMetrics.Cli;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

/// <summary>What System.CommandLine gives every command: help, version, response files, completions, typo suggestions, one-line usage errors.</summary>
public class CommandLineTests
{
    public static readonly TheoryData<string> Commands = new() { "report", "nps", "loss", "audit", "soco", "sla", "erlang", "csat", "repeat", "complaints", "ideas", "pce", "indicators", "scorecard" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_OfEveryCommand_EndsWithANewline_AndExplains(string command)
    {
        CliRun run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains($"Usage:\n  {System.CommandLine.RootCommand.ExecutableName} {command}", run.Output); // the tool's name outside tests
        Assert.Contains("--format <table|json|csv>", run.Output);
        Assert.Contains("Details:", run.Output);
        Assert.EndsWith("\n", run.Output);
    }

    [Fact]
    public void NoCommand_ShowsTheOverview_WithExitCodeTwo()
    {
        CliRun run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nps <FILE>", run.Output);
        Assert.Contains("Every metric on the embedded sample data (start here).", run.Output);
        Assert.EndsWith("\n", run.Output);
    }

    [Fact]
    public void Version_IsTheLibraryVersion()
    {
        CliRun run = CliRun.Of("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(typeof(Nps).Assembly.GetName().Version!.ToString(3) + "\n", run.Output);
    }

    [Theory]
    [InlineData(new[] { "nsp" }, "Unrecognized command or argument 'nsp'; did you mean 'nps'? (see 'customer-metrics --help')")]
    [InlineData(new[] { "nps", "a.csv", "--colum", "score" }, "nps: Unrecognized command or argument '--colum'; did you mean '--column'? (see 'customer-metrics nps --help')")]
    [InlineData(new[] { "nps", "a.csv", "--format", "xml" }, "nps: Argument 'xml' not recognized. Must be one of: 'table', 'json', 'csv' (see 'customer-metrics nps --help')")]
    [InlineData(new[] { "nps" }, "nps: Required argument missing for command: 'nps' (see 'customer-metrics nps --help')")]
    [InlineData(new[] { "nps", "a.csv", "--level" }, "nps: Required argument missing for option: '--level' (see 'customer-metrics nps --help')")]
    [InlineData(new[] { "nps", "a.csv", "b.csv" }, "nps: Unrecognized command or argument 'b.csv' (see 'customer-metrics nps --help')")]
    [InlineData(new[] { "audit", "only-one.csv" }, "audit: Required argument missing for command: 'audit' (see 'customer-metrics audit --help')")]
    [InlineData(new[] { "sla", "x.csv", "--unit", "weeks" }, "sla: Argument 'weeks' not recognized. Must be one of: 'ms', 's', 'm', 'h', 'd'")]
    [InlineData(new[] { "soco", "x.csv", "--form", "long" }, "soco: Argument 'long' not recognized. Must be one of: 'full', 'short'")]
    [InlineData(new[] { "loss", "--timing", "middle" }, "loss: Argument 'middle' not recognized. Must be one of: 'end', 'start'")]
    public void UsageErrors_AreOneLine_WithTheCommandAndASuggestion(string[] args, string expected)
    {
        CliRun.Of(args).AssertError(expected);
    }

    [Fact]
    public void ResponseFile_SuppliesTheArguments()
    {
        using var answers = new TempFile("10\n9\n0\n");
        using var arguments = new TempFile($"nps\n{answers.Path}\n--format csv\n", ".rsp");

        CliRun run = CliRun.Of("@" + arguments.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("by,group,respondents,promoters,passives,detractors,score", run.Output);
        Assert.Contains("all,all,3,2,0,1,33.33,", run.Output);
    }

    [Fact]
    public void Completions_ComeFromTheSuggestDirective()
    {
        // dotnet-suggest calls the tool with [suggest:position] and the line typed so far.
        CliRun run = CliRun.Of("[suggest:11]", "nps --colum");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--column\n", run.Output);
    }

    [Fact]
    public void OptionValues_AreNamedInErrors_NotLibraryProperties()
    {
        CliRun.Of("loss", "--purchases", "10000", "--increase", "1", "--growth-rate", "0.1", "--years", "5", "--margin", "0.2")
            .AssertError("loss: give either --increase (a fixed amount more each year) or --growth-rate (a share more each year), not both");
        CliRun.Of("loss", "--purchases", "-5", "--years", "5", "--margin", "0.2").AssertError("loss: --purchases: ");
    }

    [Fact]
    public void AnUnexpectedFailure_IsExitCodeOne_AndSaysItIsABug()
    {
        // A directory where a file is expected is an input problem (exit 2), not a bug.
        CliRun run = CliRun.Of("nps", Path.GetTempPath());
        run.AssertError($"{Path.GetTempPath()}: cannot open:");
    }

    [Theory]
    [InlineData(false, null, null, true)]
    [InlineData(true, null, null, false)]
    [InlineData(false, "1", null, false)]
    [InlineData(false, "", null, true)]
    [InlineData(false, null, "dumb", false)]
    public void Colours_OnlyOnATerminal_WithoutNoColor(bool redirected, string? noColor, string? term, bool expected)
    {
        Assert.Equal(expected, CliConsole.UsesColors(redirected, noColor, term));
    }

    [Fact]
    public void Colours_ColourTheBars_AndNothingElseChanges()
    {
        using var file = new TempFile("10\n0\n7\n");
        CliRun plain = CliRun.Run(string.Empty, colors: false, "nps", file.Path);
        CliRun coloured = CliRun.Run(string.Empty, colors: true, "nps", file.Path);

        Assert.DoesNotContain("\u001b[", plain.Output, System.StringComparison.Ordinal);
        Assert.Contains("\u001b[32m#", coloured.Output, System.StringComparison.Ordinal); // promoters green
        Assert.Contains("\u001b[31m#", coloured.Output, System.StringComparison.Ordinal); // detractors red
        Assert.Equal(plain.Output, System.Text.RegularExpressions.Regex.Replace(coloured.Output, "\u001b\\[[0-9;]*m", string.Empty));
    }
}
