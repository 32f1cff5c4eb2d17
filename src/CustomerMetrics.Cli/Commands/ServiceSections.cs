using System;
using System.Collections.Generic;
using System.Globalization;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary>Builds the service-level report sections shared by <c>sla</c> and <c>report</c>.</summary>
internal static class ServiceSections
{
    /// <summary>The SLA client report: the sources' sentence, the target and error budget, percentiles, and the months.</summary>
    internal static ReportSection SlaReport(
        string title,
        TimeSpan threshold,
        double[] durationsInSeconds,
        double? target,
        IReadOnlyList<SlaPeriod<string>>? periods)
    {
        ResponseTimeSummary summary = Sla.Summarize(durationsInSeconds, threshold.TotalSeconds);
        SlaResult result = summary.Compliance;
        var section = new ReportSection("sla", title);
        section.Figures.Add(Figure.Line("Report", $"Of {result.Total} operations, {result.WithinThreshold} were done on time (within {Durations.Describe(threshold)})."));
        section.Figures.Add(new Figure("operations", "Operations", result.Total, Format.Count(result.Total)));
        section.Figures.Add(new Figure("onTime", "On time", result.WithinThreshold, Format.Count(result.WithinThreshold)));
        section.Figures.Add(new Figure("breaches", "Breaches", result.Breaches, Format.Count(result.Breaches)));
        section.Figures.Add(new Figure("rate", "Compliance", result.Rate, Format.Percent(result.Rate)));
        section.Figures.Add(Figure.Data("thresholdSeconds", threshold.TotalSeconds));
        if (target is { } goal)
        {
            bool meets = result.Meets(goal);
            section.Figures.Add(new Figure("target", "Target", goal, $"{Format.Percent(goal)}: {(meets ? "met" : "missed")}"));
            section.Figures.Add(new Figure("meetsTarget", "Meets target", meets, null));
            double used = result.ErrorBudgetUsed(goal);
            section.Figures.Add(new Figure(
                "errorBudgetUsed",
                "Error budget used",
                used,
                $"{Format.Percent(used)} of {Format.Number(result.AllowedBreaches(goal), "0.##")} allowed breaches"));
        }

        section.Figures.Add(new Figure("meanSeconds", "Mean", summary.Mean, Seconds(summary.Mean)));
        section.Figures.Add(new Figure("p50Seconds", "Median (p50)", summary.P50, Seconds(summary.P50)));
        section.Figures.Add(new Figure("p90Seconds", "p90", summary.P90, Seconds(summary.P90)));
        section.Figures.Add(new Figure("p95Seconds", "p95", summary.P95, Seconds(summary.P95)));
        section.Figures.Add(new Figure("p99Seconds", "p99", summary.P99, Seconds(summary.P99)));
        section.Figures.Add(new Figure("maxSeconds", "Longest", summary.Maximum, Seconds(summary.Maximum)));

        if (periods is not null)
        {
            var table = new ReportTable(
                "periods",
                "By period",
                [new Column("period", "Period", RightAligned: false), new Column("operations", "Operations"), new Column("onTime", "On time"), new Column("breaches", "Breaches"), new Column("rate", "Compliance")]);
            foreach ((string period, SlaResult periodResult) in periods)
            {
                table.Rows.Add(
                [
                    (period, period),
                    (periodResult.Total, Format.Count(periodResult.Total)),
                    (periodResult.WithinThreshold, Format.Count(periodResult.WithinThreshold)),
                    (periodResult.Breaches, Format.Count(periodResult.Breaches)),
                    (periodResult.Rate, Format.Percent(periodResult.Rate)),
                ]);
            }

            section.Tables.Add(table);
        }

        return section;
    }

    /// <summary>Contact-centre staffing (Erlang C) for the check value, and the sources' satisfaction level.</summary>
    internal static ReportSection ContactCentreExample()
    {
        TimeSpan interval = TimeSpan.FromMinutes(30);
        TimeSpan aht = TimeSpan.FromSeconds(180);
        TimeSpan target = TimeSpan.FromSeconds(20);
        StaffingResult staffing = ErlangC.AgentsFor(100, interval, aht, target, targetServiceLevel: 0.8, shrinkage: 0.3);

        var section = new ReportSection("contactCentre", "Contact centre: 100 calls per 30 minutes, 180 s handle time, 80 % answered within 20 s");
        section.Figures.Add(new Figure("trafficErlangs", "Traffic", staffing.Result.TrafficIntensity, $"{Format.Number(staffing.Result.TrafficIntensity, "0.##")} Erlangs"));
        section.Figures.Add(new Figure("agentsNeeded", "Agents needed", staffing.AgentsNeeded, Format.Count(staffing.AgentsNeeded)));
        section.Figures.Add(new Figure("agentsToSchedule", "Agents to schedule", staffing.AgentsToSchedule, $"{staffing.AgentsToSchedule} (with {Format.Percent(staffing.Shrinkage)} shrinkage)"));

        var table = new ReportTable(
            "staffing",
            "Erlang C by number of agents",
            [new Column("agents", "Agents"), new Column("serviceLevel", "Within 20 s"), new Column("probabilityOfWaiting", "Wait at all"), new Column("averageSpeedOfAnswerSeconds", "ASA"), new Column("occupancy", "Occupancy")]);
        for (int agents = staffing.AgentsNeeded - 2; agents <= staffing.AgentsNeeded + 1; agents++)
        {
            ErlangCResult result = ErlangC.Analyze(100, interval, aht, agents, target);
            table.Rows.Add(
            [
                (agents, agents.ToString(CultureInfo.InvariantCulture)),
                (result.ServiceLevel, Format.Percent(result.ServiceLevel)),
                (result.ProbabilityOfWaiting, Format.Percent(result.ProbabilityOfWaiting)),
                (result.AverageSpeedOfAnswer.TotalSeconds, Seconds(result.AverageSpeedOfAnswer.TotalSeconds)),
                (result.Occupancy, Format.Percent(result.Occupancy)),
            ]);
        }

        section.Tables.Add(table);

        // The sources' satisfaction level of 78 %: 78 of 100 answers are 4 or 5.
        byte[] ratings = new byte[100];
        ratings.AsSpan(0, 40).Fill(5);
        ratings.AsSpan(40, 38).Fill(4);
        ratings.AsSpan(78, 12).Fill(3);
        ratings.AsSpan(90, 6).Fill(2);
        ratings.AsSpan(96, 4).Fill(1);
        SatisfactionResult satisfaction = Satisfaction.Calculate(ratings);
        section.Figures.Add(new Figure("csat", "Satisfaction (CSAT)", satisfaction.Csat, $"{Format.Percent(satisfaction.Csat)} answered 4 or 5 of 5 (mean {Format.Number(satisfaction.Mean, "0.00")})"));
        return section;
    }

    private static string Seconds(double seconds) =>
        double.IsNaN(seconds) ? "n/a" : Durations.Describe(TimeSpan.FromSeconds(seconds));
}
