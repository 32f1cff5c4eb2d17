using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary>Report sections of the sources' other indicators and of the scorecard.</summary>
internal static class IndicatorSections
{
    private const string WilsonNote = "Intervals are 95 % Wilson score intervals: they stay within 0–100 % and keep their coverage for small groups.";

    internal static ReportSection Repeat(string title, RepeatPurchaseResult result)
    {
        var section = new ReportSection("repeatPurchases", title);
        section.Figures.Add(new Figure("orderRepeatRate", "Repeat orders", result.OrderRepeatRate.Share, $"{Format.Share(result.OrderRepeatRate)} of orders came from customers buying again"));
        section.Figures.Add(new Figure("customerRepeatRate", "Repeat customers", result.CustomerRepeatRate.Share, $"{Format.Share(result.CustomerRepeatRate)} of customers bought two or more times"));
        section.Figures.Add(new Figure("customers", "Customers", result.Customers, Format.Count(result.Customers)));
        section.Figures.Add(new Figure("orders", "Orders", result.Orders, $"{Format.Count(result.Orders)} ({Format.Number(result.OrdersPerCustomer, "0.00")} per customer)"));
        section.Figures.Add(Figure.Data("repeatCustomers", result.RepeatCustomers));
        section.Figures.Add(Figure.Data("repeatOrders", result.RepeatOrders));
        section.Notes.Add(WilsonNote);
        section.Formulas.Add("Repeat orders = (orders − customers) / orders: every order after a customer's first. Repeat customers = customers with two or more orders / customers. The sources cite 75 % repeat orders at one retailer.");
        return section;
    }

    internal static ReportSection Complaints(string title, TopicRanking ranking)
    {
        var section = new ReportSection("complaints", title);
        section.Figures.Add(new Figure("complaints", "Complaints", ranking.Total, $"{Format.Count(ranking.Total)} on {Plural.Of(ranking.TopicCount, "topic")}"));
        section.Figures.Add(new Figure("topShare", $"Top {ranking.Top.Count}", ranking.TopShare.Share, $"{Format.Share(ranking.TopShare)} of all complaints"));
        var table = new ReportTable("topics", "Top complaint topics", [new Column("rank", "#"), new Column("topic", "Topic", RightAligned: false), new Column("complaints", "Complaints"), new Column("share", "Share", CsvFormat: "0.####"), new Column("interval", "95 % interval", RightAligned: false)]);
        var points = new List<ChartPoint>();
        int rank = 1;
        foreach (TopicCount topic in ranking.Top)
        {
            table.Rows.Add([(rank, rank.ToString(CultureInfo.InvariantCulture)), (topic.Topic, topic.Topic), (topic.Count, Format.Count(topic.Count)), (topic.Share.Share, Format.Percent(topic.Share.Share)), (Format.PercentInterval(topic.Share.WilsonInterval()), Format.PercentInterval(topic.Share.WilsonInterval()))]);
            points.Add(new ChartPoint(topic.Topic, topic.Count, Format.Count(topic.Count)));
            rank++;
        }

        section.Tables.Add(table);
        section.CsvTable = table;
        section.Charts.Add(new Chart("topics", "Complaints by topic (top)", ChartKind.Bars, points, string.Empty));
        if (ranking.TiedBeyondTop.Count > 0)
        {
            section.Notes.Add($"Also {Plural.Of(ranking.TiedBeyondTop.Count, "topic")} with as many complaints as the last one shown: {string.Join(", ", ranking.TiedBeyondTop)}.");
        }

        section.Notes.Add("Topics are trimmed and compared exactly (\"Delivery\" and \"delivery\" are two topics); equal counts are listed in ordinal order of the topic.");
        section.Formulas.Add("Share of a topic = its complaints / all complaints.");
        return section;
    }

    internal static ReportSection Ideas(string title, IReadOnlyList<IdeaQuarter> quarters, string? currency)
    {
        var section = new ReportSection("ideas", title);
        section.Figures.Add(new Figure("ideas", "Implemented ideas", quarters.Sum(q => q.Ideas), $"{Format.Count(quarters.Sum(q => q.Ideas))} in {Plural.Of(quarters.Count, "quarter")}"));
        section.Figures.Add(new Figure("totalEffect", "Economic effect", quarters.Sum(q => q.TotalEffect), Format.Money(quarters.Sum(q => q.TotalEffect), currency)));
        var table = new ReportTable("topIdeas", "Top ideas per quarter (by effect, then importance)", [new Column("quarter", "Quarter", RightAligned: false), new Column("rank", "#"), new Column("idea", "Idea", RightAligned: false), new Column("effect", "Effect", CsvFormat: "0.00"), new Column("importance", "Importance"), new Column("quarterEffect", "Quarter's effect", CsvFormat: "0.00")]);
        var points = new List<ChartPoint>();
        foreach (IdeaQuarter quarter in quarters)
        {
            int rank = 1;
            foreach (Idea idea in quarter.Top)
            {
                table.Rows.Add([(quarter.Quarter, quarter.Quarter), (rank, rank.ToString(CultureInfo.InvariantCulture)), (idea.Title, idea.Title), (idea.EconomicEffect, Format.Money(idea.EconomicEffect, currency)), (idea.Importance, idea.Importance.ToString(CultureInfo.InvariantCulture)), (quarter.TotalEffect, Format.Money(quarter.TotalEffect, currency))]);
                rank++;
            }

            points.Add(new ChartPoint(quarter.Quarter, (double)quarter.TotalEffect, Format.Money(quarter.TotalEffect, currency)));
            if (quarter.TiedBeyondTop.Count > 0)
            {
                section.Notes.Add($"{quarter.Quarter}: tied with the last idea shown (same effect and importance): {string.Join(", ", quarter.TiedBeyondTop.Select(i => i.Title))}.");
            }
        }

        section.Tables.Add(table);
        section.CsvTable = table;
        section.Charts.Add(new Chart("effectByQuarter", $"Economic effect of implemented ideas per quarter{(string.IsNullOrEmpty(currency) ? string.Empty : ", " + currency)}", ChartKind.Bars, points, string.Empty));
        section.Formulas.Add("The 14-steps source's idea contest: ideas ranked by economic effect, then importance; the top 3 of each quarter are rewarded. A quarter's effect is the exact sum of its ideas' effects.");
        return section;
    }

    internal static ReportSection Pce(string title, ProcessCycleEfficiencyResult result)
    {
        var section = new ReportSection("processCycleEfficiency", title);
        section.Figures.Add(new Figure("efficiency", "Process-cycle efficiency", result.Efficiency, $"{Format.Percent(result.Efficiency)}: {Input.Durations.Describe(result.ValueAddingTime)} adds value of {Input.Durations.Describe(result.LeadTime)} lead time"));
        section.Figures.Add(new Figure("wasteShare", "Waste", result.WasteShare, $"{Format.Percent(result.WasteShare)} ({Input.Durations.Describe(result.WasteTime)})"));
        section.Figures.Add(Figure.Data("valueAddingSeconds", result.ValueAddingTime.TotalSeconds));
        section.Figures.Add(Figure.Data("leadTimeSeconds", result.LeadTime.TotalSeconds));
        var table = new ReportTable("steps", "Value stream", [new Column("step", "Step", RightAligned: false), new Column("seconds", "Duration (s)", CsvFormat: "0.###"), new Column("duration", "Duration", RightAligned: false), new Column("valueAdding", "Adds value", RightAligned: false), new Column("share", "Share of lead time", CsvFormat: "0.####")]);
        var points = new List<ChartPoint>();
        for (int i = 0; i < result.Steps.Count; i++)
        {
            ValueStreamStep step = result.Steps[i];
            double share = result.StepShares[i];
            table.Rows.Add([(step.Name, step.Name), (step.Duration.TotalSeconds, Format.Number(step.Duration.TotalSeconds, "0.###")), (Input.Durations.Describe(step.Duration), Input.Durations.Describe(step.Duration)), (step.ValueAdding, step.ValueAdding ? "yes" : "no"), (share, Format.Percent(share))]);
            points.Add(new ChartPoint(step.Name, share * 100, Format.Percent(share), step.ValueAdding ? "met" : "missed"));
        }

        section.Tables.Add(table);
        section.CsvTable = table;
        section.Charts.Add(new Chart("steps", "Share of the lead time per step, %; green: adds value", ChartKind.Bars, points, "%"));
        section.Notes.Add("Lean practice reads a PCE under 10 % as a process that is mostly waiting, and 25 % or more as lean.");
        section.Formulas.Add("Process-cycle efficiency = value-adding time / lead time (lean value-stream mapping, source 000); waste = 1 − PCE.");
        return section;
    }

    /// <summary>The small indicators given as counts: referrals, negative reviews, training coverage, service maturity.</summary>
    internal static ReportSection Shares(string title, ReferralResult? referrals, ShareBenchmark? reviews, CoverageResult? training, ServiceMaturityResult? maturity)
    {
        var section = new ReportSection("indicators", title);
        if (referrals is { } r)
        {
            if (r.ReferredNewClients.Total > 0)
            {
                section.Figures.Add(new Figure("referredNewClients", "New clients by recommendation", r.ReferredNewClients.Share, Format.Share(r.ReferredNewClients)));
            }

            if (r.RecommendingClients.Total > 0)
            {
                section.Figures.Add(new Figure("recommendingClients", "Clients who recommend", r.RecommendingClients.Share, Format.Share(r.RecommendingClients)));
            }
        }

        if (reviews is not null)
        {
            string position = reviews.Position switch { RangePosition.Below => "below", RangePosition.Above => "above", _ => "within" };
            section.Figures.Add(new Figure("negativeReviews", "Negative reviews", reviews.Share.Share, Format.Share(reviews.Share)));
            section.Figures.Add(new Figure("negativeReviewsVersusMarket", "Against the market", position, $"{position} the market's {Format.Percent(reviews.Low)}–{Format.Percent(reviews.High)}{(reviews.IsConclusive ? " (the whole interval is)" : " (but the interval reaches across: not conclusive)")}"));
        }

        if (training is { } t)
        {
            section.Figures.Add(new Figure("trainingCoverage", "Staff trained", t.Covered.Share, Format.Share(t.Covered)));
            section.Figures.Add(new Figure("trainingTargetMet", "Training target", t.TargetMet, $"{Format.Percent(t.Target)}: {(t.TargetMet ? "met" : $"not met, {Plural.Of(t.Remaining, "person", "people")} to train")}"));
        }

        if (maturity is not null)
        {
            section.Figures.Add(new Figure("serviceMaturity", "Service maturity", (int)maturity.Overall, $"level {(int)maturity.Overall}, {MaturityName(maturity.Overall)}{(maturity.HoldingBack.Count > 0 ? $"; held back by {string.Join(", ", maturity.HoldingBack.Select(TouchpointName))}" : string.Empty)}"));
            var table = new ReportTable("touchpoints", "Service maturity per touchpoint", [new Column("touchpoint", "Touchpoint", RightAligned: false), new Column("level", "Level"), new Column("name", "Level name", RightAligned: false)]);
            foreach (KeyValuePair<Touchpoint, MaturityLevel> pair in maturity.Levels)
            {
                table.Rows.Add([(TouchpointName(pair.Key), TouchpointName(pair.Key)), ((int)pair.Value, ((int)pair.Value).ToString(CultureInfo.InvariantCulture)), (MaturityName(pair.Value), MaturityName(pair.Value))]);
            }

            section.Tables.Add(table);
            if (maturity.NotAssessed.Count > 0)
            {
                section.Notes.Add($"Not assessed: {string.Join(", ", maturity.NotAssessed.Select(TouchpointName))}; the overall level does not account for them.");
            }

            section.Formulas.Add("Service maturity (source 000): each touchpoint at level 1 \"quality service\", 2 \"professional service\" or 3 \"customer service centre\"; the company is at the level of its weakest touchpoint.");
        }

        section.Notes.Add(WilsonNote);
        section.Formulas.Add("Shares with 95 % Wilson score intervals. The sources: about 90 % of a clinic's new patients came by recommendation and every third patient recommends it; 12 negative reviews of 300 (4 %) against 15–20 % for the market; training coverage target 100 %.");
        return section;
    }

    internal static ReportSection Scorecard(string title, Scorecard scorecard)
    {
        var section = new ReportSection("scorecard", title);
        section.Figures.Add(new Figure("kpiCount", "KPIs", scorecard.Kpis.Count, Format.Count(scorecard.Kpis.Count)));
        section.Figures.Add(new Figure("met", "Targets met", scorecard.Met, $"{Format.Count(scorecard.Met)} met, {Format.Count(scorecard.Missed)} missed{(scorecard.Unjudged > 0 ? $", {Format.Count(scorecard.Unjudged)} without a target or a value" : string.Empty)}"));
        section.Figures.Add(Figure.Data("missed", scorecard.Missed));
        var table = new ReportTable(
            "kpis",
            "KPIs against their targets",
            [
                new Column("kpi", "KPI", RightAligned: false),
                new Column("value", "Value", CsvFormat: "0.####"),
                new Column("unit", "Unit", RightAligned: false),
                new Column("target", "Target", CsvFormat: "0.####"),
                new Column("better", "Better", RightAligned: false),
                new Column("targetMet", "Status", RightAligned: false),
                new Column("previous", "Previous", CsvFormat: "0.####"),
                new Column("change", "Change", CsvFormat: "0.####"),
                new Column("movement", "Movement", RightAligned: false),
            ]);
        var points = new List<ChartPoint>();
        foreach (Kpi kpi in scorecard.Kpis)
        {
            string met = kpi.TargetMet switch { true => "met", false => "missed", null => kpi.Target is null ? "no target" : "not measured" };
            table.Rows.Add(
            [
                (kpi.Name, kpi.Name),
                (kpi.Value, Format.Number(kpi.Value, "0.##")),
                (kpi.Unit, kpi.Unit),
                (kpi.Target ?? double.NaN, kpi.Target is double target ? Format.Number(target, "0.##") : "–"),
                (kpi.HigherIsBetter ? "higher" : "lower", kpi.HigherIsBetter ? "higher" : "lower"),
                (met, met),
                (kpi.Previous ?? double.NaN, kpi.Previous is double previous ? Format.Number(previous, "0.##") : "–"),
                (kpi.Change ?? double.NaN, kpi.Change is double change ? Format.Signed(change, "0.##") : "–"),
                (kpi.Movement.ToString().ToLowerInvariant(), kpi.Movement.ToString().ToLowerInvariant()),
            ]);
            if (kpi.Target is double goal && goal != 0 && !double.IsNaN(kpi.Value))
            {
                double percentOfTarget = kpi.Value / goal * 100;
                points.Add(new ChartPoint(kpi.Name, percentOfTarget, $"{Format.Number(kpi.Value, "0.##")} {kpi.Unit} of {Format.Number(goal, "0.##")} ({Format.Number(percentOfTarget, "0")} % of the target)".Replace("  ", " ", StringComparison.Ordinal), kpi.TargetMet == true ? "met" : "missed"));
            }
        }

        section.Tables.Add(table);
        section.CsvTable = table;
        if (points.Count > 0)
        {
            section.Charts.Add(new Chart("percentOfTarget", "Each KPI as a percent of its target; green: met", ChartKind.Bars, points, "%", Target: 100, TargetLabel: "target"));
        }

        section.Notes.Add("A KPI where lower is better (complaints, response time) meets its target at or below it; the chart's percent of target then reads the other way.");
        section.Formulas.Add("The 14-steps source closes with the KPIs to run a customer-oriented company on: the loyalty index (NPS), the dynamics of positive comments, the economic effect of implemented ideas, the quality of service (service level, SLA, CSAT) and the audit index.");
        return section;
    }

    internal static string TouchpointName(Touchpoint touchpoint) => touchpoint switch
    {
        Touchpoint.CommunicationAndSupport => "communication and support",
        _ => touchpoint.ToString().ToLowerInvariant(),
    };

    internal static string MaturityName(MaturityLevel level) => level switch
    {
        MaturityLevel.QualityService => "quality service",
        MaturityLevel.ProfessionalService => "professional service",
        _ => "customer service centre",
    };
}
