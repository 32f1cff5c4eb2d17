using System;
using System.Collections.Generic;
using System.Linq;
using DuckDB.NET.Data;

namespace CustomerMetrics.Tests.Data;

/// <summary>An in-process DuckDB database holding generated tables.</summary>
internal sealed class DuckDbStore : IDisposable
{
    internal DuckDbStore()
    {
        Connection = new DuckDBConnection("DataSource=:memory:");
        Connection.Open();
    }

    internal DuckDBConnection Connection { get; }

    internal void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal void Survey(string table, IEnumerable<SurveyRow> rows)
    {
        Execute($"CREATE TABLE {Quote(table)} (score INTEGER, channel VARCHAR, month VARCHAR, weight DOUBLE)");
        using var appender = Connection.CreateAppender(table);
        foreach (SurveyRow row in rows)
        {
            var line = appender.CreateRow();
            (row.Score is { } score ? line.AppendValue(score) : line.AppendNullValue()).AppendValue(row.Channel).AppendValue(row.Month).AppendValue(row.Weight).EndRow();
        }
    }

    internal void Soco(string table, IReadOnlyList<string> columns, IEnumerable<int?[]> rows)
    {
        Execute($"CREATE TABLE {Quote(table)} (id INTEGER, {string.Join(", ", columns.Select(c => Quote(c) + " INTEGER"))})");
        using var appender = Connection.CreateAppender(table);
        int id = 0;
        foreach (int?[] row in rows)
        {
            var line = appender.CreateRow().AppendValue(id++);
            foreach (int? answer in row)
            {
                line = answer is { } value ? line.AppendValue(value) : line.AppendNullValue();
            }

            line.EndRow();
        }
    }

    internal void Audits(string table, IEnumerable<CheckRow> rows)
    {
        Execute($"CREATE TABLE {Quote(table)} (audit VARCHAR, section VARCHAR, item VARCHAR, outcome VARCHAR, weight DOUBLE, critical BOOLEAN)");
        using var appender = Connection.CreateAppender(table);
        foreach (CheckRow row in rows)
        {
            var line = appender.CreateRow().AppendValue(row.Audit);
            line = row.Section is null ? line.AppendNullValue() : line.AppendValue(row.Section);
            line.AppendValue(row.Item).AppendValue(row.Outcome).AppendValue(row.Weight).AppendValue(row.Critical).EndRow();
        }
    }

    internal void Operations(string table, IEnumerable<OperationRow> rows)
    {
        Execute($"CREATE TABLE {Quote(table)} (seconds DOUBLE, month VARCHAR)");
        using var appender = Connection.CreateAppender(table);
        foreach (OperationRow row in rows)
        {
            appender.CreateRow().AppendValue(row.Seconds).AppendValue(row.Month).EndRow();
        }
    }

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public void Dispose() => Connection.Dispose();
}
