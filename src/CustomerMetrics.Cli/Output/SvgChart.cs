using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;

namespace CustomerMetrics.Cli.Output;

/// <summary>
/// Draws a <see cref="Chart"/> as inline SVG: bars (with interval whiskers) or a line (with an interval
/// band), a value axis with its unit, the target as a dashed line. Every data point is one element of
/// class <c>point</c> with <c>data-label</c> and <c>data-value</c> (round-trip precision), and a tooltip.
/// </summary>
internal static class SvgChart
{
    internal const string Namespace = "http://www.w3.org/2000/svg";
    private const double Width = 600;
    private const double PlotHeight = 200;
    private const double Left = 64;
    private const double Right = 24;
    private const double Top = 28;
    private const int MaxLabelLength = 16;

    /// <param name="xml">Where the SVG element goes.</param>
    /// <param name="chart">The chart.</param>
    /// <param name="id">Identifies the chart in the page (<c>data-chart</c>): the section's key and the chart's.</param>
    internal static void Write(XmlWriter xml, Chart chart, string id)
    {
        (double min, double max, double step) = Axis(chart);
        double plotWidth = Width - Left - Right;
        double plotHeight = PlotHeight;
        double Y(double value) => Top + (plotHeight * (1 - ((Math.Clamp(value, min, max) - min) / (max - min))));
        double slot = plotWidth / Math.Max(1, chart.Points.Count);
        double Center(int i) => Left + (slot * (i + 0.5));

        // Labels are turned when they would not fit under their bar (about 6.5 px a character at 11 px).
        int longest = chart.Points.Select(p => Math.Min(p.Label.Length, MaxLabelLength)).DefaultIfEmpty(0).Max();
        bool rotate = longest * 6.5 > slot * 0.95;
        double height = Top + plotHeight + (rotate ? (longest * 5.5) + 24 : 30);

        xml.WriteStartElement("svg", Namespace);
        Attributes(xml, ("viewBox", $"0 0 {N(Width)} {N(height)}"), ("width", N(Width)), ("height", N(height)), ("role", "img"), ("aria-label", chart.Title), ("class", "chart"), ("data-chart", id));
        Element(xml, "title", chart.Title);

        // Value axis: grid lines and tick labels with the unit.
        for (double tick = min; tick <= max + (step / 1e6); tick += step)
        {
            double y = Y(tick);
            Empty(xml, "line", ("x1", N(Left)), ("x2", N(Width - Right)), ("y1", N(y)), ("y2", N(y)), ("class", "grid"));
            Element(xml, "text", TickLabel(tick, step, chart.Unit), ("x", N(Left - 6)), ("y", N(y + 4)), ("class", "tick"), ("text-anchor", "end"));
        }

        double baseline = Y(Math.Clamp(0, min, max));
        Empty(xml, "line", ("x1", N(Left)), ("x2", N(Width - Right)), ("y1", N(baseline)), ("y2", N(baseline)), ("class", "axis"));

        if (chart.Kind == ChartKind.Line)
        {
            WriteBand(xml, chart, Center, Y);
            WriteLine(xml, chart, Center, Y);
        }

        for (int i = 0; i < chart.Points.Count; i++)
        {
            ChartPoint point = chart.Points[i];
            double x = Center(i);
            string tooltip = $"{point.Label}: {point.Display}";
            if (double.IsNaN(point.Value))
            {
                Element(xml, "text", "n/a", ("x", N(x)), ("y", N(baseline - 6)), ("class", "point missing"), ("text-anchor", "middle"), ("data-label", point.Label), ("data-value", "NaN"));
            }
            else if (chart.Kind == ChartKind.Bars)
            {
                double barWidth = slot * 0.7;
                double y = Y(point.Value);
                xml.WriteStartElement("rect", Namespace);
                Attributes(
                    xml,
                    ("x", N(x - (barWidth / 2))),
                    ("y", N(Math.Min(y, baseline))),
                    ("width", N(barWidth)),
                    ("height", N(Math.Abs(y - baseline))),
                    ("class", "point bar " + (point.Category ?? "plain")),
                    ("data-label", point.Label),
                    ("data-value", R(point.Value)));
                Element(xml, "title", tooltip);
                xml.WriteEndElement();
                if (chart.Points.Count <= 16)
                {
                    // The value above the bar (and above its whisker): its display when short, else the number and unit.
                    string shown = point.Display.Length <= 12 ? point.Display : point.Value.ToString("0.#", CultureInfo.InvariantCulture) + (chart.Unit == "%" ? " %" : string.Empty);
                    double top = Math.Min(Math.Min(y, baseline), point.Upper is { } high && double.IsFinite(high) ? Y(high) : double.MaxValue);
                    double bottom = Math.Max(Math.Max(y, baseline), point.Lower is { } low && double.IsFinite(low) ? Y(low) : double.MinValue);
                    Element(xml, "text", shown, ("x", N(x)), ("y", N(point.Value >= 0 ? top - 4 : bottom + 12)), ("class", "value"), ("text-anchor", "middle"));
                }
            }
            else
            {
                xml.WriteStartElement("circle", Namespace);
                Attributes(xml, ("cx", N(x)), ("cy", N(Y(point.Value))), ("r", "4"), ("class", "point dot " + (point.Category ?? "plain")), ("data-label", point.Label), ("data-value", R(point.Value)));
                Element(xml, "title", tooltip);
                xml.WriteEndElement();
            }

            if (chart.Kind == ChartKind.Bars && point.Lower is { } lower && point.Upper is { } upper && !double.IsNaN(lower) && !double.IsNaN(upper))
            {
                Empty(xml, "line", ("x1", N(x)), ("x2", N(x)), ("y1", N(Y(lower))), ("y2", N(Y(upper))), ("class", "whisker"));
                Empty(xml, "line", ("x1", N(x - 5)), ("x2", N(x + 5)), ("y1", N(Y(lower))), ("y2", N(Y(lower))), ("class", "whisker"));
                Empty(xml, "line", ("x1", N(x - 5)), ("x2", N(x + 5)), ("y1", N(Y(upper))), ("y2", N(Y(upper))), ("class", "whisker"));
            }

            string label = point.Label.Length > MaxLabelLength ? point.Label[..(MaxLabelLength - 1)] + "…" : point.Label;
            double labelY = Top + plotHeight + 16;
            if (rotate)
            {
                Element(xml, "text", label, ("x", N(x)), ("y", N(labelY)), ("class", "label"), ("text-anchor", "end"), ("transform", $"rotate(-35 {N(x)} {N(labelY)})"));
            }
            else
            {
                Element(xml, "text", label, ("x", N(x)), ("y", N(labelY)), ("class", "label"), ("text-anchor", "middle"));
            }
        }

        if (chart.Target is { } target)
        {
            double y = Y(target);
            Empty(xml, "line", ("x1", N(Left)), ("x2", N(Width - Right)), ("y1", N(y)), ("y2", N(y)), ("class", "target"), ("data-target", R(target)));
            // The target's label goes above the plot, as a legend, where no bar can cover it.
            Empty(xml, "line", ("x1", N(Width - Right - 150)), ("x2", N(Width - Right - 126)), ("y1", "10"), ("y2", "10"), ("class", "target"));
            Element(xml, "text", chart.TargetLabel ?? "target", ("x", N(Width - Right - 120)), ("y", "14"), ("class", "target-label"), ("text-anchor", "start"));
        }

        xml.WriteEndElement();
    }

    /// <summary>The value axis: from the least to just above the largest value (or the chart's bounds), in round steps.</summary>
    internal static (double Minimum, double Maximum, double Step) Axis(Chart chart)
    {
        IEnumerable<double> values = chart.Points.SelectMany(p => new[] { p.Value, p.Lower ?? double.NaN, p.Upper ?? double.NaN })
            .Append(chart.Target ?? double.NaN)
            .Where(double.IsFinite);
        double low = chart.Minimum ?? Math.Min(0, values.DefaultIfEmpty(0).Min());
        double high = chart.Maximum ?? values.DefaultIfEmpty(1).Max();
        if (!(high > low))
        {
            high = low + 1;
        }

        double step = NiceStep((high - low) / 5);
        double min = chart.Minimum ?? (Math.Floor(low / step) * step);
        double max = chart.Maximum ?? (Math.Ceiling(high / step) * step);
        if (!(max > min))
        {
            max = min + step;
        }

        return (min, max, step);
    }

    private static double NiceStep(double raw)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static void WriteBand(XmlWriter xml, Chart chart, Func<int, double> x, Func<double, double> y)
    {
        var upper = new List<string>();
        var lower = new List<string>();
        for (int i = 0; i < chart.Points.Count; i++)
        {
            if (chart.Points[i] is { Lower: { } l, Upper: { } u } && double.IsFinite(l) && double.IsFinite(u))
            {
                upper.Add($"{N(x(i))},{N(y(u))}");
                lower.Insert(0, $"{N(x(i))},{N(y(l))}");
            }
        }

        if (upper.Count >= 2)
        {
            Empty(xml, "polygon", ("points", string.Join(" ", upper.Concat(lower))), ("class", "band"));
        }
    }

    private static void WriteLine(XmlWriter xml, Chart chart, Func<int, double> x, Func<double, double> y)
    {
        // A NaN point breaks the line: each run of defined points is a polyline of its own.
        var run = new List<string>();
        void Flush()
        {
            if (run.Count >= 2)
            {
                Empty(xml, "polyline", ("points", string.Join(" ", run)), ("class", "line"));
            }

            run.Clear();
        }

        for (int i = 0; i < chart.Points.Count; i++)
        {
            if (double.IsNaN(chart.Points[i].Value))
            {
                Flush();
                continue;
            }

            run.Add($"{N(x(i))},{N(y(chart.Points[i].Value))}");
        }

        Flush();
    }

    private static string TickLabel(double tick, double step, string unit)
    {
        string digits = step >= 1 ? "0" : step >= 0.1 ? "0.0" : "0.00";
        string text = tick.ToString(digits, CultureInfo.InvariantCulture);
        return unit.Length == 0 ? text : unit == "%" ? text + " %" : text;
    }

    private static void Element(XmlWriter xml, string name, string text, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name, Namespace);
        Attributes(xml, attributes);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Empty(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name, Namespace);
        Attributes(xml, attributes);
        xml.WriteEndElement();
    }

    private static void Attributes(XmlWriter xml, params (string Name, string Value)[] attributes)
    {
        foreach ((string name, string value) in attributes)
        {
            xml.WriteAttributeString(name, value);
        }
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
