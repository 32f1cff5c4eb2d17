using System;
using Xunit;

namespace CustomerMetrics.Tests;

/// <summary>Asserting that an argument is refused: the exception's type, the caller's parameter name and the sentence it starts with.</summary>
internal static class Refusal
{
    /// <summary>Asserts that <paramref name="call"/> throws <typeparamref name="TException"/> naming <paramref name="paramName"/>, with a message that starts with <paramref name="messageStart"/>.</summary>
    internal static void Refused<TException>(Action call, string paramName, string messageStart)
        where TException : ArgumentException
    {
        TException error = Assert.Throws<TException>(call);
        Assert.Equal(paramName, error.ParamName);
        Assert.StartsWith(messageStart, error.Message, StringComparison.Ordinal);
    }
}
