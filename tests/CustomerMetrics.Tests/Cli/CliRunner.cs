using System;
using System.IO;
using System.Linq;
using CustomerMetrics.Cli;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

/// <summary>Runs the command-line tool in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    internal static CliRun WithInput(string standardInput, params string[] args) => Run(standardInput, colors: false, args);

    internal static CliRun Of(params string[] args) => WithInput(string.Empty, args);

    internal static CliRun Run(string standardInput, bool colors, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = CliApp.Run(args, new CliConsole(new StringReader(standardInput), output, error, colors));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Asserts a usage or input error: exit code 2, nothing on standard output, one line on standard error that starts as given.</summary>
    internal void AssertError(string expectedStart)
    {
        Assert.Equal(2, ExitCode);
        Assert.Equal(string.Empty, Output);
        Assert.StartsWith($"customer-metrics: error: {expectedStart}", Error);
        AssertOneLine();
    }

    /// <summary>Asserts that standard error is one line, with no control character in it.</summary>
    internal void AssertOneLine()
    {
        Assert.EndsWith("\n", Error);
        string line = Error[..^1];
        Assert.DoesNotContain('\n', line);
        Assert.False(line.Any(char.IsControl), $"control character in: {line}");
    }
}

/// <summary>A temporary file deleted when disposed.</summary>
internal sealed class TempFile : IDisposable
{
    internal TempFile(string contents, string extension = ".csv")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cm-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, contents);
    }

    internal TempFile(byte[] contents, string extension = ".csv")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cm-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(Path, contents);
    }

    internal string Path { get; }

    /// <summary>A path next to <see cref="Path"/> for an output file, deleted with it.</summary>
    internal string Sibling(string suffix) => Path + suffix;

    public void Dispose()
    {
        File.Delete(Path);
        foreach (string sibling in Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileName(Path) + "*"))
        {
            File.Delete(sibling);
        }
    }
}
