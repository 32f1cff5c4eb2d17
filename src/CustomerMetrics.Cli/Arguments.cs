using System;
using System.Collections.Generic;
using System.Globalization;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli;

/// <summary>
/// The command line after the command name: positional arguments, <c>--name value</c> or
/// <c>--name=value</c> options, and flags. Every option must be claimed by the command; anything
/// left over is reported as unknown, so a typo is never silently ignored.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> claimed = new(StringComparer.Ordinal);

    private Arguments(string command)
    {
        Command = command;
    }

    internal string Command { get; }

    internal List<string> Positional { get; } = new();

    /// <summary>Parses the arguments; <paramref name="flagNames"/> are the options that take no value.</summary>
    internal static Arguments Parse(string command, IReadOnlyList<string> args, IReadOnlySet<string> flagNames)
    {
        var parsed = new Arguments(command);
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                parsed.Positional.Add(arg);
                continue;
            }

            string name = arg[2..];
            string? value = null;
            int equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }

            if (flagNames.Contains(name))
            {
                if (value is not null)
                {
                    throw new CliException($"{command}: option --{name} takes no value");
                }

                parsed.flags.Add(name);
                continue;
            }

            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    throw new CliException($"{command}: option --{name} needs a value");
                }

                value = args[++i];
            }

            if (!parsed.options.TryAdd(name, value))
            {
                throw new CliException($"{command}: option --{name} is given twice");
            }
        }

        return parsed;
    }

    internal bool Flag(string name)
    {
        claimed.Add(name);
        return flags.Contains(name);
    }

    internal string? Option(string name)
    {
        claimed.Add(name);
        return options.TryGetValue(name, out string? value) ? value : null;
    }

    internal double DoubleOption(string name, double defaultValue)
    {
        string? text = Option(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw new CliException($"{Command}: --{name} '{text}' is not a number (use a dot as the decimal separator)");
        }

        return value;
    }

    internal double? DoubleOption(string name) => Option(name) is null ? null : DoubleOption(name, 0);

    internal decimal? DecimalOption(string name)
    {
        string? text = Option(name);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value))
        {
            throw new CliException($"{Command}: --{name} '{text}' is not a number (use a dot as the decimal separator)");
        }

        return value;
    }

    internal T EnumOption<T>(string name, T defaultValue, IReadOnlyDictionary<string, T> names)
    {
        string? text = Option(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (!names.TryGetValue(text.ToLowerInvariant(), out T? value))
        {
            throw new CliException($"{Command}: --{name} '{text}' is not one of: {string.Join(", ", names.Keys)}");
        }

        return value;
    }

    internal OutputFormat Format() =>
        EnumOption(
            "format",
            OutputFormat.Table,
            new Dictionary<string, OutputFormat> { ["table"] = OutputFormat.Table, ["json"] = OutputFormat.Json, ["csv"] = OutputFormat.Csv });

    /// <summary>Fails on options the command did not ask for, and on too many positional arguments.</summary>
    internal void EnsureAllUsed(int maxPositional)
    {
        foreach (string name in options.Keys)
        {
            if (!claimed.Contains(name))
            {
                throw new CliException($"{Command}: unknown option --{name} (see 'customer-metrics {Command} --help')");
            }
        }

        foreach (string name in flags)
        {
            if (!claimed.Contains(name))
            {
                throw new CliException($"{Command}: unknown option --{name} (see 'customer-metrics {Command} --help')");
            }
        }

        if (Positional.Count > maxPositional)
        {
            throw new CliException($"{Command}: unexpected argument '{Positional[maxPositional]}'");
        }
    }
}
