using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary>Builds the NPS report section shared by <c>nps</c> and <c>report</c>.</summary>
internal static class NpsSections
{
    internal static readonly IReadOnlyDictionary<string, NpsIntervalMethod> MethodNames = new Dictionary<string, NpsIntervalMethod>
    {
        ["adjusted-wald"] = NpsIntervalMethod.AdjustedWald,
        ["wald"] = NpsIntervalMethod.Wald,
        ["score"] = NpsIntervalMethod.Score,
    };

    /// <summary>The survey's NPS with its counts, interval and distribution, by segment and period when asked.</summary>
    /// <param name="title">The section's title.</param>
    /// <param name="answers">The answers, with the segment value first and the period value second among their keys (as asked).</param>
    /// <param name="segment">The segment column, if any.</param>
    /// <param name="period">The period column, if any.</param>
    /// <param name="level">The confidence level of the intervals.</param>
    /// <param name="method">The interval method.</param>
    internal static ReportSection Build(string title, NpsAnswers answers, string? segment, string? period, double level, NpsIntervalMethod method)
    {
        NpsDistribution distribution = Nps.CalculateDistribution(answers.Scores.ToArray());
        NpsResult result = distribution.ToResult();
        ConfidenceInterval interval = result.ConfidenceInterval(level, method);

        var section = new ReportSection("nps", title);
        section.Figures.Add(new Figure("score", "NPS", result.Score, $"{Format.Signed(result.Score)}  ({BandText(result.Band)})"));
        section.Figures.Add(Figure.Data("band", result.Band.ToString()));
        section.Figures.Add(new Figure("respondents", "Respondents", result.Total, Format.Count(result.Total)));
        section.Figures.Add(new Figure("promoters", "Promoters (9-10)", result.Promoters, Format.CountOf(result.Promoters, result.Total, result.PromoterShare)));
        section.Figures.Add(new Figure("passives", "Passives (7-8)", result.Passives, Format.CountOf(result.Passives, result.Total, result.PassiveShare)));
        section.Figures.Add(new Figure("detractors", "Detractors (0-6)", result.Detractors, Format.CountOf(result.Detractors, result.Total, result.DetractorShare)));
        section.Figures.Add(Figure.Data("promoterShare", result.PromoterShare));
        section.Figures.Add(Figure.Data("passiveShare", result.PassiveShare));
        section.Figures.Add(Figure.Data("detractorShare", result.DetractorShare));
        section.Figures.Add(new Figure("standardError", "Standard error", result.StandardError, double.IsNaN(result.StandardError) ? "n/a" : $"{Format.Number(result.StandardError)} points"));
        section.Figures.Add(Figure.Line($"{Format.Level(level)} interval", $"{Format.Interval(interval)}  ({MethodText(method)})"));
        section.Figures.Add(Figure.Data("intervalLevel", level));
        section.Figures.Add(Figure.Data("intervalMethod", method.ToString()));
        section.Figures.Add(Figure.Data("intervalLower", interval.Lower));
        section.Figures.Add(Figure.Data("intervalUpper", interval.Upper));
        section.Figures.Add(new Figure("meanAnswer", "Mean answer", distribution.Mean, $"{Format.Number(distribution.Mean, "0.00")} of 10"));
        section.Figures.Add(new Figure("blank", "Blank answers (not counted)", answers.Blank, Format.Count(answers.Blank)));
        if (answers.BlankLines > 0)
        {
            section.Figures.Add(new Figure("blankLines", "Blank lines (ignored)", answers.BlankLines, Format.Count(answers.BlankLines)));
        }

        if (answers.Skipped > 0)
        {
            section.Figures.Add(new Figure("skipped", "Invalid values (skipped)", answers.Skipped, Format.Count(answers.Skipped)));
        }

        var histogram = new List<ChartPoint>();
        for (int score = Nps.MinScore; score <= Nps.MaxScore; score++)
        {
            string category = Nps.Categorize(score) switch
            {
                NpsCategory.Promoter => "promoter",
                NpsCategory.Passive => "passive",
                _ => "detractor",
            };
            histogram.Add(new ChartPoint(score.ToString(CultureInfo.InvariantCulture), distribution[score], Format.Count(distribution[score]), category));
        }

        section.Charts.Add(new Chart("distribution", "Answers 0 to 10 (0 = would not recommend, 10 = would); red: detractors, grey: passives, green: promoters", ChartKind.Bars, histogram, string.Empty, IsDistribution: true));

        var groups = new List<(string By, string Group, NpsResult Result, NpsComparison? Change)>
        {
            ("all", "all", result, null),
        };
        if (segment is not null)
        {
            var bySegment = Nps.CalculateBySegment(Pairs(answers, 0));
            section.Tables.Add(Segments(segment, bySegment, level, method));
            section.Charts.Add(new Chart(
                "segments",
                $"NPS by {segment}, with its {Format.Level(level)} interval (points)",
                ChartKind.Bars,
                bySegment.Select(pair => Point(pair.Key, pair.Value, level, method)).ToList(),
                "points",
                Minimum: -100,
                Maximum: 100));
            groups.AddRange(bySegment.Select(pair => (segment, pair.Key, pair.Value, (NpsComparison?)null)));
            AddIntervalNotes(section, bySegment, level, method, $"by {segment}");
        }

        if (period is not null)
        {
            var trend = Nps.Trend(Pairs(answers, segment is null ? 0 : 1), level);
            section.Tables.Add(Trend(period, trend));
            section.Charts.Add(new Chart(
                "trend",
                $"NPS by {period}, with its {Format.Level(level)} interval as a band (points)",
                ChartKind.Line,
                trend.Select(point => Point(point.Period, point.Result, level, method)).ToList(),
                "points",
                Minimum: -100,
                Maximum: 100));
            groups.AddRange(trend.Select(point => (period, point.Period, point.Result, point.ChangeFromPrevious)));
            AddIntervalNotes(section, trend.Select(point => new KeyValuePair<string, NpsResult>(point.Period, point.Result)), level, method, $"by {period}");
        }

        section.CsvTable = Groups(groups, level, method);

        if (result.Total == 0)
        {
            section.Notes.Add("No answers: the score is undefined (not 0).");
        }
        else if (result.IsSmallSample)
        {
            section.Notes.Add($"Fewer than {NpsResult.DefaultMinimumSampleSize} respondents: read the score and its interval with caution.");
        }

        if (!double.IsNaN(interval.Lower) && !(interval.Lower <= result.Score && result.Score <= interval.Upper))
        {
            section.Notes.Add($"The interval {Format.Interval(interval)} does not contain the score {Format.Signed(result.Score)} (N {result.Total}). {Explanation(method)}");
        }

        if (answers.Skipped > 0)
        {
            section.Notes.Add($"{Plural.Of(answers.Skipped, "invalid value was", "invalid values were")} skipped at your request (--skip-invalid).");
        }

        if (answers.BlankLines > 0)
        {
            section.Notes.Add($"{Plural.Of(answers.BlankLines, "blank line")} of the file ignored (a blank line is not an answer; an empty answer cell is counted as blank).");
        }

        section.Formulas.Add("NPS = 100 × (promoters − detractors) / respondents. Promoters answer 9–10, passives 7–8, detractors 0–6 to \"How likely are you to recommend us?\" (Reichheld 2003; the sources: \"разница между сторонниками компании и ее критиками в процентах\").");
        section.Formulas.Add("Bands as the sources read them: High from 50, Average from 30, Low below 30.");
        section.Formulas.Add($"Standard error = 100 × √((pP + pD − (pP − pD)²) / N); the interval is the {MethodText(method)} interval at {Format.Level(level)}. A change between periods is tested with a two-sample z test.");
        return section;
    }

    internal static string BandText(NpsBand band) => band switch
    {
        NpsBand.High => "High: service at a high level, loyalty grows by itself",
        NpsBand.Average => "Average: develop the customer service",
        NpsBand.Low => "Low: rethink the approach to customers",
        _ => "undefined: no answers",
    };

    private static ReportTable Segments(string segment, IEnumerable<KeyValuePair<string, NpsResult>> segments, double level, NpsIntervalMethod method)
    {
        var table = new ReportTable(
            "segments",
            $"By {segment}",
            [new Column("segment", segment, RightAligned: false), new Column("respondents", "N"), new Column("score", "NPS"), new Column("intervalLower", "Lower"), new Column("intervalUpper", "Upper"), new Column("band", "Band", RightAligned: false)]);
        foreach ((string name, NpsResult result) in segments)
        {
            ConfidenceInterval interval = result.ConfidenceInterval(level, method);
            table.Rows.Add(
            [
                (name, name),
                (result.Total, Format.Count(result.Total)),
                (result.Score, Format.Signed(result.Score)),
                (interval.Lower, Format.Signed(interval.Lower)),
                (interval.Upper, Format.Signed(interval.Upper)),
                (result.Band.ToString(), result.Band.ToString() + (result.IsSmallSample ? " (small sample)" : string.Empty)),
            ]);
        }

        return table;
    }

    private static ReportTable Trend(string period, IReadOnlyList<NpsTrendPoint<string>> trend)
    {
        var table = new ReportTable(
            "trend",
            $"Trend by {period} (change from the previous {period}, in points)",
            [new Column("period", period, RightAligned: false), new Column("respondents", "N"), new Column("score", "NPS"), new Column("change", "Change"), new Column("pValue", "p-value"), new Column("significant", "Significant", RightAligned: false)]);
        foreach (NpsTrendPoint<string> point in trend)
        {
            NpsComparison? change = point.ChangeFromPrevious;
            table.Rows.Add(
            [
                (point.Period, point.Period),
                (point.Result.Total, Format.Count(point.Result.Total)),
                (point.Result.Score, Format.Signed(point.Result.Score)),
                (change?.Difference, change is { } c ? Format.Points(c.Difference) : "-"),
                (change?.PValue, change is { } p ? Format.PValue(p.PValue) : "-"),
                (change?.IsSignificant, change is null ? "-" : point.IsSignificantChange ? "yes" : "no"),
            ]);
        }

        return table;
    }

    /// <summary>The tidy table of the section: one row for all answers, one per segment, one per period.</summary>
    private static ReportTable Groups(List<(string By, string Group, NpsResult Result, NpsComparison? Change)> groups, double level, NpsIntervalMethod method)
    {
        var table = new ReportTable(
            "nps",
            "NPS by group",
            [
                new Column("by", "By", RightAligned: false),
                new Column("group", "Group", RightAligned: false),
                new Column("respondents", "N"),
                new Column("promoters", "Promoters"),
                new Column("passives", "Passives"),
                new Column("detractors", "Detractors"),
                new Column("score", "NPS", CsvFormat: "0.##"),
                new Column("intervalLower", "Lower", CsvFormat: "0.##"),
                new Column("intervalUpper", "Upper", CsvFormat: "0.##"),
                new Column("band", "Band", RightAligned: false),
                new Column("changePoints", "Change", CsvFormat: "0.##"),
                new Column("pValue", "p-value", CsvFormat: "0.####"),
            ]);
        foreach ((string by, string group, NpsResult result, NpsComparison? change) in groups)
        {
            ConfidenceInterval interval = result.ConfidenceInterval(level, method);
            table.Rows.Add(
            [
                (by, by),
                (group, group),
                (result.Total, Format.Count(result.Total)),
                (result.Promoters, Format.Count(result.Promoters)),
                (result.Passives, Format.Count(result.Passives)),
                (result.Detractors, Format.Count(result.Detractors)),
                (result.Score, Format.Signed(result.Score)),
                (interval.Lower, Format.Signed(interval.Lower)),
                (interval.Upper, Format.Signed(interval.Upper)),
                (result.Band.ToString(), result.Band.ToString()),
                (change?.Difference, change is { } c ? Format.Points(c.Difference) : "-"),
                (change?.PValue, change is { } p ? Format.PValue(p.PValue) : "-"),
            ]);
        }

        return table;
    }

    private static ChartPoint Point(string label, NpsResult result, double level, NpsIntervalMethod method)
    {
        ConfidenceInterval interval = result.ConfidenceInterval(level, method);
        string display = $"{Format.Signed(result.Score)} (N {result.Total}, interval {Format.Interval(interval)})";
        return new ChartPoint(label, result.Score, display, Lower: interval.Lower, Upper: interval.Upper);
    }

    /// <summary>One note for the groups whose interval does not contain their own score (small groups, adjusted interval).</summary>
    private static void AddIntervalNotes(ReportSection section, IEnumerable<KeyValuePair<string, NpsResult>> groups, double level, NpsIntervalMethod method, string where)
    {
        var outside = groups
            .Select(pair => (pair.Key, pair.Value, Interval: pair.Value.ConfidenceInterval(level, method)))
            .Where(g => !double.IsNaN(g.Interval.Lower) && !(g.Interval.Lower <= g.Value.Score && g.Value.Score <= g.Interval.Upper))
            .ToList();
        if (outside.Count > 0)
        {
            string names = string.Join(", ", outside.Select(g => $"{g.Key} ({Format.Signed(g.Value.Score)}, N {g.Value.Total}, interval {Format.Interval(g.Interval)})"));
            section.Notes.Add($"{where}: the interval of {names} does not contain the score. {Explanation(method)}");
        }
    }

    private static string Explanation(NpsIntervalMethod method) => method switch
    {
        NpsIntervalMethod.AdjustedWald => "This is expected with few answers: the adjusted Wald interval adds three imaginary respondents (¾ promoter, 1½ passive, ¾ detractor) before computing, which pulls it toward 0 and keeps it honest when the raw score is extreme (e.g. every answer a 10). Read the interval as the plausible range of the true score, and collect more answers before acting on the difference.",
        NpsIntervalMethod.Score => "The score interval is not centred on the raw score; with few answers it leans toward 0. Read it as the plausible range of the true score.",
        _ => "The Wald interval is centred on the score; it can only miss it through rounding.",
    };

    private static string MethodText(NpsIntervalMethod method) => method switch
    {
        NpsIntervalMethod.Wald => "Wald",
        NpsIntervalMethod.Score => "score (iterative)",
        _ => "adjusted Wald",
    };

    private static IEnumerable<(string Key, int Score)> Pairs(NpsAnswers answers, int keyIndex)
    {
        for (int i = 0; i < answers.Scores.Count; i++)
        {
            yield return (answers.Keys[i][keyIndex], answers.Scores[i]);
        }
    }
}
