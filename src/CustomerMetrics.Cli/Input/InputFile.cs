using System;
using System.IO;
using System.Text;

namespace CustomerMetrics.Cli.Input;

/// <summary>Reads a named input — a file path, or <c>-</c> for standard input — and gives it to the CSV or JSON reader.</summary>
internal static class InputFile
{
    internal const string StandardInput = "-";

    /// <summary>The file as messages name it.</summary>
    internal static string DisplayName(string path) => path == StandardInput ? "<stdin>" : path;

    /// <summary>Reads a table from <paramref name="path"/> as <paramref name="settings"/> say.</summary>
    internal static Table ReadTable(string path, CliConsole console, InputSettings settings, bool hasHeader)
    {
        string name = DisplayName(path);
        byte[] bytes = ReadAllBytes(path, console);
        return settings.KindOf(path) == InputKind.Json
            ? JsonInput.Read(name, bytes, settings, hasHeader)
            : CsvInput.Read(name, bytes, settings, hasHeader);
    }

    /// <summary>The whole input as bytes; standard input is read as text and encoded as UTF-8.</summary>
    internal static byte[] ReadAllBytes(string path, CliConsole console)
    {
        if (path == StandardInput)
        {
            return Encoding.UTF8.GetBytes(console.In.ReadToEnd());
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: cannot open: {error.Message}");
        }
    }

    /// <summary>The whole input as text (UTF-8, a byte-order mark removed).</summary>
    internal static string ReadAllText(string path, CliConsole console)
    {
        byte[] bytes = ReadAllBytes(path, console);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes).TrimStart('\uFEFF');
    }
}
