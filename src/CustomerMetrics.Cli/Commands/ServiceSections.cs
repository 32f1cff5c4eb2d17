using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary>Builds the service-level report sections: SLA, Erlang C staffing, CSAT.</summary>
internal static class ServiceSections
{
    /// <summary>The SLA client report: the sources' sentence, the target and error budget, percentiles, and the periods.</summary>
    internal static ReportSection SlaReport(string title, TimeSpan threshold, double[] durationsInSeconds, double? target, IReadOnlyList<SlaPeriod<string>>? periods, int blankLines)
    {
        ResponseTimeSummary summary = Sla.Summarize(durationsInSeconds, threshold.TotalSeconds);
        SlaResult result = summary.Compliance;
        var section = new ReportSection("sla", title);
        section.Figures.Add(Figure.Line("Report", $"Of {result.Total} operations, {result.WithinThreshold} were done on time (within {Durations.Describe(threshold)})."));
        section.Figures.Add(new Figure("operations", "Operations", result.Total, Format.Count(result.Total)));
        section.Figures.Add(new Figure("onTime", "On time", result.WithinThreshold, Format.CountOf(result.WithinThreshold, result.Total, result.Rate)));
        section.Figures.Add(new Figure("breaches", "Late", result.Breaches, Format.CountOf(result.Breaches, result.Total)));
        section.Figures.Add(Figure.Data("rate", result.Rate));
        section.Figures.Add(Figure.Data("thresholdSeconds", threshold.TotalSeconds));
        if (target is { } goal)
        {
            bool meets = result.Meets(goal);
            section.Figures.Add(new Figure("target", "Target", goal, $"{Format.Percent(goal)} on time: {(meets ? "met" : "missed")}"));
            section.Figures.Add(Figure.Data("meetsTarget", meets));
            double used = result.ErrorBudgetUsed(goal);
            section.Figures.Add(new Figure(
                "errorBudgetUsed",
                "Error budget used",
                used,
                $"{Format.Percent(used)} ({Format.Count(result.Breaches)} late of {Format.Number(result.AllowedBreaches(goal), "0.##")} allowed)"));
        }

        section.Figures.Add(new Figure("meanSeconds", "Mean", summary.Mean, Seconds(summary.Mean)));
        section.Figures.Add(new Figure("p50Seconds", "Median (p50)", summary.P50, Seconds(summary.P50)));
        section.Figures.Add(new Figure("p90Seconds", "p90 (9 in 10 within)", summary.P90, Seconds(summary.P90)));
        section.Figures.Add(new Figure("p95Seconds", "p95", summary.P95, Seconds(summary.P95)));
        section.Figures.Add(new Figure("p99Seconds", "p99", summary.P99, Seconds(summary.P99)));
        section.Figures.Add(new Figure("maxSeconds", "Longest", summary.Maximum, Seconds(summary.Maximum)));

        var csv = new ReportTable(
            "sla",
            "Compliance by period",
            [new Column("period", "Period", RightAligned: false), new Column("operations", "Operations"), new Column("onTime", "On time"), new Column("breaches", "Late"), new Column("rate", "Compliance", CsvFormat: "0.####")]);
        csv.Rows.Add(PeriodRow("all", result));
        if (periods is not null)
        {
            var table = new ReportTable("periods", "By period", csv.Columns);
            foreach ((string period, SlaResult periodResult) in periods)
            {
                table.Rows.Add(PeriodRow(period, periodResult));
                csv.Rows.Add(PeriodRow(period, periodResult));
            }

            section.Tables.Add(table);

            // Rates near 100 % look alike on a 0-100 axis: the axis starts at the tens below the lowest rate, and says so.
            double axisFrom = Math.Max(0, Math.Floor(LowestRate(periods, target) / 10) * 10);
            string axisNote = axisFrom > 0 ? $" (the axis starts at {Format.Number(axisFrom, "0")} %)" : string.Empty;
            section.Charts.Add(new Chart(
                "periods",
                (target is { } t ? $"Operations on time by period, against the {Format.Percent(t)} target" : "Operations on time by period") + axisNote,
                ChartKind.Bars,
                periods.Select(p => new ChartPoint(
                    p.Period,
                    p.Result.Rate * 100,
                    $"{Format.Percent(p.Result.Rate)} ({Format.CountOf(p.Result.WithinThreshold, p.Result.Total)})",
                    target is { } g && !double.IsNaN(p.Result.Rate) ? (p.Result.Meets(g) ? "met" : "missed") : null)).ToList(),
                "%",
                Target: target * 100,
                TargetLabel: target is { } label ? $"target {Format.Percent(label)}" : null,
                Minimum: axisFrom,
                Maximum: 100));
        }

        section.CsvTable = csv;
        if (blankLines > 0)
        {
            section.Notes.Add($"{Plural.Of(blankLines, "blank line")} of the file ignored.");
        }

        section.Formulas.Add("Compliance = operations done within the agreed time / all operations; an operation that takes exactly the agreed time is on time. The sources' report: \"of 365 operations, 364 were done on time\".");
        section.Formulas.Add("Error budget = (1 − target) × operations, the late operations the target allows; used = late / allowed. Percentiles by Hyndman & Fan's definition 7 (Excel PERCENTILE.INC).");
        return section;
    }

    /// <summary>Erlang C staffing for a queue, with the service level over a range of agents.</summary>
    internal static ReportSection Staffing(string title, double arrivals, TimeSpan interval, TimeSpan handleTime, TimeSpan answerWithin, double targetServiceLevel, double shrinkage, int? fromAgents, int? toAgents)
    {
        StaffingResult staffing = ErlangC.AgentsFor(arrivals, interval, handleTime, answerWithin, targetServiceLevel, shrinkage);
        ErlangCResult needed = staffing.Result;
        int from = fromAgents ?? Math.Max((int)Math.Floor(needed.TrafficIntensity) + 1, staffing.AgentsNeeded - 3);
        int to = toAgents ?? (staffing.AgentsNeeded + 3);
        if (to - from > 200)
        {
            throw new CliException($"erlang: the table would have {to - from + 1} rows; give a range of at most 201 agents with --agents-from and --agents-to");
        }

        var section = new ReportSection("erlang", title);
        section.Figures.Add(new Figure("trafficErlangs", "Traffic", needed.TrafficIntensity, $"{Format.Number(needed.TrafficIntensity, "0.###")} Erlangs ({Format.Number(arrivals, "0.##")} contacts × {Durations.Describe(handleTime)} / {Durations.Describe(interval)})"));
        section.Figures.Add(new Figure("agentsNeeded", "Agents needed", staffing.AgentsNeeded, $"{staffing.AgentsNeeded} on the phones for {Format.Percent(targetServiceLevel)} answered within {Durations.Describe(answerWithin)}"));
        section.Figures.Add(new Figure("agentsToSchedule", "Agents to schedule", staffing.AgentsToSchedule, $"{staffing.AgentsToSchedule} (with {Format.Percent(shrinkage)} shrinkage: breaks, training, absence)"));
        section.Figures.Add(new Figure("serviceLevel", "Service level", needed.ServiceLevel, $"{Format.Percent(needed.ServiceLevel)} answered within {Durations.Describe(answerWithin)}"));
        section.Figures.Add(new Figure("probabilityOfWaiting", "Callers who wait", needed.ProbabilityOfWaiting, Format.Percent(needed.ProbabilityOfWaiting)));
        section.Figures.Add(new Figure("averageSpeedOfAnswerSeconds", "Average speed of answer", needed.AverageSpeedOfAnswer.TotalSeconds, Seconds(needed.AverageSpeedOfAnswer.TotalSeconds)));
        section.Figures.Add(new Figure("occupancy", "Occupancy", needed.Occupancy, Format.Percent(needed.Occupancy)));

        var table = new ReportTable(
            "staffing",
            $"Erlang C by number of agents (answered within {Durations.Describe(answerWithin)})",
            [
                new Column("agents", "Agents"),
                new Column("serviceLevel", "Service level", CsvFormat: "0.####"),
                new Column("probabilityOfWaiting", "Wait at all", CsvFormat: "0.####"),
                new Column("averageSpeedOfAnswerSeconds", "ASA", CsvFormat: "0.##"),
                new Column("occupancy", "Occupancy", CsvFormat: "0.####"),
                new Column("meetsTarget", "Meets target", RightAligned: false),
            ]);
        var points = new List<ChartPoint>();
        for (int agents = from; agents <= to; agents++)
        {
            if (agents <= needed.TrafficIntensity)
            {
                table.Rows.Add([(agents, Format.Count(agents)), (double.NaN, "no steady state"), (double.NaN, "-"), (double.NaN, "-"), (double.NaN, "-"), (false, "no")]);
                points.Add(new ChartPoint(Format.Count(agents), double.NaN, "no steady state (the queue grows without end)"));
                continue;
            }

            ErlangCResult result = ErlangC.Analyze(arrivals, interval, handleTime, agents, answerWithin);
            bool meets = result.ServiceLevel >= targetServiceLevel;
            table.Rows.Add(
            [
                (agents, Format.Count(agents)),
                (result.ServiceLevel, Format.Percent(result.ServiceLevel)),
                (result.ProbabilityOfWaiting, Format.Percent(result.ProbabilityOfWaiting)),
                (result.AverageSpeedOfAnswer.TotalSeconds, Seconds(result.AverageSpeedOfAnswer.TotalSeconds)),
                (result.Occupancy, Format.Percent(result.Occupancy)),
                (meets, meets ? "yes" : "no"),
            ]);
            points.Add(new ChartPoint(Format.Count(agents), result.ServiceLevel * 100, Format.Percent(result.ServiceLevel), meets ? "met" : "missed"));
        }

        section.Tables.Add(table);
        section.CsvTable = table;
        section.Charts.Add(new Chart(
            "serviceLevel",
            $"Service level (answered within {Durations.Describe(answerWithin)}) by number of agents, against the {Format.Percent(targetServiceLevel)} target",
            ChartKind.Line,
            points,
            "%",
            Target: targetServiceLevel * 100,
            TargetLabel: $"target {Format.Percent(targetServiceLevel)}",
            Minimum: 0,
            Maximum: 100));
        section.Formulas.Add("Erlang C: traffic a = contacts × handle time / interval; with N agents, Pw = N·B / (N − a(1 − B)) from the Erlang B recursion B₀ = 1, Bₖ = a·Bₖ₋₁ / (k + a·Bₖ₋₁); service level = 1 − Pw·e^(−(N − a)·t / AHT); ASA = Pw·AHT / (N − a); occupancy = a / N. A steady state needs N > a.");
        section.Formulas.Add("Agents to schedule = agents needed / (1 − shrinkage), rounded up. Check value: 100 calls in 30 minutes, 180 s handle time, 80 % in 20 s → 14 agents (Call Centre Helper, \"Erlang C formula – made simple\").");
        return section;
    }

    /// <summary>CSAT of ratings: the share in the top two boxes, the mean, and the distribution.</summary>
    internal static ReportSection Csat(string title, SatisfactionResult result, int blank, int blankLines)
    {
        var section = new ReportSection("csat", title);
        section.Figures.Add(new Figure("csat", "Satisfaction (CSAT)", result.Csat, $"{Format.Percent(result.Csat)}: {Format.CountOf(result.Satisfied.Count, result.Count)} answered {result.ScaleMax - 1} or {result.ScaleMax}"));
        section.Figures.Add(new Figure("ratings", "Ratings", result.Count, Format.Count(result.Count)));
        section.Figures.Add(new Figure("mean", "Mean rating", result.Mean, $"{Format.Number(result.Mean, "0.00")} of {result.ScaleMax}"));
        section.Figures.Add(new Figure("meanPercentOfMaximum", "Mean on a 0-100 scale", result.MeanPercentOfMaximum, Format.Number(result.MeanPercentOfMaximum)));
        section.Figures.Add(Figure.Data("scaleMax", result.ScaleMax));
        section.Figures.Add(new Figure("blank", "Blank answers (not counted)", blank, Format.Count(blank)));
        var points = new List<ChartPoint>();
        for (int rating = 1; rating <= result.ScaleMax; rating++)
        {
            long count = result.Distribution[rating - 1];
            points.Add(new ChartPoint(rating.ToString(CultureInfo.InvariantCulture), count, Format.Count(count), rating >= result.ScaleMax - 1 ? "promoter" : null));
        }

        section.Charts.Add(new Chart("distribution", $"Ratings 1 to {result.ScaleMax}; green: satisfied ({result.ScaleMax - 1} or {result.ScaleMax})", ChartKind.Bars, points, string.Empty, IsDistribution: true));
        if (blankLines > 0)
        {
            section.Notes.Add($"{Plural.Of(blankLines, "blank line")} of the file ignored.");
        }

        if (result.Count == 0)
        {
            section.Notes.Add("No ratings: CSAT is undefined (not 0).");
        }

        section.Formulas.Add("CSAT = ratings in the top two boxes / all ratings (4 and 5 on a 1–5 scale). The sources' \"satisfaction level 78 %\" is a CSAT of 78 satisfied answers in 100. Mean on a 0–100 scale = (mean − 1) / (max − 1) × 100.");
        return section;
    }

    /// <summary>The report's contact-centre example: the Erlang C check value, and the sources' 78 % satisfaction level.</summary>
    internal static IReadOnlyList<ReportSection> ContactCentreExample()
    {
        ReportSection staffing = Staffing(
            "Contact centre: 100 calls per 30 minutes, 180 s handle time, 80 % answered within 20 s",
            100,
            TimeSpan.FromMinutes(30),
            TimeSpan.FromSeconds(180),
            TimeSpan.FromSeconds(20),
            0.8,
            0.3,
            fromAgents: null,
            toAgents: null);

        ReportSection satisfaction = Csat("Satisfaction level: 100 ratings on a 1-5 scale (the sources' 78 %)", Satisfaction.Calculate(SourcesSatisfactionRatings()), blank: 0, blankLines: 0);
        return [staffing, satisfaction];
    }

    /// <summary>The sources' satisfaction level of 78 %: 78 of 100 answers are 4 or 5.</summary>
    internal static byte[] SourcesSatisfactionRatings()
    {
        byte[] ratings = new byte[100];
        ratings.AsSpan(0, 40).Fill(5);
        ratings.AsSpan(40, 38).Fill(4);
        ratings.AsSpan(78, 12).Fill(3);
        ratings.AsSpan(90, 6).Fill(2);
        ratings.AsSpan(96, 4).Fill(1);
        return ratings;
    }

    private static (object? Value, string Display)[] PeriodRow(string period, SlaResult result) =>
    [
        (period, period),
        (result.Total, Format.Count(result.Total)),
        (result.WithinThreshold, Format.Count(result.WithinThreshold)),
        (result.Breaches, Format.Count(result.Breaches)),
        (result.Rate, Format.Percent(result.Rate)),
    ];

    private static double LowestRate(IReadOnlyList<SlaPeriod<string>> periods, double? target) =>
        periods.Select(p => p.Result.Rate * 100).Append((target ?? 1) * 100).Where(double.IsFinite).DefaultIfEmpty(0).Min();

    private static string Seconds(double seconds) =>
        double.IsNaN(seconds) ? "n/a" : Durations.Describe(TimeSpan.FromSeconds(seconds));
}
