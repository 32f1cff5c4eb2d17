using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;

namespace CustomerMetrics.Data;

/// <summary>A query being written: identifiers quoted by the dialect, every value a parameter.</summary>
internal sealed class SqlQuery
{
    private readonly SqlDialect dialect;
    private readonly List<KeyValuePair<string, object>> parameters = new();

    internal SqlQuery(SqlDialect dialect)
    {
        this.dialect = dialect;
    }

    /// <summary>A quoted identifier.</summary>
    internal string Name(string identifier) => dialect.Quote(identifier);

    /// <summary>A value, as a parameter marker; the value never enters the SQL text.</summary>
    internal string Value(object value)
    {
        string name = "p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameters.Add(new KeyValuePair<string, object>(name, value));
        return dialect.ParameterPrefix + name;
    }

    /// <summary>A column's value cast to text, so that any type can be a group's key.</summary>
    internal string AsText(string column) => $"CAST({Name(column)} AS {dialect.TextType})";

    /// <summary>An expression cast to the 64-bit floating-point type, so that sums and quotients are computed as .NET computes them (never as integers or decimals).</summary>
    internal string AsFloat(string expression) => $"CAST({expression} AS {dialect.FloatType})";

    /// <summary>Runs the query and reads every row with <paramref name="read"/>.</summary>
    internal async Task<List<T>> ReadAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (KeyValuePair<string, object> parameter in parameters)
        {
            // A command gets only the parameters its text uses ($p1 is not $p10): some providers refuse the others.
            if (!System.Text.RegularExpressions.Regex.IsMatch(sql, System.Text.RegularExpressions.Regex.Escape(dialect.ParameterPrefix + parameter.Key) + "(?![0-9])"))
            {
                continue;
            }

            DbParameter added = command.CreateParameter();
            added.ParameterName = parameter.Key;
            added.Value = parameter.Value;
            command.Parameters.Add(added);
        }

        var rows = new List<T>();
        using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>A whole number the engine computed (a count or a sum of whole numbers), whatever type it chose; NULL (the sum of nothing) is 0.</summary>
    internal static long Int64(DbDataReader reader, int column)
    {
        object value = reader.GetValue(column);
        return value switch
        {
            DBNull => 0,
            long l => l,
            int i => i,
            short s => s,
            byte b => b,
            ulong u => checked((long)u),
            uint u => u,
            decimal d when d == decimal.Truncate(d) => checked((long)d),
            BigInteger big => checked((long)big),
            double d when d == Math.Floor(d) && Math.Abs(d) < 9.007199254740992E15 => (long)d,
            _ => throw new InvalidOperationException($"Expected a whole number from the engine, got {value} ({value.GetType().Name})."),
        };
    }

    /// <summary>A number the engine computed; NULL is NaN.</summary>
    internal static double Double(DbDataReader reader, int column)
    {
        object value = reader.GetValue(column);
        return value switch
        {
            DBNull => double.NaN,
            double d => d,
            float f => f,
            decimal m => (double)m,
            long l => l,
            int i => i,
            short s => s,
            BigInteger big => (double)big,
            _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A group's key as text, or <c>null</c> for the rows whose key is NULL.</summary>
    internal static string? Text(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture);
}
