using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using CustomerMetrics.Cli.Commands;
using CustomerMetrics.Cli.Input;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

public class ReportCommandTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Report_RunsEveryMetricOnTheSample()
    {
        CliRun run = CliRun.Of("report");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("Net Promoter Score: sample survey", run.Output);
        Assert.Contains("Lost revenue            70,000.00", run.Output);
        Assert.Contains("Lost profit             14,000.00", run.Output);
        Assert.Contains("Of 365 operations, 364 were done on time (within 1 day).", run.Output);
        Assert.Contains("Agents needed            14 on the phones", run.Output);
        Assert.Contains("Satisfaction (CSAT)          78.0 %: 78 of 100 answered 4 or 5", run.Output);
        Assert.Contains("Cronbach's alpha", run.Output);
        Assert.Contains("Index (weighted, pooled)", run.Output);
    }

    [Fact]
    public void Report_AsJson_HasEverySection()
    {
        CliRun run = CliRun.Of("report", "--format", "json", "--currency", "RUB");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(["nps", "loss", "audit", "soco", "sla", "erlang", "csat", "indicators", "ideas", "scorecard"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(70_000m, json.RootElement.GetProperty("loss").GetProperty("lostRevenue").GetDecimal());
        Assert.Equal("RUB", json.RootElement.GetProperty("loss").GetProperty("currency").GetString());
    }

    [Fact]
    public void Report_AsCsvFiles_OneTablePerSection()
    {
        using var marker = new TempFile(string.Empty);
        string output = marker.Sibling(".csv");
        CliRun run = CliRun.Of("report", "--format", "csv", "--output", output);

        Assert.Equal(0, run.ExitCode);
        string stem = Path.Combine(Path.GetDirectoryName(output)!, Path.GetFileNameWithoutExtension(output));
        foreach (string section in new[] { "nps", "loss", "audit", "soco", "sla", "erlang", "csat", "indicators", "ideas", "scorecard" })
        {
            Assert.True(File.Exists($"{stem}-{section}.csv"), section);
        }

        string[] loss = File.ReadAllLines($"{stem}-loss.csv");
        Assert.Equal("year,purchases,profit,retentionWeight,discountFactor,discountedProfit,cumulativeDiscountedProfit", loss[0]);
        Assert.Equal(6, loss.Length);
        foreach (string file in Directory.GetFiles(Path.GetDirectoryName(output)!, Path.GetFileName(stem) + "-*.csv"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Html_IsOneSelfContainedWellFormedPage()
    {
        XDocument page = Html("report");

        Assert.Equal("html", page.Root!.Name.LocalName);
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe");
        Assert.Empty(page.Descendants().Attributes("src"));
        Assert.All(page.Descendants().Attributes("href"), href => Assert.StartsWith("#", href.Value));
        string css = page.Descendants("style").Single().Value;
        Assert.DoesNotContain("url(", css);
        Assert.DoesNotContain("@import", css);
        Assert.Equal(["nps", "loss", "audit", "soco", "sla", "erlang", "csat", "indicators", "ideas", "scorecard"], page.Descendants("section").Select(s => (string)s.Attribute("id")!));
        Assert.Contains(page.Descendants("ol"), ol => (string?)ol.Attribute("class") == "formulas");
    }

    [Fact]
    public void Html_EveryChartHasItsDataPoints_EqualToTheLibrarys()
    {
        XDocument page = Html("report");
        Dictionary<string, XElement> charts = page.Descendants(Svg + "svg").ToDictionary(svg => (string)svg.Attribute("data-chart")!);
        Assert.Equal(
            ["nps.distribution", "nps.segments", "nps.trend", "loss.purchases", "audit.touchpoints", "audit.periods", "soco.meanDistribution", "sla.periods", "erlang.serviceLevel", "csat.distribution", "ideas.effectByQuarter", "scorecard.percentOfTarget"],
            charts.Keys);

        // The ideas' effect per quarter, and each KPI as a percent of its target (the ideas of Q3: 348 000 of 300 000).
        IReadOnlyList<IdeaQuarter> quarters = IdeaContest.Rank(IndicatorCommands.ReadIdeas(Sample(ReportCommand.IdeasResource)));
        Assert.Equal(quarters.Select(q => (double)q.TotalEffect), Points(charts["ideas.effectByQuarter"]).Select(p => p.Value));
        var kpis = Points(charts["scorecard.percentOfTarget"]).ToList();
        Assert.Equal(6, kpis.Count);
        Assert.Equal((double)quarters[^1].TotalEffect / 300_000 * 100, kpis[2].Value, 12);
        Assert.Contains("met", kpis[2].Class);
        Assert.Equal(78.0 / 80 * 100, kpis[4].Value, 12);
        Assert.Contains("missed", kpis[4].Class);

        // The NPS histogram: the counts of 0..10 in the sample survey, as the library counts them.
        Table survey = Sample(ReportCommand.SurveyResource);
        int score = survey.Column("score");
        NpsDistribution distribution = Nps.CalculateDistribution(survey.Rows.Select(row => byte.Parse(row.Fields[score], CultureInfo.InvariantCulture)).ToArray());
        Assert.Equal(Enumerable.Range(0, 11).Select(i => (double)distribution[i]), Points(charts["nps.distribution"]).Select(p => p.Value));
        Assert.Equal(Enumerable.Range(0, 11).Select(i => i.ToString(CultureInfo.InvariantCulture)), Points(charts["nps.distribution"]).Select(p => p.Label));

        // The trend: the score of each month, as Nps.Trend computes it.
        int period = survey.Column("period");
        var trend = Nps.Trend(survey.Rows.Select(row => (row.Fields[period], int.Parse(row.Fields[score], CultureInfo.InvariantCulture))));
        Assert.Equal(trend.Select(p => p.Result.Score), Points(charts["nps.trend"]).Select(p => p.Value));

        // Erlang C: the service level of 11 to 17 agents, in percent, against the 80 % target.
        var levels = Enumerable.Range(11, 7).Select(agents => ErlangC.Analyze(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), agents, TimeSpan.FromSeconds(20)).ServiceLevel * 100);
        Assert.Equal(levels, Points(charts["erlang.serviceLevel"]).Select(p => p.Value));
        Assert.Equal("80", (string)charts["erlang.serviceLevel"].Descendants(Svg + "line").Single(l => l.Attribute("data-target") is not null).Attribute("data-target")!);

        // SLA by month: 12 months, March below the 99 % target.
        var months = Points(charts["sla.periods"]).ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(30.0 / 31 * 100, months[2].Value, 12);
        Assert.Contains("missed", months[2].Class);
        Assert.Contains("met", months[0].Class);

        // The lost purchases: 10 000 to 18 000.
        Assert.Equal([10_000.0, 12_000, 14_000, 16_000, 18_000], Points(charts["loss.purchases"]).Select(p => p.Value));
    }

    [Fact]
    public void Html_OnACommand_AlongsideTheTextOrAlone()
    {
        using var answers = new TempFile("10\n9\n0\n");
        string html = answers.Sibling(".html");

        CliRun alone = CliRun.Of("nps", answers.Path, "--html", html);
        Assert.Equal(0, alone.ExitCode);
        Assert.Equal($"Wrote the HTML report to {html} (open it in a browser).\n", alone.Output);
        XDocument page = Load(html);
        Assert.Equal([1.0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], Points(page.Descendants(Svg + "svg").First()).Select(p => p.Value));

        CliRun both = CliRun.Of("nps", answers.Path, "--html", html, "--format", "csv");
        Assert.StartsWith("by,group,", both.Output);
    }

    private static XDocument Html(params string[] args)
    {
        using var marker = new TempFile(string.Empty);
        string path = marker.Sibling(".html");
        CliRun run = CliRun.Of([.. args, "--html", path]);
        Assert.Equal(0, run.ExitCode);
        return Load(path);
    }

    private static XDocument Load(string path)
    {
        using XmlReader reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static IEnumerable<(string Label, double Value, string Class)> Points(XElement svg) =>
        svg.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains("point") == true).Select(e => (
            (string)e.Attribute("data-label")!,
            double.Parse((string)e.Attribute("data-value")!, CultureInfo.InvariantCulture),
            (string)e.Attribute("class")!));

    private static Table Sample(string resource)
    {
        using Stream stream = typeof(ReportCommand).Assembly.GetManifestResourceStream(resource)!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return CsvInput.Read("sample", bytes.ToArray(), InputSettings.Default, hasHeader: true);
    }
}
