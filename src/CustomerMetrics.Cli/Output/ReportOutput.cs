using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;

namespace CustomerMetrics.Cli.Output;

/// <summary>Where and how a command's report goes: <c>--format</c>, <c>--output</c>, <c>--html</c>.</summary>
/// <param name="Format">The format asked for, or <c>null</c> when none was (a table, unless only HTML was asked for).</param>
/// <param name="OutputPath">The file to write instead of standard output.</param>
/// <param name="HtmlPath">The HTML report to write as well.</param>
/// <param name="Currency">Written after money (<c>--currency</c>).</param>
internal sealed record OutputSettings(OutputFormat? Format, string? OutputPath, string? HtmlPath, string? Currency)
{
    internal static OutputSettings Default { get; } = new(null, null, null, null);
}

/// <summary>Writes a command's report sections as its settings say.</summary>
internal static class ReportOutput
{
    /// <summary>The library's version (without the commit that source link appends).</summary>
    internal static string Version =>
        typeof(Nps).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    internal static void Write(IReadOnlyList<ReportSection> sections, OutputSettings settings, CliConsole console, string htmlTitle)
    {
        if (settings.HtmlPath is { } htmlPath)
        {
            WriteFile(htmlPath, writer => HtmlReport.Write(writer, htmlTitle, sections, Version));
            if (settings.Format is null && settings.OutputPath is null)
            {
                console.Out.WriteLine($"Wrote the HTML report to {htmlPath} (open it in a browser).");
                return;
            }
        }

        OutputFormat format = settings.Format ?? OutputFormat.Table;
        if (format == OutputFormat.Csv && settings.OutputPath is { } csvPath && sections.Count > 1)
        {
            // A spreadsheet opens one table per file: report.csv becomes report-nps.csv, report-loss.csv…
            foreach (ReportSection section in sections)
            {
                string path = Path.Combine(Path.GetDirectoryName(csvPath) ?? string.Empty, $"{Path.GetFileNameWithoutExtension(csvPath)}-{section.Key}{Path.GetExtension(csvPath)}");
                WriteFile(path, writer => CsvReport.Write(writer, CsvReport.TableOf(section)));
            }

            return;
        }

        void Body(TextWriter writer, bool colors)
        {
            switch (format)
            {
                case OutputFormat.Json:
                    JsonReport.Write(writer, sections);
                    break;
                case OutputFormat.Csv:
                    for (int i = 0; i < sections.Count; i++)
                    {
                        if (i > 0)
                        {
                            writer.WriteLine();
                        }

                        CsvReport.Write(writer, CsvReport.TableOf(sections[i]));
                    }

                    break;
                default:
                    TextReport.Write(writer, sections, colors);
                    break;
            }
        }

        if (settings.OutputPath is { } outputPath)
        {
            WriteFile(outputPath, writer => Body(writer, colors: false));
        }
        else
        {
            Body(console.Out, console.Colors);
        }
    }

    private static void WriteFile(string path, Action<TextWriter> write)
    {
        try
        {
            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
            write(writer);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: cannot write: {error.Message}");
        }
    }
}
