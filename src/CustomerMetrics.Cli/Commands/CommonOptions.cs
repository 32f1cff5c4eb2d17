using System;
using System.CommandLine;
using System.Globalization;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Commands;

/// <summary>How a command reads numbers, and files if it reads any: <c>--decimal-comma</c>, <c>--culture</c>, <c>--delimiter</c>, <c>--input-format</c>.</summary>
internal sealed class InputOptions
{
    private readonly Option<bool> decimalComma = new("--decimal-comma")
    {
        Description = "Numbers are written with a decimal comma (10000,5), as spreadsheets in Russia and Lithuania write them. Without it, a comma in a number is an error, never guessed.",
    };

    private readonly Option<string?> culture = new("--culture")
    {
        Description = "Read numbers as this culture writes them (ru-RU, lt-LT, en-US): its decimal separator, and nothing else (no thousands separators).",
        HelpName = "NAME",
    };

    private readonly Option<string?>? delimiter;
    private readonly Option<string?>? inputFormat;

    internal InputOptions(Command command, bool readsFiles)
    {
        command.Options.Add(decimalComma);
        command.Options.Add(culture);
        if (readsFiles)
        {
            delimiter = new Option<string?>("--delimiter")
            {
                Description = "The CSV delimiter: ',', ';', 'tab' or another single character. Default: detected from the header (',', ';' or tab).",
                HelpName = "D",
            };
            inputFormat = new Option<string?>("--input-format")
            {
                Description = "csv or json (an array of objects, one per row). Default: json for files ending in .json, csv otherwise.",
                HelpName = "csv|json",
            };
            inputFormat.AcceptOnlyFromAmong("csv", "json");
            command.Options.Add(delimiter);
            command.Options.Add(inputFormat);
        }
    }

    internal InputSettings Read(ParseResult result)
    {
        DecimalSeparator separator = DecimalSeparator.Point;
        if (result.GetValue(culture) is { } name)
        {
            if (result.GetValue(decimalComma))
            {
                throw new CliException("give either --decimal-comma or --culture, not both");
            }

            CultureInfo info;
            try
            {
                info = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                throw new CliException($"--culture '{TextInput.ForMessage(name)}' is not a culture this system knows (e.g. ru-RU, lt-LT, en-US)");
            }

            separator = InputSettings.SeparatorOf(info, "--culture");
        }
        else if (result.GetValue(decimalComma))
        {
            separator = DecimalSeparator.Comma;
        }

        char? column = delimiter is null ? null : Delimiter(result.GetValue(delimiter));
        InputKind? kind = inputFormat is null ? null : result.GetValue(inputFormat) switch
        {
            "json" => InputKind.Json,
            "csv" => InputKind.Csv,
            _ => null,
        };
        return new InputSettings(column, separator, kind);
    }

    private static char? Delimiter(string? text) => text switch
    {
        null => null,
        "tab" or "\\t" or "\t" => '\t',
        { Length: 1 } when text[0] is not ('"' or '\r' or '\n') && text[0] < 128 => text[0],
        _ => throw new CliException($"--delimiter '{TextInput.ForMessage(text)}' is not a delimiter: give one character such as ',' or ';', or 'tab'"),
    };
}

/// <summary>Where the report goes and how: <c>--format</c>, <c>--output</c>, <c>--html</c>, and <c>--currency</c> for money.</summary>
internal sealed class OutputOptions
{
    private readonly Option<string?> format = new("--format")
    {
        Description = "table (for people; the default), json (every figure, full precision) or csv (one tidy table per section, for spreadsheets).",
        HelpName = "table|json|csv",
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write the report to this file instead of the terminal. CSV of several sections: one file per section (FILE-nps.csv…).",
        HelpName = "FILE",
    };

    private readonly Option<string?> html = new("--html")
    {
        Description = "Also write a self-contained HTML report with charts (inline CSS and SVG, opens offline).",
        HelpName = "FILE",
    };

    private readonly Option<string?>? currency;

    internal OutputOptions(Command command, bool hasMoney)
    {
        format.AcceptOnlyFromAmong("table", "json", "csv");
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(html);
        if (hasMoney)
        {
            currency = new Option<string?>("--currency")
            {
                Description = "Written after every amount of money, e.g. RUB, EUR or ₽ (amounts are in the unit of the input).",
                HelpName = "CODE",
            };
            command.Options.Add(currency);
        }
    }

    internal OutputSettings Read(ParseResult result) => new(
        result.GetValue(format) switch
        {
            "json" => OutputFormat.Json,
            "csv" => OutputFormat.Csv,
            "table" => OutputFormat.Table,
            _ => null,
        },
        result.GetValue(output),
        result.GetValue(html),
        currency is null ? null : result.GetValue(currency));
}

/// <summary>Numbers given as options, read as strictly as cells: an error names the option and how to write the value.</summary>
internal static class OptionValues
{
    internal static decimal? Decimal(ParseResult result, Option<string?> option, InputSettings settings) =>
        result.GetValue(option) is { } text
            ? settings.TryDecimal(text, out decimal value, out string problem) ? value : throw new CliException($"{option.Name}: {problem}")
            : null;

    internal static double? Double(ParseResult result, Option<string?> option, InputSettings settings) =>
        result.GetValue(option) is { } text
            ? settings.TryDouble(text, out double value, out string problem) ? value : throw new CliException($"{option.Name}: {problem}")
            : null;

    internal static int? Int32(ParseResult result, Option<string?> option, InputSettings settings) =>
        result.GetValue(option) is { } text
            ? settings.TryInt32(text, out int value, out string problem) ? value : throw new CliException($"{option.Name}: {problem}")
            : null;

    /// <summary>A share or probability in [<paramref name="low"/>, <paramref name="high"/>] (bounds included unless said).</summary>
    internal static double? Share(ParseResult result, Option<string?> option, InputSettings settings, string example, bool lowIncluded = true, bool highIncluded = true, double low = 0, double high = 1)
    {
        if (Double(result, option, settings) is not { } value)
        {
            return null;
        }

        bool above = lowIncluded ? value >= low : value > low;
        bool below = highIncluded ? value <= high : value < high;
        if (!(above && below))
        {
            string range = $"{(lowIncluded ? "[" : "(")}{low.ToString(CultureInfo.InvariantCulture)}, {high.ToString(CultureInfo.InvariantCulture)}{(highIncluded ? "]" : ")")}";
            throw new CliException($"{option.Name} should be in {range}, e.g. {example}; got {TextInput.ForMessage(result.GetValue(option))}");
        }

        return value;
    }

    /// <summary>A name from a fixed list, e.g. a method or a form.</summary>
    internal static Option<string?> Choice(string name, string description, params string[] choices)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = string.Join("|", choices) };
        option.AcceptOnlyFromAmong(choices);
        return option;
    }

    /// <summary>Time spans written with a unit: 500ms, 20s, 30m, 4h, 1d.</summary>
    internal static TimeSpan? Duration(ParseResult result, Option<string?> option, InputSettings settings, TimeSpan defaultUnit)
    {
        if (result.GetValue(option) is not { } text)
        {
            return null;
        }

        return Durations.TryParse(text, defaultUnit, settings, out TimeSpan value, out string problem)
            ? value
            : throw new CliException($"{option.Name}: {problem}");
    }
}
