using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace CustomerMetrics.Cli.Commands;

/// <summary>
/// Commands with a one-line summary (listed by <c>customer-metrics --help</c>) and a longer explanation
/// that their own <c>--help</c> adds after System.CommandLine's usage and options.
/// </summary>
internal static class CommandHelp
{
    internal const int Width = 100;

    private static readonly ConditionalWeakTable<Command, string> Details = new();

    /// <summary>A command with its summary and details.</summary>
    internal static Command Create(string name, string summary, string details)
    {
        var command = new Command(name, summary);
        Details.AddOrUpdate(command, details);
        return command;
    }

    /// <summary>
    /// Makes the root's help option print the details of the command asked about, wrapped at <see cref="Width"/>,
    /// and <c>--version</c> print the library's version (not the host's, when the tool runs inside another program).
    /// </summary>
    internal static void Install(RootCommand root, string version)
    {
        HelpOption option = root.Options.OfType<HelpOption>().Single();
        var standard = (HelpAction)option.Action!;
        standard.MaxWidth = Width;
        option.Action = new DetailedHelp(standard);
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion(version);
    }

    /// <summary>Words wrapped at <paramref name="width"/> columns, paragraphs kept.</summary>
    internal static string Wrap(string text, int width, string indent)
    {
        var wrapped = new StringBuilder();
        foreach (string paragraph in text.Split('\n'))
        {
            var line = new StringBuilder(indent);
            foreach (string word in paragraph.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > indent.Length && line.Length + 1 + word.Length > width)
                {
                    wrapped.AppendLine(line.ToString());
                    line.Clear().Append(indent);
                }

                line.Append(line.Length > indent.Length ? " " : string.Empty).Append(word);
            }

            wrapped.AppendLine(line.ToString());
        }

        return wrapped.ToString();
    }

    private sealed class PrintVersion(string version) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return 0;
        }
    }

    private sealed class DetailedHelp(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int exitCode = standard.Invoke(parseResult);
            if (Details.TryGetValue(parseResult.CommandResult.Command, out string? details))
            {
                TextWriter output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Details:");
                output.Write(Wrap(details, Width, "  "));
                output.WriteLine();
            }

            return exitCode;
        }
    }
}
