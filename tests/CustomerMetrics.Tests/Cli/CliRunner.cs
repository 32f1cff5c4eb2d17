using System;
using System.IO;
using CustomerMetrics.Cli;

namespace CustomerMetrics.Tests.Cli;

/// <summary>Runs the command-line tool in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    internal static CliRun WithInput(string standardInput, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = CliApp.Run(args, new StringReader(standardInput), output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    internal static CliRun Of(params string[] args) => WithInput(string.Empty, args);
}

/// <summary>A temporary file deleted when disposed.</summary>
internal sealed class TempFile : IDisposable
{
    internal TempFile(string contents, string extension = ".csv")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cm-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, contents);
    }

    internal string Path { get; }

    public void Dispose() => File.Delete(Path);
}
