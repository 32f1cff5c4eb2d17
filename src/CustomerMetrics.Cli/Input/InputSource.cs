using System;
using System.IO;
using System.Text;

namespace CustomerMetrics.Cli.Input;

/// <summary>Opens a named input: a file path, or <c>-</c> for standard input.</summary>
internal static class InputSource
{
    internal const string StandardInputName = "-";

    internal static TextReader Open(string path, TextReader standardInput)
    {
        if (path == StandardInputName)
        {
            return standardInput;
        }

        try
        {
            return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: cannot open: {error.Message}");
        }
    }

    internal static string DisplayName(string path) => path == StandardInputName ? "<stdin>" : path;
}
