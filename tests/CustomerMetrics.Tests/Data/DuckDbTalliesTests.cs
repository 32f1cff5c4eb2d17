using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CustomerMetrics.Data;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Data;

/// <summary>
/// The SQL pushdown against a real engine, DuckDB in-process: every family's tally from the engine equals
/// the in-memory calculators on the same generated rows, shards add up to the whole, and no name or value
/// can change the SQL.
/// </summary>
public sealed class DuckDbTalliesTests : IDisposable
{
    private static readonly string[] SocoColumns = Enumerable.Range(1, 24).Select(i => $"q{i}").ToArray();
    private readonly DuckDbStore store = new();
    private readonly SqlTallies tallies;

    public DuckDbTalliesTests()
    {
        tallies = new SqlTallies(store.Connection, SqlDialect.DuckDb);
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Nps_Distribution_AndByGroup_EqualTheInMemoryCounts()
    {
        List<SurveyRow> rows = GeneratedData.Survey(20_000, seed: 1);
        store.Survey("survey", rows);

        NpsDistribution engine = await tallies.NpsDistributionAsync(SqlSource.Table("survey"), "score");
        Assert.Equal(Nps.CalculateDistribution(Answers(rows)), engine);

        var byChannel = await tallies.NpsDistributionByAsync(SqlSource.Table("survey"), "score", "channel");
        var expected = rows.GroupBy(r => r.Channel).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Nps.CalculateDistribution(Answers(g))));
        Assert.Equal(expected, byChannel.Select(pair => (pair.Key!, pair.Value)));
    }

    [Fact]
    public async Task WeightedNps_EqualsTheInMemoryResult()
    {
        // Weights are multiples of 1/8, so every sum is exact in any order.
        List<SurveyRow> rows = GeneratedData.Survey(10_000, seed: 2);
        store.Survey("survey", rows);
        var answered = rows.Where(r => r.Score is not null).ToList();

        WeightedNpsResult engine = await tallies.WeightedNpsAsync(SqlSource.Table("survey"), "score", "weight");

        Assert.Equal(Nps.CalculateWeighted(answered.Select(r => (byte)r.Score!.Value).ToArray(), answered.Select(r => r.Weight).ToArray()), engine);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.8)]
    [InlineData(0.5)]
    public async Task Soco_Tally_EqualsTheInMemoryTally(double minimumAnsweredShare)
    {
        SocoInstrument instrument = SocoInstrument.Full24.WithMinimumAnsweredShare(minimumAnsweredShare);
        List<int?[]> rows = GeneratedData.Soco(instrument, 5_000, seed: 3);
        store.Soco("team", SocoColumns, rows);

        SocoTally engine = await tallies.SocoTallyAsync(SqlSource.Table("team"), instrument, SocoColumns);
        SocoTally memory = instrument.Tally(rows.Select(GeneratedData.ToAnswers));

        AssertSameTally(memory, engine);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Audit_Summary_EqualsTheAuditsScoredOneByOne(bool knockOut)
    {
        List<CheckRow> rows = GeneratedData.Audits(3_000, seed: 4);
        store.Audits("checks", rows);
        var columns = new AuditColumns("audit", "outcome", weight: "weight", critical: "critical", section: "section");

        AuditSummary engine = await tallies.AuditSummaryAsync(SqlSource.Table("checks"), columns, knockOut);
        AuditSummary memory = AuditIndex.Summarize(GeneratedData.Score(rows, knockOut));

        // Weights are multiples of 0.5: the weight sums are exact in any order; the index sums agree to rounding.
        AssertSameAudits(memory, engine);
        Assert.Equal(memory.Sections.Keys.OrderBy(k => k, StringComparer.Ordinal), engine.Sections.Keys);
        foreach ((string section, AuditSummary expected) in memory.Sections)
        {
            AssertSameAudits(expected, engine.Sections[section]);
        }
    }

    [Fact]
    public async Task Sla_AndByMonth_EqualTheInMemoryCounts()
    {
        List<OperationRow> rows = GeneratedData.Operations(20_000, seed: 5);
        store.Operations("operations", rows);
        double[] seconds = rows.Select(r => r.Seconds).ToArray();

        Assert.Equal(Sla.Measure(seconds, 300), await tallies.SlaAsync(SqlSource.Table("operations"), "seconds", 300));
        var byMonth = await tallies.SlaByAsync(SqlSource.Table("operations"), "seconds", 300, "month");
        Assert.Equal(Sla.MeasureByPeriod(rows.Select(r => (r.Month, r.Seconds)), 300).OrderBy(p => p.Period, StringComparer.Ordinal).Select(p => (p.Period, p.Result)), byMonth.Select(p => (p.Key!, p.Value)));
    }

    [Fact]
    public async Task Sketch_EqualsTheInMemorySketch_AndKeepsItsGuarantee()
    {
        List<OperationRow> rows = GeneratedData.Operations(50_000, seed: 6);
        store.Operations("operations", rows);
        double[] seconds = rows.Select(r => r.Seconds).ToArray();

        ResponseTimeSketch engine = await tallies.ResponseTimeSketchAsync(SqlSource.Table("operations"), "seconds");

        Assert.Equal(ResponseTimeSketch.Create(seconds), engine);
        foreach (double p in new[] { 50.0, 90, 95, 99 })
        {
            double exact = Sla.Percentile(seconds, p);
            Assert.InRange(engine.Percentile(p), exact * 0.99, exact * 1.01);
        }
    }

    [Fact]
    public async Task ParquetAndCsv_ReadByTheEngine_GiveTheSameTallies()
    {
        List<SurveyRow> rows = GeneratedData.Survey(5_000, seed: 7);
        store.Survey("survey", rows);
        string directory = Directory.CreateTempSubdirectory("cm-duckdb").FullName;
        try
        {
            string parquet = Path.Combine(directory, "survey.parquet");
            string csv = Path.Combine(directory, "survey.csv");
            store.Execute($"COPY survey TO '{parquet}' (FORMAT PARQUET)");
            store.Execute($"COPY survey TO '{csv}' (FORMAT CSV, HEADER)");
            NpsDistribution expected = Nps.CalculateDistribution(Answers(rows));

            Assert.Equal(expected, await tallies.NpsDistributionAsync(SqlSource.Query($"SELECT * FROM read_parquet('{parquet}')"), "score"));
            Assert.Equal(expected, await tallies.NpsDistributionAsync(SqlSource.Query($"SELECT * FROM read_csv('{csv}', header = true)"), "score"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Shards_AddUpToTheWhole_InAnyOrder()
    {
        SocoInstrument instrument = SocoInstrument.Short10;
        string[] columns = Enumerable.Range(1, 10).Select(i => $"q{i}").ToArray();
        Gen<(int Seed, int Shards)> cases = from seed in Gen.Choose(0, 10_000) from shards in Gen.Choose(1, 5) select (seed, shards);

        Prop.ForAll(cases.ToArbitrary(), ((int Seed, int Shards) @case) =>
        {
            using var local = new DuckDbStore();
            var engine = new SqlTallies(local.Connection, SqlDialect.DuckDb);
            List<SurveyRow> survey = GeneratedData.Survey(400, @case.Seed);
            List<int?[]> team = GeneratedData.Soco(instrument, 300, @case.Seed);
            List<OperationRow> operations = GeneratedData.Operations(300, @case.Seed);
            NpsDistribution nps = NpsDistribution.FromCounts(new long[11]);
            SocoTally soco = SocoTally.Empty;
            ResponseTimeSketch sketch = ResponseTimeSketch.Empty;
            for (int shard = 0; shard < @case.Shards; shard++)
            {
                bool Mine(int index) => index % @case.Shards == shard;
                local.Survey($"survey{shard}", survey.Where((_, i) => Mine(i)));
                local.Soco($"team{shard}", columns, team.Where((_, i) => Mine(i)));
                local.Operations($"operations{shard}", operations.Where((_, i) => Mine(i)));
                nps += engine.NpsDistributionAsync(SqlSource.Table($"survey{shard}"), "score").GetAwaiter().GetResult();
                soco += engine.SocoTallyAsync(SqlSource.Table($"team{shard}"), instrument, columns).GetAwaiter().GetResult();
                sketch += engine.ResponseTimeSketchAsync(SqlSource.Table($"operations{shard}"), "seconds").GetAwaiter().GetResult();
            }

            Assert.Equal(Nps.CalculateDistribution(Answers(survey)), nps);
            AssertSameTally(instrument.Tally(team.Select(GeneratedData.ToAnswers)), soco);
            Assert.Equal(ResponseTimeSketch.Create(operations.Select(r => r.Seconds).ToArray()), sketch);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    [Fact]
    public async Task HostileNames_AreQuoted_AndValuesAreParameters()
    {
        // A table and columns whose names try to end the identifier and add SQL of their own.
        const string table = "survey\"; DROP TABLE keep; --";
        const string score = "score\" FROM keep; --";
        const string channel = "channel\"\"";
        store.Execute("CREATE TABLE keep (x INTEGER)");
        store.Execute($"CREATE TABLE {DuckDbStore.Quote(table)} ({DuckDbStore.Quote(score)} INTEGER, {DuckDbStore.Quote(channel)} VARCHAR)");
        store.Execute($"INSERT INTO {DuckDbStore.Quote(table)} VALUES (10, 'web'), (0, 'x''); DROP TABLE keep; --'), (9, 'web')");

        var byChannel = await tallies.NpsDistributionByAsync(SqlSource.Table(table), score, channel);

        Assert.Equal(["web", "x'); DROP TABLE keep; --"], byChannel.Select(pair => pair.Key));
        Assert.Equal(2, byChannel[0].Value.Total);
        store.Execute("SELECT * FROM keep"); // still there

        // Outcome labels are values, passed as parameters.
        store.Execute("CREATE TABLE checks (audit VARCHAR, outcome VARCHAR)");
        store.Execute("INSERT INTO checks VALUES ('a', 'ok''s'), ('a', 'bad')");
        AuditSummary audits = await tallies.AuditSummaryAsync(SqlSource.Table("checks"), new AuditColumns("audit", "outcome", passedLabel: "ok's", failedLabel: "bad", notApplicableLabel: "n/a"));
        Assert.Equal(0.5, audits.PooledIndex);
    }

    [Fact]
    public async Task BadData_IsAnInvalidDataException_NamingTheColumnAndValue()
    {
        store.Execute("CREATE TABLE survey (score DOUBLE, weight DOUBLE)");
        store.Execute("INSERT INTO survey VALUES (10, 1), (11, 1)");
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => tallies.NpsDistributionAsync(SqlSource.Table("survey"), "score"));
        Assert.Equal("survey.score holds 11 (1 rows), which is not an NPS answer (a whole number from 0 to 10).", error.Message);

        store.Execute("UPDATE survey SET score = 9.5 WHERE score = 11");
        error = await Assert.ThrowsAsync<InvalidDataException>(() => tallies.WeightedNpsAsync(SqlSource.Table("survey"), "score", "weight"));
        Assert.Equal("survey.score holds answers from 9.5 to 10, 1 not whole; NPS answers are whole numbers from 0 to 10.", error.Message);

        store.Execute("UPDATE survey SET score = 9, weight = NULL WHERE score = 9.5");
        error = await Assert.ThrowsAsync<InvalidDataException>(() => tallies.WeightedNpsAsync(SqlSource.Table("survey"), "score", "weight"));
        Assert.Equal("survey.weight: 1 of 2 answered rows have no weight (NULL); give every answer a weight, 0 to leave it out.", error.Message);

        store.Execute("CREATE TABLE operations (seconds DOUBLE)");
        store.Execute("INSERT INTO operations VALUES (5), (-1)");
        error = await Assert.ThrowsAsync<InvalidDataException>(() => tallies.SlaAsync(SqlSource.Table("operations"), "seconds", 10));
        Assert.Equal("operations.seconds holds durations from -1 to 5; durations are finite and non-negative.", error.Message);

        store.Execute("CREATE TABLE checks (audit VARCHAR, outcome VARCHAR)");
        store.Execute("INSERT INTO checks VALUES ('a', 'passed'), ('a', 'maybe')");
        error = await Assert.ThrowsAsync<InvalidDataException>(() => tallies.AuditSummaryAsync(SqlSource.Table("checks"), new AuditColumns("audit", "outcome")));
        Assert.Equal("checks.outcome: 1 rows have an outcome that is none of 'passed', 'failed', 'na' (e.g. 'maybe').", error.Message);
    }

    [Fact]
    public async Task EmptySources_GiveTheIdentities()
    {
        store.Survey("survey", []);
        store.Operations("operations", []);
        store.Soco("team", SocoColumns, []);
        Assert.Equal(0, (await tallies.NpsDistributionAsync(SqlSource.Table("survey"), "score")).Total);
        Assert.Equal(SlaResult.Empty, await tallies.SlaAsync(SqlSource.Table("operations"), "seconds", 10));
        Assert.Equal(0, (await tallies.ResponseTimeSketchAsync(SqlSource.Table("operations"), "seconds")).Count);
        Assert.Equal(0, (await tallies.SocoTallyAsync(SqlSource.Table("team"), SocoInstrument.Full24, SocoColumns)).Respondents);
    }

    [Fact]
    public async Task Arguments_AreChecked()
    {
        Assert.Throws<ArgumentException>(() => SqlSource.Table());
        Assert.Throws<ArgumentException>(() => SqlSource.Table("crm", ""));
        Assert.Throws<ArgumentException>(() => SqlSource.Query("SELECT 1; DROP TABLE x;"));
        Assert.Throws<ArgumentException>(() => SqlDialect.DuckDb.Quote("a\0b"));
        Assert.Throws<ArgumentException>(() => new SqlDialect("x", '"', '"', "#", "TEXT", "DOUBLE"));
        Assert.Throws<ArgumentException>(() => new SqlDialect("x", '"', '"', "@", "TEXT); DROP", "DOUBLE"));
        Assert.Throws<ArgumentException>(() => new AuditColumns("audit", "outcome", passedLabel: "x", failedLabel: "x"));
        await Assert.ThrowsAsync<ArgumentException>(() => tallies.SocoTallyAsync(SqlSource.Table("t"), SocoInstrument.Full24, SocoColumns.Take(10).ToArray()));
        Assert.Equal("\"a\"\"b\"", SqlDialect.PostgreSql.Quote("a\"b"));
    }

    private static byte[] Answers(IEnumerable<SurveyRow> rows) => rows.Where(r => r.Score is not null).Select(r => (byte)r.Score!.Value).ToArray();

    /// <summary>The integer parts exactly; the prorated sums, made in another order, to 1e-9 relative.</summary>
    internal static void AssertSameTally(SocoTally expected, SocoTally actual)
    {
        SocoSummary a = expected.ToSummary();
        SocoSummary b = actual.ToSummary();
        Assert.Equal(a.Count, b.Count);
        Assert.Equal(a.Undefined, b.Undefined);
        Assert.Equal(a.CompleteCases, b.CompleteCases);
        Assert.Equal(a.MeanDistribution, b.MeanDistribution);
        Assert.Equal(a.CronbachAlpha, b.CronbachAlpha);
        Assert.Equal(a.MinimumTotal, b.MinimumTotal);
        Assert.Equal(a.MaximumTotal, b.MaximumTotal);
        foreach ((double x, double y) in new[] { (a.MeanTotal, b.MeanTotal), (a.StandardDeviation, b.StandardDeviation), (a.MeanPomp, b.MeanPomp), (a.MeanCustomerOrientation, b.MeanCustomerOrientation), (a.MeanSellingOrientation, b.MeanSellingOrientation) })
        {
            Assert.Equal(x, y, Math.Abs(x) * 1e-9);
        }

        for (int i = 0; i < a.Items.Count; i++)
        {
            Assert.Equal(a.Items[i], b.Items[i]);
        }
    }

    private static void AssertSameAudits(AuditSummary expected, AuditSummary actual)
    {
        Assert.Equal(expected.Audits, actual.Audits);
        Assert.Equal(expected.UndefinedAudits, actual.UndefinedAudits);
        Assert.Equal(expected.KnockedOut, actual.KnockedOut);
        Assert.Equal(expected.PassedWeight, actual.PassedWeight);
        Assert.Equal(expected.ApplicableWeight, actual.ApplicableWeight);
        Assert.Equal(expected.IndexSum, actual.IndexSum, expected.IndexSum * 1e-12);
    }
}
