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
/// <param name="Key">camelCase key for JSON and CSV; <c>null</c> for a line shown only in the table.</param>
/// <param name="Label">Label for the table format.</param>
/// <param name="Value">A number (NaN is written as null / empty), a string, or null.</param>
/// <param name="Display">The value as printed in the table format; <c>null</c> for a figure shown only in JSON and CSV.</param>
internal sealed record Figure(string? Key, string Label, object? Value, string? Display)
{
    /// <summary>A figure for JSON and CSV only (the table shows it combined with others).</summary>
    internal static Figure Data(string key, object? value) => new(key, key, value, null);

    /// <summary>A line for the table only (its parts are separate data figures).</summary>
    internal static Figure Line(string label, string display) => new(null, label, null, display);
}

/// <summary>A column of a <see cref="ReportTable"/>.</summary>
internal sealed record Column(string Key, string Label, bool RightAligned = true);

/// <summary>A small table: one row per segment, period, employee…</summary>
internal sealed record ReportTable(string Key, string Title, IReadOnlyList<Column> Columns)
{
    /// <summary>Each row holds one cell per column: the raw value and its display text.</summary>
    public List<(object? Value, string Display)[]> Rows { get; } = new();
}

/// <summary>A labelled count for a bar chart of a distribution.</summary>
internal sealed record Bar(string Label, long Count);

/// <summary>A section of a report: figures, then tables, then a bar chart, then notes.</summary>
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

    internal string? ChartTitle { get; set; }

    internal List<Bar> Chart { get; } = new();

    internal List<string> Notes { get; } = new();
}
