using System;

namespace CustomerMetrics.Cli;

/// <summary>
/// A problem the user can fix (a bad option, a missing file, a malformed value): printed as one line
/// without a stack trace, exit code 2.
/// </summary>
internal sealed class CliException : Exception
{
    internal const int ExitCode = 2;

    internal CliException(string message)
        : base(message)
    {
    }
}
