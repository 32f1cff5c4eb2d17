using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Input;

/// <summary>What kind of file an input is: chosen with <c>--input-format</c>, else by its extension.</summary>
internal enum InputKind
{
    Csv,
    Json,
}

/// <summary>How the input files of a command are read: <c>--delimiter</c>, <c>--decimal-comma</c> / <c>--culture</c> and <c>--input-format</c>.</summary>
/// <param name="Delimiter">The CSV field delimiter, or <c>null</c> to detect it from the header (<c>,</c> <c>;</c> or tab).</param>
/// <param name="DecimalSeparator">The decimal separator of numbers in cells and options: a point unless a comma was asked for.</param>
/// <param name="Kind">The kind of the input files, or <c>null</c> to go by their extension (<c>.json</c> is JSON, anything else CSV).</param>
internal sealed record InputSettings(char? Delimiter, DecimalSeparator DecimalSeparator, InputKind? Kind)
{
    internal static InputSettings Default { get; } = new(null, DecimalSeparator.Point, null);

    /// <summary>The kind of the file at <paramref name="path"/>.</summary>
    internal InputKind KindOf(string path) =>
        Kind ?? (path.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase) ? InputKind.Json : InputKind.Csv);

    /// <summary>The decimal separator of a culture, for <c>--culture</c>: a point or a comma, nothing else.</summary>
    internal static DecimalSeparator SeparatorOf(CultureInfo culture, string option) =>
        culture.NumberFormat.NumberDecimalSeparator switch
        {
            "." => DecimalSeparator.Point,
            "," => DecimalSeparator.Comma,
            string other => throw new CliException(
                $"{option} '{culture.Name}' writes decimals with '{TextInput.ForMessage(other)}'; numbers are read with a decimal point or a decimal comma only"),
        };

    /// <summary>Reads a number as these settings say; the message names what was expected and how to write it.</summary>
    internal bool TryDecimal(string text, out decimal value, out string problem)
    {
        NumberProblem found = NumberText.TryParseDecimal(text, DecimalSeparator, out value);
        problem = found == NumberProblem.None ? string.Empty : Describe(found, text, "a number");
        return found == NumberProblem.None;
    }

    /// <inheritdoc cref="TryDecimal"/>
    internal bool TryDouble(string text, out double value, out string problem)
    {
        NumberProblem found = NumberText.TryParseDouble(text, DecimalSeparator, out value);
        problem = found == NumberProblem.None ? string.Empty : Describe(found, text, "a number");
        return found == NumberProblem.None;
    }

    /// <inheritdoc cref="TryDecimal"/>
    internal bool TryInt32(string text, out int value, out string problem)
    {
        NumberProblem found = NumberText.TryParseInt32(text, out value);
        problem = found == NumberProblem.None ? string.Empty : Describe(found, text, "a whole number");
        return found == NumberProblem.None;
    }

    /// <summary>NumberText's explanation, with the option that reads decimal commas when a comma was the trouble.</summary>
    private string Describe(NumberProblem problem, string text, string expected)
    {
        string message = NumberText.Describe(problem, text, expected);
        return problem == NumberProblem.UnexpectedComma && DecimalSeparator == DecimalSeparator.Point
            ? message + " (or pass --decimal-comma if every number is written with a decimal comma)"
            : message;
    }
}
