using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics report</c>: every metric at once on the embedded sample data.</summary>
internal static class ReportCommand
{
    internal const string Help = """
        Usage: customer-metrics report [options]

        Runs every metric on a small embedded sample so that you can see what the library
        computes: an NPS survey of 171 customers over three months in two channels (overall
        score, counts, shares, band, 95 % interval, the 0..10 distribution, by channel and the
        month-to-month trend); the sources' cost of losing a client (70 000 of sales and
        14 000 of profit over 5 years); and six mystery-shopping audits scored against the
        sources' checklist (per audit, per touchpoint, per month and per department, with a
        90 % KPI target); and the SOCO scale for a sales team of ten in two teams (scores,
        team summaries, Cronbach's alpha and item statistics); a key client's SLA report (365
        operations, one late: "of 365 operations, 364 were done on time"), and contact-centre
        staffing by Erlang C with the sources' 78 % satisfaction level.

        Options:
          --format F            table (default), json or csv
        """;

    internal const string SurveyResource = "CustomerMetrics.Cli.Samples.survey.csv";

    internal const string AuditsResource = "CustomerMetrics.Cli.Samples.audits.csv";

    internal const string SocoResource = "CustomerMetrics.Cli.Samples.soco-team.csv";

    internal const string OperationsResource = "CustomerMetrics.Cli.Samples.operations.csv";

    internal static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        Arguments arguments = Arguments.Parse("report", args, new HashSet<string>());
        OutputFormat format = arguments.Format();
        arguments.EnsureAllUsed(maxPositional: 0);

        NpsAnswers survey;
        using (TextReader reader = OpenSample(SurveyResource))
        {
            survey = NpsAnswers.Read(reader, "sample survey", "score", ["channel", "period"], skipInvalid: false);
        }

        ReportSection nps = NpsSections.Summary("Net Promoter Score: sample survey (171 customers, July to September 2026)", survey, 0.95, NpsIntervalMethod.AdjustedWald);
        NpsCommand.AddBreakdowns(nps, survey, "channel", "period", 0.95, NpsIntervalMethod.AdjustedWald);
        ReportSection loss = LossSections.OneClient(
            "Cost of losing a client: the sources' example",
            LossSections.SourcesExample,
            ClientLoss.Calculate(LossSections.SourcesExample));
        loss.Notes.Add("10 000 + 12 000 + 14 000 + 16 000 + 18 000 = 70 000 of sales; at a 20 % net margin, 14 000 of profit. Finding a new client costs even more.");
        IReadOnlyList<AuditRecord> audits;
        using (TextReader reader = OpenSample(AuditsResource))
        {
            audits = AuditAnswers.Read(reader, "sample audits", AuditChecklist.MysteryShopping);
        }

        ReportSection audit = AuditSections.Summary(
            "Audit index: six mystery-shopping audits (the sources' checklist)",
            AuditChecklist.MysteryShopping,
            audits,
            knockOut: false,
            target: 0.9);
        IReadOnlyList<SocoRespondent> team;
        using (TextReader reader = OpenSample(SocoResource))
        {
            team = SocoAnswers.Read(reader, "sample team", SocoInstrument.Full24, "employee", "team");
        }

        ReportSection soco = SocoSections.Summary("SOCO customer orientation: a sample sales team of ten", "SOCO 24-item form", SocoInstrument.Full24, team);
        HeaderedCsv operations;
        using (TextReader reader = OpenSample(OperationsResource))
        {
            operations = HeaderedCsv.Read(reader, "sample operations");
        }

        ReportSection sla = SlaCommand.FromTimestamps(
            operations,
            "start",
            "finish",
            periodColumn: null,
            byMonth: true,
            TimeSpan.FromDays(1),
            target: 0.99,
            "SLA report: a key client's 365 operations in 2026 (agreed: within one day)");
        ReportWriter.Write(output, [nps, loss, audit, soco, sla, ServiceSections.ContactCentreExample()], format);
        return 0;
    }

    internal static TextReader OpenSample(string resourceName)
    {
        Stream? stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName);
        return stream is null
            ? throw new CliException($"report: the embedded sample '{resourceName}' is missing from this build")
            : new StreamReader(stream);
    }
}
