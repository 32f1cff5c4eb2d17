using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CustomerMetrics.Data;
using Npgsql;
using NpgsqlTypes;
using Xunit;

namespace CustomerMetrics.Tests.Data;

/// <summary>
/// Runs where PostgreSQL shard servers are: <c>source &lt;(bash eng/postgres-shards.sh start)</c> sets
/// <c>CUSTOMERMETRICS_POSTGRES_SHARDS</c> (connection strings separated by <c>|</c>), and CI does so
/// before the tests. Without it the test is reported as skipped, with the command that enables it.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    internal const string Variable = "CUSTOMERMETRICS_POSTGRES_SHARDS";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"needs PostgreSQL shard servers: source <(bash eng/postgres-shards.sh start) sets {Variable}";
        }
    }
}

/// <summary>
/// Real PostgreSQL servers, one shard of a generated data set each (over a million survey answers, SOCO
/// answers and response times): the coordinator queries the shards in parallel and merges their tallies,
/// and the merged figures equal the whole computed in memory. The shape of a Citus, Spark SQL or ClickHouse
/// cluster, where the per-shard query is the part the engine distributes.
/// </summary>
public sealed class PostgreSqlShardTests
{
    private const int SurveyRows = 1_200_000;
    private const int Respondents = 60_000;
    private const int Operations = 1_000_000;
    private static readonly string[] SocoColumns = Enumerable.Range(1, 24).Select(i => $"q{i}").ToArray();

    [PostgresFact]
    public async Task ShardsQueriedInParallel_MergeToTheWhole()
    {
        string[] shards = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!.Split('|');
        Assert.Equal(3, shards.Length);
        SocoInstrument instrument = SocoInstrument.Full24;
        List<SurveyRow> survey = GeneratedData.Survey(SurveyRows, seed: 11);
        List<int?[]> team = GeneratedData.Soco(instrument, Respondents, seed: 12);
        List<OperationRow> operations = GeneratedData.Operations(Operations, seed: 13);
        List<CheckRow> checks = GeneratedData.Audits(6_000, seed: 14);

        // Load: row i goes to shard i mod 3 (an audit's checks stay together, as a distribution key would keep them).
        await Task.WhenAll(shards.Select((connectionString, shard) => LoadAsync(connectionString, shard, shards.Length, survey, team, operations, checks)));

        // Coordinate: every shard computes its tallies at once, on its own connection; the coordinator adds them.
        var perShard = await Task.WhenAll(shards.Select(async connectionString =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            var tallies = new SqlTallies(connection, SqlDialect.PostgreSql);
            return (
                Nps: await tallies.NpsDistributionAsync(SqlSource.Table("cm", "survey"), "score"),
                ByMonth: await tallies.NpsDistributionByAsync(SqlSource.Table("cm", "survey"), "score", "month"),
                Weighted: await tallies.WeightedNpsAsync(SqlSource.Table("cm", "survey"), "score", "weight"),
                Soco: await tallies.SocoTallyAsync(SqlSource.Table("cm", "team"), instrument, SocoColumns),
                Sla: await tallies.SlaAsync(SqlSource.Table("cm", "operations"), "seconds", 300),
                Sketch: await tallies.ResponseTimeSketchAsync(SqlSource.Table("cm", "operations"), "seconds"),
                Audits: await tallies.AuditSummaryAsync(SqlSource.Table("cm", "checks"), new AuditColumns("audit", "outcome", "weight", "critical", "section")));
        }));

        NpsDistribution nps = perShard.Select(s => s.Nps).Aggregate((a, b) => a + b);
        Assert.Equal(Nps.CalculateDistribution(survey.Where(r => r.Score is not null).Select(r => (byte)r.Score!.Value).ToArray()), nps);
        Assert.True(nps.Total >= 1_000_000);

        var months = perShard.SelectMany(s => s.ByMonth).GroupBy(p => p.Key!).ToDictionary(g => g.Key, g => g.Select(p => p.Value).Aggregate((a, b) => a + b));
        foreach (var month in survey.Where(r => r.Score is not null).GroupBy(r => r.Month))
        {
            Assert.Equal(Nps.CalculateDistribution(month.Select(r => (byte)r.Score!.Value).ToArray()), months[month.Key]);
        }

        var answered = survey.Where(r => r.Score is not null).ToList();
        Assert.Equal(Nps.CalculateWeighted(answered.Select(r => (byte)r.Score!.Value).ToArray(), answered.Select(r => r.Weight).ToArray()), perShard.Select(s => s.Weighted).Aggregate((a, b) => a + b));

        DuckDbTalliesTests.AssertSameTally(instrument.Tally(team.Select(GeneratedData.ToAnswers)), perShard.Select(s => s.Soco).Aggregate((a, b) => a + b));

        double[] seconds = operations.Select(r => r.Seconds).ToArray();
        Assert.Equal(Sla.Measure(seconds, 300), perShard.Select(s => s.Sla).Aggregate((a, b) => a + b));
        Assert.Equal(ResponseTimeSketch.Create(seconds), perShard.Select(s => s.Sketch).Aggregate((a, b) => a + b));

        AuditSummary audits = perShard.Select(s => s.Audits).Aggregate((a, b) => a + b);
        AuditSummary expected = AuditIndex.Summarize(GeneratedData.Score(checks, knockOut: false));
        Assert.Equal(expected.Audits, audits.Audits);
        Assert.Equal(expected.PassedWeight, audits.PassedWeight);
        Assert.Equal(expected.ApplicableWeight, audits.ApplicableWeight);
        Assert.Equal(expected.IndexSum, audits.IndexSum, expected.IndexSum * 1e-12);
    }

    private static async Task LoadAsync(string connectionString, int shard, int shards, List<SurveyRow> survey, List<int?[]> team, List<OperationRow> operations, List<CheckRow> checks)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand(
            "DROP SCHEMA IF EXISTS cm CASCADE; CREATE SCHEMA cm; " +
            "CREATE TABLE cm.survey (score INTEGER, channel TEXT, month TEXT, weight DOUBLE PRECISION); " +
            $"CREATE TABLE cm.team (id INTEGER, {string.Join(", ", SocoColumns.Select(c => c + " INTEGER"))}); " +
            "CREATE TABLE cm.operations (seconds DOUBLE PRECISION, month TEXT); " +
            "CREATE TABLE cm.checks (audit TEXT, section TEXT, item TEXT, outcome TEXT, weight DOUBLE PRECISION, critical BOOLEAN);",
            connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync("COPY cm.survey (score, channel, month, weight) FROM STDIN (FORMAT BINARY)"))
        {
            for (int i = shard; i < survey.Count; i += shards)
            {
                SurveyRow row = survey[i];
                await writer.StartRowAsync();
                await writer.WriteAsync(row.Score, NpgsqlDbType.Integer);
                await writer.WriteAsync(row.Channel, NpgsqlDbType.Text);
                await writer.WriteAsync(row.Month, NpgsqlDbType.Text);
                await writer.WriteAsync(row.Weight, NpgsqlDbType.Double);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"COPY cm.team (id, {string.Join(", ", SocoColumns)}) FROM STDIN (FORMAT BINARY)"))
        {
            for (int i = shard; i < team.Count; i += shards)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(i, NpgsqlDbType.Integer);
                foreach (int? answer in team[i])
                {
                    await writer.WriteAsync(answer, NpgsqlDbType.Integer);
                }
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync("COPY cm.operations (seconds, month) FROM STDIN (FORMAT BINARY)"))
        {
            for (int i = shard; i < operations.Count; i += shards)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(operations[i].Seconds, NpgsqlDbType.Double);
                await writer.WriteAsync(operations[i].Month, NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync("COPY cm.checks (audit, section, item, outcome, weight, critical) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (CheckRow row in checks.Where(row => Math.Abs(row.Audit.GetHashCode(StringComparison.Ordinal) % shards) == shard))
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(row.Audit, NpgsqlDbType.Text);
                await writer.WriteAsync(row.Section, NpgsqlDbType.Text);
                await writer.WriteAsync(row.Item, NpgsqlDbType.Text);
                await writer.WriteAsync(row.Outcome, NpgsqlDbType.Text);
                await writer.WriteAsync(row.Weight, NpgsqlDbType.Double);
                await writer.WriteAsync(row.Critical, NpgsqlDbType.Boolean);
            }

            await writer.CompleteAsync();
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }
    }
}
