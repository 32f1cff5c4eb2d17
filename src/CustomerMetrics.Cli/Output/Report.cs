using System.Collections.Generic;

namespace CustomerMetrics.Cli.Output;

/// <summary>Output format chosen with <c>--format</c>.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}

/// <summary>One named figure: a machine key, a human label, the raw value and how a person reads it.</summary>
/// <param name="Key">camelCase key for JSON and CSV; <c>null</c> for a line shown only to people.</param>
/// <param name="Label">Label for people (the table format and the HTML report).</param>
/// <param name="Value">A number (NaN is written as null / empty), a string, a boolean, or null.</param>
/// <param name="Display">The value as people read it; <c>null</c> for a figure shown only in JSON and CSV.</param>
internal sealed record Figure(string? Key, string Label, object? Value, string? Display)
{
    /// <summary>A figure for JSON and CSV only (people see it combined with others).</summary>
    internal static Figure Data(string key, object? value) => new(key, key, value, null);

    /// <summary>A line for people only (its parts are separate data figures).</summary>
    internal static Figure Line(string label, string display) => new(null, label, null, display);
}

/// <summary>A column of a <see cref="ReportTable"/>.</summary>
/// <param name="Key">camelCase key for JSON and the CSV header.</param>
/// <param name="Label">The heading people read.</param>
/// <param name="RightAligned">Numbers are right-aligned in the text table.</param>
/// <param name="CsvFormat">How numbers of this column are written in CSV (invariant culture); <c>null</c> for the default of the value's type.</param>
internal sealed record Column(string Key, string Label, bool RightAligned = true, string? CsvFormat = null);

/// <summary>A small table: one row per segment, period, audit, respondent…</summary>
internal sealed record ReportTable(string Key, string Title, IReadOnlyList<Column> Columns)
{
    /// <summary>Each row holds one cell per column: the raw value and its display text.</summary>
    public List<(object? Value, string Display)[]> Rows { get; } = new();
}

/// <summary>How a chart draws its points.</summary>
internal enum ChartKind
{
    /// <summary>One bar per point (with an optional interval whisker).</summary>
    Bars,

    /// <summary>A line through the points (with an optional interval band).</summary>
    Line,
}

/// <summary>A point of a chart.</summary>
/// <param name="Label">The category or x value.</param>
/// <param name="Value">The value plotted; NaN is left out of the drawing and said so.</param>
/// <param name="Display">The value as people read it, in tooltips and the terminal.</param>
/// <param name="Category">Picks the colour: promoter, passive, detractor, met, missed; <c>null</c> for the default.</param>
/// <param name="Lower">The lower end of an interval around the value, if any.</param>
/// <param name="Upper">The upper end of the interval.</param>
internal sealed record ChartPoint(string Label, double Value, string Display, string? Category = null, double? Lower = null, double? Upper = null);

/// <summary>A chart of a report section: drawn as SVG in the HTML report, as bars in the terminal when it is a distribution.</summary>
/// <param name="Key">Identifies the chart (and, for a distribution, its key in JSON).</param>
/// <param name="Title">What the chart shows, with its unit.</param>
/// <param name="Kind">Bars or a line.</param>
/// <param name="Points">The data points, in order.</param>
/// <param name="Unit">The unit of the value axis, written after its tick labels ("%", "points", or empty for counts).</param>
/// <param name="Target">A target drawn as a horizontal line, if any.</param>
/// <param name="TargetLabel">The target's label.</param>
/// <param name="Minimum">The bottom of the value axis (otherwise 0 or the least value).</param>
/// <param name="Maximum">The top of the value axis (otherwise just above the largest value).</param>
/// <param name="IsDistribution">Counts of a distribution: also shown as terminal bars and written to JSON.</param>
internal sealed record Chart(
    string Key,
    string Title,
    ChartKind Kind,
    IReadOnlyList<ChartPoint> Points,
    string Unit,
    double? Target = null,
    string? TargetLabel = null,
    double? Minimum = null,
    double? Maximum = null,
    bool IsDistribution = false);

/// <summary>A section of a report: figures, tables, charts, notes for the reader, and the formulas with their sources.</summary>
internal sealed class ReportSection
{
    internal ReportSection(string key, string title)
    {
        Key = key;
        Title = title;
    }

    internal string Key { get; }

    internal string Title { get; }

    internal List<Figure> Figures { get; } = new();

    internal List<ReportTable> Tables { get; } = new();

    internal List<Chart> Charts { get; } = new();

    /// <summary>What a reader should know to read the figures right (small samples, intervals, skipped rows).</summary>
    internal List<string> Notes { get; } = new();

    /// <summary>The formulas behind the figures and where they come from: footnotes of the HTML report.</summary>
    internal List<string> Formulas { get; } = new();

    /// <summary>
    /// The one tidy table of the section for <c>--format csv</c> (one row per segment, period, audit,
    /// respondent…); <c>null</c> writes the section's figures as a table of one row.
    /// </summary>
    internal ReportTable? CsvTable { get; set; }
}
