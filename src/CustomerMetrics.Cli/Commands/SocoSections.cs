using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary>Builds the SOCO report section shared by <c>soco</c> and <c>report</c>.</summary>
internal static class SocoSections
{
    internal static ReportSection Summary(string title, string instrumentName, SocoInstrument instrument, IReadOnlyList<SocoRespondent> respondents)
    {
        SocoSummary summary = instrument.Summarize(respondents.Select(r => r.Answers));
        var section = new ReportSection("soco", title);
        section.Figures.Add(new Figure("instrument", "Instrument", instrumentName, $"{instrumentName}: {instrument.Items.Count} items, answers {instrument.ScaleMin}..{instrument.ScaleMax}, total {instrument.MinimumTotal:0}..{instrument.MaximumTotal:0}"));
        section.Figures.Add(new Figure("respondents", "Respondents", summary.Count, Format.Count(summary.Count)));
        section.Figures.Add(new Figure("undefined", "Not scored (too few answers)", summary.Undefined, $"{Format.CountOf(summary.Undefined, summary.Count)} respondents"));
        section.Figures.Add(new Figure("meanTotal", "Mean total", summary.MeanTotal, $"{Format.Number(summary.MeanTotal)} (SD {Format.Number(summary.StandardDeviation)})"));
        section.Figures.Add(Figure.Data("standardDeviation", summary.StandardDeviation));
        section.Figures.Add(new Figure("meanPomp", "Mean POMP", summary.MeanPomp, Format.Number(summary.MeanPomp)));
        section.Figures.Add(new Figure("meanCustomerOrientation", "Customer orientation", summary.MeanCustomerOrientation, Format.Number(summary.MeanCustomerOrientation, "0.00") + "  (mean CO answer)"));
        section.Figures.Add(new Figure("meanSellingOrientation", "Selling orientation", summary.MeanSellingOrientation, Format.Number(summary.MeanSellingOrientation, "0.00") + "  (mean SO answer)"));
        section.Figures.Add(new Figure("cronbachAlpha", "Cronbach's alpha", summary.CronbachAlpha, $"{Format.Number(summary.CronbachAlpha, "0.000")} over {Format.CountOf(summary.CompleteCases, summary.Count)} respondents who answered every item"));
        section.Figures.Add(new Figure("standardErrorOfMeasurement", "Std. error of measurement", summary.StandardErrorOfMeasurement, Format.Number(summary.StandardErrorOfMeasurement)));

        var people = new ReportTable(
            "respondentScores",
            "Respondents",
            [
                new Column("id", "Id", RightAligned: false),
                new Column("team", "Team", RightAligned: false),
                new Column("total", "Total", CsvFormat: "0.##"),
                new Column("mean", "Mean", CsvFormat: "0.###"),
                new Column("pomp", "POMP", CsvFormat: "0.##"),
                new Column("customerOrientation", "CO", CsvFormat: "0.###"),
                new Column("sellingOrientation", "SO", CsvFormat: "0.###"),
                new Column("note", "Note", RightAligned: false),
            ]);
        foreach (SocoRespondent respondent in respondents)
        {
            SocoScore score = instrument.Score(respondent.Answers);
            string note = !score.IsDefined ? score.UndefinedReason! : score.IsProrated ? $"prorated from {score.Answered} of {score.Items} items" : string.Empty;
            people.Rows.Add(
            [
                (respondent.Id, respondent.Id),
                (respondent.Team, respondent.Team ?? "-"),
                (score.Total, Format.Number(score.Total)),
                (score.Mean, Format.Number(score.Mean, "0.00")),
                (score.Pomp, Format.Number(score.Pomp)),
                (score.CustomerOrientation, Format.Number(score.CustomerOrientation, "0.00")),
                (score.SellingOrientation, Format.Number(score.SellingOrientation, "0.00")),
                (note, note.Length == 0 ? "-" : note),
            ]);
        }

        section.Tables.Add(people);
        section.CsvTable = people;

        if (respondents.Any(r => r.Team is not null))
        {
            var teams = instrument.SummarizeBy(respondents.Select(r => (r.Team ?? string.Empty, r.Answers)));
            var table = new ReportTable(
                "teams",
                "By team",
                [
                    new Column("team", "Team", RightAligned: false),
                    new Column("respondents", "N"),
                    new Column("meanTotal", "Mean total"),
                    new Column("standardDeviation", "SD"),
                    new Column("meanCustomerOrientation", "CO"),
                    new Column("meanSellingOrientation", "SO"),
                    new Column("cronbachAlpha", "Alpha"),
                ]);
            foreach ((string team, SocoSummary teamSummary) in teams)
            {
                table.Rows.Add(
                [
                    (team, team),
                    (teamSummary.Count, Format.Count(teamSummary.Count)),
                    (teamSummary.MeanTotal, Format.Number(teamSummary.MeanTotal)),
                    (teamSummary.StandardDeviation, Format.Number(teamSummary.StandardDeviation)),
                    (teamSummary.MeanCustomerOrientation, Format.Number(teamSummary.MeanCustomerOrientation, "0.00")),
                    (teamSummary.MeanSellingOrientation, Format.Number(teamSummary.MeanSellingOrientation, "0.00")),
                    (teamSummary.CronbachAlpha, Format.Number(teamSummary.CronbachAlpha, "0.000")),
                ]);
            }

            section.Tables.Add(table);
        }

        var items = new ReportTable(
            "items",
            "Items (reliability over complete cases)",
            [
                new Column("item", "Item"),
                new Column("polarity", "Kind", RightAligned: false),
                new Column("mean", "Mean"),
                new Column("correctedItemTotalCorrelation", "Item-rest r"),
                new Column("alphaIfDeleted", "Alpha if deleted"),
                new Column("text", "Statement", RightAligned: false),
            ]);
        for (int i = 0; i < summary.Items.Count; i++)
        {
            SocoItemStatistics item = summary.Items[i];
            string kind = item.Polarity == ItemPolarity.CustomerOriented ? "CO" : "SO";
            items.Rows.Add(
            [
                (item.Number, item.Number.ToString(CultureInfo.InvariantCulture)),
                (kind, kind),
                (item.Mean, Format.Number(item.Mean, "0.00")),
                (item.CorrectedItemTotalCorrelation, Format.Number(item.CorrectedItemTotalCorrelation, "0.00")),
                (item.AlphaIfDeleted, Format.Number(item.AlphaIfDeleted, "0.000")),
                (instrument.Items[i].Text, instrument.Items[i].Text),
            ]);
        }

        section.Tables.Add(items);
        var distribution = new List<ChartPoint>();
        for (int point = 0; point < summary.MeanDistribution.Count; point++)
        {
            int answer = instrument.ScaleMin + point;
            long count = summary.MeanDistribution[point];
            distribution.Add(new ChartPoint(answer.ToString(CultureInfo.InvariantCulture), count, Format.Count(count)));
        }

        section.Charts.Add(new Chart(
            "meanDistribution",
            $"Respondents by mean answer (the total divided by {instrument.Items.Count}, rounded): {instrument.ScaleMin} = selling-oriented, {instrument.ScaleMax} = customer-oriented",
            ChartKind.Bars,
            distribution,
            string.Empty,
            IsDistribution: true));
        section.Formulas.Add("SOCO (Saxe & Weitz 1982): selling-oriented items are reversed (answer a on 1..9 scores 10 − a), so a higher total is more customer-oriented. Total = Σ keyed answers; POMP = (total − minimum) / (maximum − minimum) × 100. With items unanswered, the total is prorated from the items answered (at least the form's minimum share).");
        section.Formulas.Add("Cronbach's alpha = k / (k − 1) × (1 − Σ item variances / variance of the totals), over respondents who answered every item; item–rest r is each item's correlation with the total of the others.");
        return section;
    }
}
