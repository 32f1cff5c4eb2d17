using System.Text.Json;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

public class ReportCommandTests
{
    [Fact]
    public void Report_OnTheEmbeddedSample_PrintsEveryNpsFigure()
    {
        // The sample: 171 answers, 80 promoters, 50 passives, 41 detractors → NPS = 100 × 39 / 171 = 22.8.
        CliRun run = CliRun.Of("report");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("NPS                  +22.8  (Low: rethink the approach to customers)", run.Output);
        Assert.Contains("Respondents          171", run.Output);
        Assert.Contains("Promoters (9-10)     80      46.8 %", run.Output);
        Assert.Contains("Passives (7-8)       50      29.2 %", run.Output);
        Assert.Contains("Detractors (0-6)     41      24.0 %", run.Output);
        Assert.Contains("95 % interval        [+10.4, +34.4]  adjusted Wald", run.Output);
        Assert.Contains("10 | ######################################## 42", run.Output);
        Assert.Contains("By channel", run.Output);
        Assert.Contains("2026-09  57  +42.1   +22.5", run.Output);
        Assert.Contains("Cost of losing a client: the sources' example", run.Output);
        Assert.Contains("Lost revenue            70,000.00", run.Output);
        Assert.Contains("Lost profit             14,000.00", run.Output);
        Assert.Contains("Audit index: six mystery-shopping audits", run.Output);
        Assert.Contains("Pooled index  86.8 %", run.Output); // 66 of 76 weighted applicable items
        Assert.Contains("KPI target    90.0 %: not met (pooled)", run.Output);
        Assert.Contains("A-03   2026-08  Online       76.9 %       9       2    2  delivered-on-time", run.Output);
        Assert.Contains("SOCO customer orientation: a sample sales team of ten", run.Output);
        Assert.Contains("Cronbach's alpha             0.986 over 9 complete cases", run.Output); // 0.98583 by hand (Python)
        Assert.Contains("E06  Key accounts  140.9  5.87  60.9  6.36  4.58  prorated from 23 of 24 items", run.Output);
        Assert.Contains("Of 365 operations, 364 were done on time (within 1 day).", run.Output);
        Assert.Contains("2026-03          31       30         1      96.8 %", run.Output);
        Assert.Contains("    14       88.8 %       17.4 %   7.84 s     71.4 %", run.Output); // the Erlang C check value
        Assert.Contains("Satisfaction (CSAT)  78.0 % answered 4 or 5 of 5", run.Output);
    }

    [Fact]
    public void Report_AsJson_AgreesWithTheLibrary()
    {
        CliRun run = CliRun.Of("report", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement nps = json.RootElement.GetProperty("nps");
        NpsResult expected = Nps.FromCounts(80, 50, 41);
        Assert.Equal(expected.Score, nps.GetProperty("score").GetDouble(), 12);
        Assert.Equal(expected.ConfidenceInterval().Upper, nps.GetProperty("intervalUpper").GetDouble(), 12);
        Assert.Equal(2, nps.GetProperty("segments").GetArrayLength());
        Assert.Equal(3, nps.GetProperty("trend").GetArrayLength());
        JsonElement loss = json.RootElement.GetProperty("loss");
        Assert.Equal(70_000m, loss.GetProperty("lostRevenue").GetDecimal());
        Assert.Equal(14_000m, loss.GetProperty("lostProfit").GetDecimal());
        JsonElement audit = json.RootElement.GetProperty("audit");
        Assert.Equal(66.0 / 76, audit.GetProperty("pooledIndex").GetDouble(), 12);
        Assert.Equal(6, audit.GetProperty("auditResults").GetArrayLength());
        JsonElement soco = json.RootElement.GetProperty("soco");
        Assert.Equal(0.9858341835895074, soco.GetProperty("cronbachAlpha").GetDouble(), 12);
        Assert.Equal(10, soco.GetProperty("respondentScores").GetArrayLength());
        JsonElement sla = json.RootElement.GetProperty("sla");
        Assert.Equal(364, sla.GetProperty("onTime").GetInt64());
        Assert.Equal(12, sla.GetProperty("periods").GetArrayLength());
        Assert.Equal(14, json.RootElement.GetProperty("contactCentre").GetProperty("agentsNeeded").GetInt32());
    }

    [Fact]
    public void Report_RejectsArguments()
    {
        CliRun run = CliRun.Of("report", "extra.csv");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("customer-metrics: error: report: unexpected argument 'extra.csv'\n", run.Error);
    }

    [Fact]
    public void NoArguments_PrintsHelpAndFails_HelpFlagSucceeds()
    {
        CliRun bare = CliRun.Of();
        Assert.Equal(2, bare.ExitCode);
        Assert.Contains("Usage: customer-metrics COMMAND", bare.Output);

        CliRun help = CliRun.Of("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("report", help.Output);

        Assert.Equal(0, CliRun.Of("report", "--help").ExitCode);
        Assert.Equal(0, CliRun.Of("--version").ExitCode);
    }
}
