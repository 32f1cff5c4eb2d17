using System.Collections.Generic;
using System.Linq;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary>Builds the NPS report sections shared by <c>nps</c> and <c>report</c>.</summary>
internal static class NpsSections
{
    internal static readonly IReadOnlyDictionary<string, NpsIntervalMethod> MethodNames = new Dictionary<string, NpsIntervalMethod>
    {
        ["adjusted-wald"] = NpsIntervalMethod.AdjustedWald,
        ["wald"] = NpsIntervalMethod.Wald,
        ["score"] = NpsIntervalMethod.Score,
    };

    internal static ReportSection Summary(string title, NpsAnswers answers, double level, NpsIntervalMethod method)
    {
        NpsDistribution distribution = Nps.CalculateDistribution(answers.Scores.ToArray());
        NpsResult result = distribution.ToResult();
        ConfidenceInterval interval = result.ConfidenceInterval(level, method);

        var section = new ReportSection("nps", title);
        section.Figures.Add(new Figure("score", "NPS", result.Score, $"{Format.Signed(result.Score)}  ({BandText(result.Band)})"));
        section.Figures.Add(Figure.Data("band", result.Band.ToString()));
        section.Figures.Add(new Figure("respondents", "Respondents", result.Total, Format.Count(result.Total)));
        section.Figures.Add(new Figure("promoters", "Promoters (9-10)", result.Promoters, CountAndShare(result.Promoters, result.PromoterShare)));
        section.Figures.Add(new Figure("passives", "Passives (7-8)", result.Passives, CountAndShare(result.Passives, result.PassiveShare)));
        section.Figures.Add(new Figure("detractors", "Detractors (0-6)", result.Detractors, CountAndShare(result.Detractors, result.DetractorShare)));
        section.Figures.Add(Figure.Data("promoterShare", result.PromoterShare));
        section.Figures.Add(Figure.Data("passiveShare", result.PassiveShare));
        section.Figures.Add(Figure.Data("detractorShare", result.DetractorShare));
        section.Figures.Add(new Figure("standardError", "Standard error", result.StandardError, Format.Number(result.StandardError)));
        section.Figures.Add(Figure.Line($"{Format.Level(level)} interval", $"{Format.Interval(interval)}  {MethodText(method)}"));
        section.Figures.Add(Figure.Data("intervalLevel", level));
        section.Figures.Add(Figure.Data("intervalMethod", method.ToString()));
        section.Figures.Add(Figure.Data("intervalLower", interval.Lower));
        section.Figures.Add(Figure.Data("intervalUpper", interval.Upper));
        section.Figures.Add(new Figure("meanAnswer", "Mean answer", distribution.Mean, Format.Number(distribution.Mean, "0.00")));
        section.Figures.Add(new Figure("blank", "Blank (not counted)", answers.Blank, Format.Count(answers.Blank)));
        if (answers.Skipped > 0)
        {
            section.Figures.Add(new Figure("skipped", "Invalid (skipped)", answers.Skipped, Format.Count(answers.Skipped)));
        }

        section.ChartTitle = "Answers (0 = would not recommend, 10 = would recommend)";
        for (int score = Nps.MinScore; score <= Nps.MaxScore; score++)
        {
            section.Chart.Add(new Bar(score.ToString(System.Globalization.CultureInfo.InvariantCulture), distribution[score]));
        }

        if (result.Total == 0)
        {
            section.Notes.Add("no answers: the score is undefined.");
        }
        else if (result.IsSmallSample)
        {
            section.Notes.Add($"fewer than {NpsResult.DefaultMinimumSampleSize} respondents; read the score and its interval with caution.");
        }

        if (answers.Skipped > 0)
        {
            section.Notes.Add($"{answers.Skipped} invalid value(s) were skipped at your request (--skip-invalid).");
        }

        return section;
    }

    internal static ReportTable Segments(string key, string title, string keyLabel, IEnumerable<KeyValuePair<string, NpsResult>> segments, double level, NpsIntervalMethod method)
    {
        var table = new ReportTable(
            key,
            title,
            [new Column("segment", keyLabel, RightAligned: false), new Column("respondents", "N"), new Column("score", "NPS"), new Column("intervalLower", "Lower"), new Column("intervalUpper", "Upper"), new Column("band", "Band", RightAligned: false)]);
        foreach ((string segment, NpsResult result) in segments)
        {
            ConfidenceInterval interval = result.ConfidenceInterval(level, method);
            table.Rows.Add(
            [
                (segment, segment),
                (result.Total, Format.Count(result.Total)),
                (result.Score, Format.Signed(result.Score)),
                (interval.Lower, Format.Signed(interval.Lower)),
                (interval.Upper, Format.Signed(interval.Upper)),
                (result.Band.ToString(), result.Band.ToString() + (result.IsSmallSample ? " (small sample)" : string.Empty)),
            ]);
        }

        return table;
    }

    internal static ReportTable Trend(string key, string title, IReadOnlyList<NpsTrendPoint<string>> trend)
    {
        var table = new ReportTable(
            key,
            title,
            [new Column("period", "Period", RightAligned: false), new Column("respondents", "N"), new Column("score", "NPS"), new Column("change", "Change"), new Column("pValue", "p-value"), new Column("significant", "Significant", RightAligned: false)]);
        foreach (NpsTrendPoint<string> point in trend)
        {
            NpsComparison? change = point.ChangeFromPrevious;
            table.Rows.Add(
            [
                (point.Period, point.Period),
                (point.Result.Total, Format.Count(point.Result.Total)),
                (point.Result.Score, Format.Signed(point.Result.Score)),
                (change?.Difference, change is { } c ? Format.Signed(c.Difference) : "-"),
                (change?.PValue, change is { } p ? Format.PValue(p.PValue) : "-"),
                (change?.IsSignificant, change is null ? "-" : point.IsSignificantChange ? "yes" : "no"),
            ]);
        }

        return table;
    }

    internal static string BandText(NpsBand band) => band switch
    {
        NpsBand.High => "High: service at a high level, loyalty grows by itself",
        NpsBand.Average => "Average: develop the customer service",
        NpsBand.Low => "Low: rethink the approach to customers",
        _ => "undefined: no answers",
    };

    private static string MethodText(NpsIntervalMethod method) => method switch
    {
        NpsIntervalMethod.Wald => "Wald",
        NpsIntervalMethod.Score => "score (iterative)",
        _ => "adjusted Wald",
    };

    private static string CountAndShare(long count, double share) => $"{Format.Count(count),-6} {Format.Percent(share),7}";
}
