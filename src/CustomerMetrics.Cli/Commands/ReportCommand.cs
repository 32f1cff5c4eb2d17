using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics report</c>: every metric at once on the embedded sample data.</summary>
internal static class ReportCommand
{
    internal const string SurveyResource = "CustomerMetrics.Cli.Samples.survey.csv";

    internal const string AuditsResource = "CustomerMetrics.Cli.Samples.audits.csv";

    internal const string SocoResource = "CustomerMetrics.Cli.Samples.soco-team.csv";

    internal const string OperationsResource = "CustomerMetrics.Cli.Samples.operations.csv";

    internal const string IdeasResource = "CustomerMetrics.Cli.Samples.ideas.csv";

    internal const string Title = "Customer metrics: the sample report";

    internal static Command Build(CliConsole console)
    {
        var command = CommandHelp.Create(
            "report",
            "Every metric on the embedded sample data (start here).",
            "Runs every metric on a small embedded sample so that you can see what the library computes: an NPS survey of 171 customers over three months in two channels (with the interval, the distribution, by channel and the month-to-month trend); the sources' cost of losing a client (70 000 of sales and 14 000 of profit over 5 years); six mystery-shopping audits against the sources' checklist (by touchpoint, month and department, against a 90 % KPI target); the SOCO scale for a sales team of ten; a key client's SLA year (\"of 365 operations, 364 were done on time\"); contact-centre staffing by Erlang C and the sources' 78 % satisfaction level; the sources' other indicators (repeat orders, referrals, negative reviews, training, service maturity); an idea contest over two quarters; and the 14-steps scorecard of these KPIs against their targets. With --html FILE, a self-contained page with charts.");
        var output = new OutputOptions(command, hasMoney: true);
        command.SetAction(result =>
        {
            OutputSettings settings = output.Read(result);
            ReportOutput.Write(Sections(settings.Currency), settings, console, Title);
            return 0;
        });
        return command;
    }

    /// <summary>Every section of the sample report.</summary>
    internal static IReadOnlyList<ReportSection> Sections(string? currency)
    {
        NpsAnswers survey = NpsAnswers.Read(Sample(SurveyResource, "sample survey"), "score", ["channel", "period"], skipInvalid: false);
        ReportSection nps = NpsSections.Build("Net Promoter Score: sample survey (171 customers, July to September 2026)", survey, "channel", "period", 0.95, NpsIntervalMethod.AdjustedWald);

        ReportSection loss = LossSections.OneClient(
            "Cost of losing a client: the sources' example",
            LossSections.SourcesExample,
            ClientLoss.Calculate(LossSections.SourcesExample),
            currency);
        loss.Notes.Add("10 000 + 12 000 + 14 000 + 16 000 + 18 000 = 70 000 of sales; at a 20 % net margin, 14 000 of profit. Finding a new client costs even more.");

        IReadOnlyList<AuditRecord> audits = AuditAnswers.Read(Sample(AuditsResource, "sample audits"), AuditChecklist.MysteryShopping);
        ReportSection audit = AuditSections.Summary("Audit index: six mystery-shopping audits (the sources' checklist)", AuditChecklist.MysteryShopping, audits, knockOut: false, target: 0.9);

        IReadOnlyList<SocoRespondent> team = SocoAnswers.Read(Sample(SocoResource, "sample team"), SocoInstrument.Full24, "employee", "team");
        ReportSection soco = SocoSections.Summary("SOCO customer orientation: a sample sales team of ten", "SOCO 24-item form", SocoInstrument.Full24, team);

        ReportSection sla = SlaCommand.FromTimestamps(
            Sample(OperationsResource, "sample operations"),
            "start",
            "finish",
            periodColumn: null,
            byMonth: true,
            TimeSpan.FromDays(1),
            target: 0.99,
            "SLA report: a key client's 365 operations in 2026 (agreed: within one day)");

        ReportSection indicators = IndicatorSections.Shares(
            "The sources' other indicators",
            Referrals.Calculate(newClients: 200, referredNewClients: 180, clients: 300, recommendingClients: 100),
            NegativeReviews.Compare(reviews: 300, negative: 12, marketLow: 0.15, marketHigh: 0.20),
            TrainingCoverage.Calculate(staff: 50, trained: 45),
            ServiceMaturity.Assess(SampleMaturity));
        indicators.Figures.Insert(0, new Figure("orderRepeatRate", "Repeat orders", 0.75, $"{Format.Share(new Proportion(300, 400))} of orders (the sources' retailer)"));

        IReadOnlyList<IdeaQuarter> quarters = IdeaContest.Rank(IndicatorCommands.ReadIdeas(Sample(IdeasResource, "sample ideas")));
        ReportSection ideas = IndicatorSections.Ideas("Idea contest: nine implemented ideas, April to September 2026", quarters, currency);

        ReportSection scorecard = IndicatorSections.Scorecard("Scorecard: the 14-steps KPIs of this report against their targets", Scorecard(survey, audits, quarters, currency));
        scorecard.Notes.Add("The positive comments (120 last month, 150 this month) are illustrative: the sample has no file of comments. Every other KPI comes from a section above.");
        return [nps, loss, audit, soco, sla, .. ServiceSections.ContactCentreExample(), indicators, ideas, scorecard];
    }

    private static readonly KeyValuePair<Touchpoint, MaturityLevel>[] SampleMaturity =
    [
        new(Touchpoint.Product, MaturityLevel.CustomerServiceCentre),
        new(Touchpoint.Advertising, MaturityLevel.ProfessionalService),
        new(Touchpoint.Website, MaturityLevel.QualityService),
        new(Touchpoint.CommunicationAndSupport, MaturityLevel.ProfessionalService),
        new(Touchpoint.Logistics, MaturityLevel.QualityService),
    ];

    /// <summary>
    /// The scorecard of the sample: NPS of the last month against the month before, the SLA year, the pooled
    /// audit index, the sources' 78 % CSAT, the ideas' effect of the last quarter against the one before,
    /// and an illustrative count of positive comments.
    /// </summary>
    private static Scorecard Scorecard(NpsAnswers survey, IReadOnlyList<AuditRecord> audits, IReadOnlyList<IdeaQuarter> quarters, string? currency)
    {
        var months = Nps.Trend(survey.Scores.Select((score, i) => (Month: survey.Keys[i][1], Score: (int)score)));
        AuditSummary audit = AuditIndex.Summarize(audits.Select(record => AuditChecklist.MysteryShopping.Score(record.Answers)));
        byte[] ratings = ServiceSections.SourcesSatisfactionRatings();
        return new Scorecard(
        [
            Kpi.Nps(months[^1].Result, target: 50, previous: months[^2].Result),
            Kpi.PositiveComments(PositiveComments.Change(previous: 120, current: 150), target: 140),
            Kpi.IdeasEffect(quarters[^1].TotalEffect, currency ?? string.Empty, target: 300_000m, previous: quarters[^2].TotalEffect),
            Kpi.ServiceLevel(Sla.Compliance(364, 365), target: 99),
            Kpi.Csat(Satisfaction.Calculate(ratings), target: 80),
            new Kpi("Audit index", audit.PooledIndex * 100, "%", target: 90),
        ]);
    }

    private static Table Sample(string resourceName, string name)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded sample '{resourceName}' is missing from this build.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return CsvInput.Read(name, bytes.ToArray(), InputSettings.Default, hasHeader: true);
    }
}
