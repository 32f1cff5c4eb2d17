using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
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

    internal const string Title = "Customer metrics: the sample report";

    internal static Command Build(CliConsole console)
    {
        var command = CommandHelp.Create(
            "report",
            "Every metric on the embedded sample data (start here).",
            "Runs every metric on a small embedded sample so that you can see what the library computes: an NPS survey of 171 customers over three months in two channels (with the interval, the distribution, by channel and the month-to-month trend); the sources' cost of losing a client (70 000 of sales and 14 000 of profit over 5 years); six mystery-shopping audits against the sources' checklist (by touchpoint, month and department, against a 90 % KPI target); the SOCO scale for a sales team of ten; a key client's SLA year (\"of 365 operations, 364 were done on time\"); contact-centre staffing by Erlang C and the sources' 78 % satisfaction level. With --html FILE, a self-contained page with charts.");
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

        return [nps, loss, audit, soco, sla, .. ServiceSections.ContactCentreExample()];
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
