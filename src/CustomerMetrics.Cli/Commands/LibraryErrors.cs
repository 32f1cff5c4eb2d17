using System;

namespace CustomerMetrics.Cli.Commands;

/// <summary>Turns a library's <see cref="ArgumentException"/> into the tool's one-line message.</summary>
internal static class LibraryErrors
{
    /// <summary>The exception's own sentence, without the "(Parameter 'x')" suffix and the "Actual value was" line.</summary>
    internal static string Sentence(ArgumentException error)
    {
        string message = error.Message.Split('\n')[0].TrimEnd('\r');
        int parameter = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        return parameter >= 0 ? message[..parameter] : message;
    }
}
