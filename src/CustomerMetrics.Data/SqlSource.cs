using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerMetrics.Data;

/// <summary>
/// Where the rows are: a table (or view) named by its parts, quoted when the SQL is written, or a query
/// written by the caller, used as a subquery.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SqlSource
{
    private readonly string[]? nameParts;
    private readonly string? query;

    private SqlSource(string[]? nameParts, string? query)
    {
        this.nameParts = nameParts;
        this.query = query;
    }

    /// <summary>
    /// A table or view named by its parts: <c>Table("survey")</c>, <c>Table("crm", "survey")</c>. Each part is
    /// quoted, so any name is safe; a table function such as <c>read_parquet(…)</c> is not a name: use <see cref="Query"/>.
    /// </summary>
    /// <param name="nameParts">The name, and the schema (and catalog) before it: each part is quoted, so any name is safe.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException">No part is given, or a part is null or empty.</exception>
    public static SqlSource Table(params string[] nameParts)
    {
        if (nameParts is null || nameParts.Length == 0 || nameParts.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("A table needs a name, and every part of the name (schema, table) should be non-empty.", nameof(nameParts));
        }

        return new SqlSource((string[])nameParts.Clone(), null);
    }

    /// <summary>
    /// A query whose rows are read: <c>Query("SELECT * FROM read_parquet('answers/*.parquet')")</c>. It is
    /// SQL text, trusted as it is: build it from your own constants, never from user input; values belong
    /// in the table or in a view, and names in <see cref="Table"/>.
    /// </summary>
    /// <param name="sql">A SELECT statement (without a trailing semicolon).</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException">The text is empty or ends with a semicolon.</exception>
    public static SqlSource Query(string sql)
    {
        if (string.IsNullOrWhiteSpace(sql) || sql.TrimEnd().EndsWith(";", StringComparison.Ordinal))
        {
            throw new ArgumentException("The query should be one SELECT statement, without a trailing semicolon.", nameof(sql));
        }

        return new SqlSource(null, sql);
    }

    /// <summary>The source as it is written after FROM.</summary>
    internal string ToSql(SqlDialect dialect) =>
        nameParts is not null ? string.Join(".", nameParts.Select(dialect.Quote)) : "(" + query + ") AS " + dialect.Quote("source");

    /// <summary>The table's name or "a query", for messages.</summary>
    /// <returns>For example <c>crm.survey</c>.</returns>
    public override string ToString() => nameParts is not null ? string.Join(".", nameParts) : "a query";

    internal IReadOnlyList<string>? NameParts => nameParts;
}
