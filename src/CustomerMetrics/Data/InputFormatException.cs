using System;

namespace CustomerMetrics;

/// <summary>
/// Text data (a CSV or JSON checklist, say) that cannot be read: the message says where and why, and
/// <see cref="Line"/> and <see cref="Column"/> locate the problem when it has a place in the text.
/// </summary>
public sealed class InputFormatException : FormatException
{
    /// <summary>Creates the exception for a problem at a place in the text, or nowhere in particular.</summary>
    /// <param name="reason">What is wrong, as a sentence.</param>
    /// <param name="line">The 1-based line, if known.</param>
    /// <param name="column">The 1-based column (a CSV field number or a character position), if known.</param>
    /// <param name="innerException">The parser's own exception, if any.</param>
    public InputFormatException(string reason, long? line = null, int? column = null, Exception? innerException = null)
        : base(Describe(reason, line, column), innerException)
    {
        Reason = reason;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The 1-based line of the problem, or <c>null</c> when it has no single place.</summary>
    public long? Line { get; }

    /// <summary>The 1-based column of the problem, or <c>null</c> when unknown.</summary>
    public int? Column { get; }

    private static string Describe(string reason, long? line, int? column) => (line, column) switch
    {
        ({ } l, { } c) => Internal.Preconditions.Format($"line {l}, column {c}: {reason}"),
        ({ } l, null) => Internal.Preconditions.Format($"line {l}: {reason}"),
        _ => reason,
    };
}
