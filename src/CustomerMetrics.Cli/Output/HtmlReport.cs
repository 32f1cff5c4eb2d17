using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace CustomerMetrics.Cli.Output;

/// <summary>
/// The report as one self-contained HTML file: inline CSS and SVG, no scripts, nothing fetched from
/// elsewhere, so it opens offline and can be mailed. Each section shows its figures beside its charts,
/// then its tables, its notes, and the formulas with their sources as footnotes. The markup is
/// well-formed XML (and valid HTML), so tests read it with an XML parser.
/// </summary>
internal static class HtmlReport
{
    private const string Css = """
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #212121; line-height: 1.45; }
        h1 { font-size: 1.6rem; margin-bottom: .2rem; }
        h2 { font-size: 1.25rem; border-bottom: 2px solid #1565c0; padding-bottom: .2rem; margin-top: 2.5rem; }
        header p, .generated { color: #616161; margin-top: 0; }
        nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
        nav a { color: #1565c0; text-decoration: none; }
        .layout { display: grid; grid-template-columns: minmax(260px, 1fr) minmax(0, 600px); gap: 1.5rem; align-items: start; }
        @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
        .charts { display: flex; flex-direction: column; gap: 1rem; }
        figure { margin: 0; }
        figcaption { font-size: .9rem; color: #424242; margin-bottom: .3rem; font-weight: 600; }
        table { border-collapse: collapse; font-size: .9rem; }
        table.figures th { text-align: left; font-weight: normal; color: #424242; padding: .15rem 1rem .15rem 0; vertical-align: top; }
        table.figures td { padding: .15rem 0; font-weight: 600; }
        table.data { margin-top: 1.2rem; }
        table.data caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
        table.data th, table.data td { border-bottom: 1px solid #e0e0e0; padding: .25rem .7rem; }
        table.data th { background: #f5f5f5; text-align: left; }
        table.data td.number { text-align: right; font-variant-numeric: tabular-nums; }
        .notes p { background: #fff8e1; border-left: 4px solid #ffb300; padding: .4rem .7rem; margin: .6rem 0; }
        ol.formulas { font-size: .85rem; color: #424242; }
        svg.chart { max-width: 100%; height: auto; background: #fff; }
        svg .grid { stroke: #eeeeee; }
        svg .axis { stroke: #757575; }
        svg .tick, svg .label { font-size: 11px; fill: #616161; }
        svg .value { font-size: 10px; fill: #424242; }
        svg .bar.plain, svg .dot.plain { fill: #1565c0; }
        svg .promoter, svg .met { fill: #2e7d32; }
        svg .passive { fill: #9e9e9e; }
        svg .detractor, svg .missed { fill: #c62828; }
        svg .whisker { stroke: #212121; stroke-width: 1.2; }
        svg .line { fill: none; stroke: #1565c0; stroke-width: 2; }
        svg .band { fill: #90caf9; fill-opacity: .45; stroke: none; }
        svg .target { stroke: #ef6c00; stroke-width: 1.5; stroke-dasharray: 6 4; }
        svg .target-label { font-size: 11px; fill: #ef6c00; }
        svg .missing { font-size: 11px; fill: #9e9e9e; }
        """;

    internal static void Write(TextWriter output, string title, IReadOnlyList<ReportSection> sections, string version)
    {
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, Encoding = Encoding.UTF8, ConformanceLevel = ConformanceLevel.Document };
        using XmlWriter xml = XmlWriter.Create(output, settings);
        xml.WriteDocType("html", null, null, null);
        xml.WriteStartElement("html");
        xml.WriteAttributeString("lang", "en");
        xml.WriteStartElement("head");
        Void(xml, "meta", ("charset", "utf-8"));
        Void(xml, "meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        Text(xml, "title", title);
        Text(xml, "style", Css);
        xml.WriteFullEndElement();

        xml.WriteStartElement("body");
        xml.WriteStartElement("header");
        Text(xml, "h1", title);
        Text(xml, "p", $"Computed by customer-metrics {version} with the CustomerMetrics library. Each section lists its formulas and their sources at the end.", ("class", "generated"));
        xml.WriteFullEndElement();

        if (sections.Count > 1)
        {
            xml.WriteStartElement("nav");
            xml.WriteStartElement("ul");
            foreach (ReportSection section in sections)
            {
                xml.WriteStartElement("li");
                Text(xml, "a", section.Title, ("href", "#" + section.Key));
                xml.WriteFullEndElement();
            }

            xml.WriteFullEndElement();
            xml.WriteFullEndElement();
        }

        foreach (ReportSection section in sections)
        {
            WriteSection(xml, section);
        }

        xml.WriteFullEndElement();
        xml.WriteFullEndElement();
    }

    private static void WriteSection(XmlWriter xml, ReportSection section)
    {
        xml.WriteStartElement("section");
        xml.WriteAttributeString("id", section.Key);
        Text(xml, "h2", section.Title);

        xml.WriteStartElement("div");
        xml.WriteAttributeString("class", "layout");
        List<Figure> shown = section.Figures.Where(f => f.Display is not null).ToList();
        if (shown.Count > 0)
        {
            xml.WriteStartElement("table");
            xml.WriteAttributeString("class", "figures");
            xml.WriteStartElement("tbody");
            foreach (Figure figure in shown)
            {
                xml.WriteStartElement("tr");
                Text(xml, "th", figure.Label);
                Text(xml, "td", figure.Display!);
                xml.WriteFullEndElement();
            }

            xml.WriteFullEndElement();
            xml.WriteFullEndElement();
        }

        if (section.Charts.Count > 0)
        {
            xml.WriteStartElement("div");
            xml.WriteAttributeString("class", "charts");
            foreach (Chart chart in section.Charts)
            {
                xml.WriteStartElement("figure");
                Text(xml, "figcaption", chart.Title);
                SvgChart.Write(xml, chart, $"{section.Key}.{chart.Key}");
                xml.WriteFullEndElement();
            }

            xml.WriteFullEndElement();
        }

        xml.WriteFullEndElement();

        foreach (ReportTable table in section.Tables)
        {
            WriteTable(xml, table);
        }

        if (section.Notes.Count > 0)
        {
            xml.WriteStartElement("div");
            xml.WriteAttributeString("class", "notes");
            foreach (string note in section.Notes)
            {
                Text(xml, "p", note, ("class", "note"));
            }

            xml.WriteFullEndElement();
        }

        if (section.Formulas.Count > 0)
        {
            xml.WriteStartElement("ol");
            xml.WriteAttributeString("class", "formulas");
            foreach (string formula in section.Formulas)
            {
                Text(xml, "li", formula);
            }

            xml.WriteFullEndElement();
        }

        xml.WriteFullEndElement();
    }

    private static void WriteTable(XmlWriter xml, ReportTable table)
    {
        xml.WriteStartElement("table");
        xml.WriteAttributeString("class", "data");
        xml.WriteAttributeString("data-table", table.Key);
        Text(xml, "caption", table.Title);
        xml.WriteStartElement("thead");
        xml.WriteStartElement("tr");
        foreach (Column column in table.Columns)
        {
            Text(xml, "th", column.Label, ("scope", "col"));
        }

        xml.WriteFullEndElement();
        xml.WriteFullEndElement();
        xml.WriteStartElement("tbody");
        foreach (var row in table.Rows)
        {
            xml.WriteStartElement("tr");
            for (int i = 0; i < table.Columns.Count; i++)
            {
                if (table.Columns[i].RightAligned)
                {
                    Text(xml, "td", row[i].Display, ("class", "number"));
                }
                else
                {
                    Text(xml, "td", row[i].Display);
                }
            }

            xml.WriteFullEndElement();
        }

        xml.WriteFullEndElement();
        xml.WriteFullEndElement();
    }

    /// <summary>An element with text; never written as <c>&lt;x /&gt;</c>, which HTML would read as an unclosed start tag.</summary>
    private static void Text(XmlWriter xml, string name, string text, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name);
        foreach ((string attribute, string value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }

        xml.WriteString(text);
        xml.WriteFullEndElement();
    }

    /// <summary>A void element of HTML (<c>meta</c>), the only kind written self-closed.</summary>
    private static void Void(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name);
        foreach ((string attribute, string value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }

        xml.WriteEndElement();
    }
}
