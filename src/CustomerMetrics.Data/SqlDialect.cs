using System;

namespace CustomerMetrics.Data;

/// <summary>
/// What differs between SQL engines in the queries this package writes: how identifiers are quoted, how
/// parameters are named, and the names of the text and floating-point types. Everything else is portable
/// SQL (GROUP BY, SUM, COUNT, MIN, MAX, CASE, CAST, LN, CEIL).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SqlDialect
{
    /// <summary>Creates a dialect.</summary>
    /// <param name="name">A name for messages, e.g. "PostgreSQL".</param>
    /// <param name="quoteOpen">The character that opens a quoted identifier (<c>"</c> in standard SQL, <c>`</c> in Spark SQL).</param>
    /// <param name="quoteClose">The character that closes it; written twice inside an identifier.</param>
    /// <param name="parameterPrefix">What comes before a parameter's name in the SQL text: <c>@</c> (PostgreSQL through Npgsql, SQL Server) or <c>$</c> (DuckDB).</param>
    /// <param name="textType">The type a group's value is cast to, so that any column can group: <c>TEXT</c>, <c>VARCHAR</c>, <c>String</c>…</param>
    /// <param name="floatType">The 64-bit floating-point type weights and durations are computed in: <c>DOUBLE PRECISION</c>, <c>DOUBLE</c>, <c>Float64</c>…</param>
    /// <exception cref="ArgumentException">A name is empty, or the prefix or a type would let text escape into the SQL.</exception>
    public SqlDialect(string name, char quoteOpen, char quoteClose, string parameterPrefix, string textType, string floatType)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("The dialect needs a name.", nameof(name));
        }

        if (parameterPrefix is not ("@" or "$" or ":"))
        {
            throw new ArgumentException("The parameter prefix should be @, $ or :.", nameof(parameterPrefix));
        }

        if (string.IsNullOrEmpty(textType) || !IsTypeName(textType))
        {
            throw new ArgumentException("The text type should be a type name of letters only, such as TEXT or VARCHAR.", nameof(textType));
        }

        if (string.IsNullOrEmpty(floatType) || !IsTypeName(floatType))
        {
            throw new ArgumentException("The floating-point type should be a type name of letters, digits and spaces, such as DOUBLE PRECISION.", nameof(floatType));
        }

        Name = name;
        QuoteOpen = quoteOpen;
        QuoteClose = quoteClose;
        ParameterPrefix = parameterPrefix;
        TextType = textType;
        FloatType = floatType;
    }

    /// <summary>PostgreSQL through Npgsql: <c>"identifiers"</c>, <c>@parameters</c>, <c>TEXT</c>, <c>DOUBLE PRECISION</c>. Also Citus, whose coordinator runs the same SQL on every shard.</summary>
    public static SqlDialect PostgreSql { get; } = new("PostgreSQL", '"', '"', "@", "TEXT", "DOUBLE PRECISION");

    /// <summary>DuckDB through DuckDB.NET: <c>"identifiers"</c>, <c>$parameters</c>, <c>VARCHAR</c>, <c>DOUBLE</c>.</summary>
    public static SqlDialect DuckDb { get; } = new("DuckDB", '"', '"', "$", "VARCHAR", "DOUBLE");

    /// <summary>A name for messages.</summary>
    public string Name { get; }

    /// <summary>The character that opens a quoted identifier.</summary>
    public char QuoteOpen { get; }

    /// <summary>The character that closes a quoted identifier.</summary>
    public char QuoteClose { get; }

    /// <summary>What comes before a parameter's name in the SQL text.</summary>
    public string ParameterPrefix { get; }

    /// <summary>The type a group's value is cast to.</summary>
    public string TextType { get; }

    /// <summary>The 64-bit floating-point type weights and durations are computed in.</summary>
    public string FloatType { get; }

    /// <summary>
    /// An identifier (a table, column or schema name) as SQL text: quoted, with the closing quote doubled,
    /// so that no name — however hostile — can end the identifier and add SQL of its own.
    /// </summary>
    /// <param name="identifier">The name as the database knows it.</param>
    /// <returns>The quoted identifier.</returns>
    /// <exception cref="ArgumentException">The name is empty or holds a NUL character.</exception>
    public string Quote(string identifier)
    {
        if (string.IsNullOrEmpty(identifier) || identifier.IndexOf('\0') >= 0)
        {
            throw new ArgumentException("An identifier should be non-empty and without NUL characters.", nameof(identifier));
        }

        string close = QuoteClose.ToString();
        return QuoteOpen + identifier.Replace(close, close + close) + QuoteClose;
    }

    /// <summary>The dialect's name.</summary>
    /// <returns>For example <c>PostgreSQL</c>.</returns>
    public override string ToString() => Name;

    private static bool IsTypeName(string text)
    {
        foreach (char c in text)
        {
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or ' '))
            {
                return false;
            }
        }

        return true;
    }
}
