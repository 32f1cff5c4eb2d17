using System;
using System.IO;

namespace CustomerMetrics.Cli;

/// <summary>
/// What the tool reads and writes, so that tests run it in-process: standard input, output and error,
/// and whether the output is a terminal that shows colours.
/// </summary>
/// <param name="In">Standard input (read when a file is named <c>-</c>).</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error: one line per problem.</param>
/// <param name="Colors">Whether the text report may use ANSI colours.</param>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool Colors)
{
    /// <summary>
    /// The process's console. Colours only on a terminal, never with <c>NO_COLOR</c> set (https://no-color.org)
    /// or <c>TERM=dumb</c>.
    /// </summary>
    internal static CliConsole System() =>
        new(Console.In, Console.Out, Console.Error, UsesColors(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM")));

    /// <summary>Colours only on a terminal, never with <c>NO_COLOR</c> set to anything but empty, never with <c>TERM=dumb</c>.</summary>
    internal static bool UsesColors(bool outputRedirected, string? noColor, string? term) =>
        !outputRedirected && string.IsNullOrEmpty(noColor) && term != "dumb";
}
