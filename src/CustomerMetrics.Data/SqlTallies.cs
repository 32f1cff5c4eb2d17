using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace CustomerMetrics.Data;

/// <summary>
/// Has a SQL engine compute each metric family's sufficient statistics — counts, sums, sums of products,
/// sketch buckets — and turns them into the library's mergeable tallies. Run it on every shard (each its
/// own connection, in parallel) and add the results: the merged tally is the tally of all the rows.
/// </summary>
/// <remarks>
/// <para>Identifiers are quoted by the <see cref="SqlDialect"/> and every value is a parameter, so a column
/// name or a group's value can never change the query. The queries are portable SQL: GROUP BY, COUNT, SUM,
/// MIN, MAX, CASE, CAST, LN and CEIL.</para>
/// <para>NULL is "no value": a NULL answer is not an answer (the rows are left out, as SQL aggregates do);
/// a NULL duration or weight is an error, since an operation or a response without one cannot be counted
/// right. Values the metric cannot take (an NPS answer of 11, a negative duration) are an
/// <see cref="InvalidDataException"/> that names the source, the column and the value.</para>
/// <para>Not thread-safe: one instance per connection, as ADO.NET connections are.</para>
/// </remarks>
public sealed class SqlTallies
{
    private readonly DbConnection connection;
    private readonly SqlDialect dialect;

    /// <summary>Creates an aggregator over an open (or openable) connection.</summary>
    /// <param name="connection">The engine's connection; opened on first use if it is closed.</param>
    /// <param name="dialect">How this engine quotes identifiers and names parameters.</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public SqlTallies(DbConnection connection, SqlDialect dialect)
    {
        this.connection = connection ?? throw new ArgumentNullException(nameof(connection));
        this.dialect = dialect ?? throw new ArgumentNullException(nameof(dialect));
    }

    /// <summary>The counts of the answers 0..10 in a column: <c>SELECT score, COUNT(*) … GROUP BY score</c>.</summary>
    /// <param name="source">The table or query.</param>
    /// <param name="scoreColumn">The answer column (any numeric type; NULL is no answer).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The distribution, which merges with <c>+</c> and gives the NPS with <see cref="NpsDistribution.ToResult"/>.</returns>
    /// <exception cref="InvalidDataException">An answer is not a whole number from 0 to 10.</exception>
    public async Task<NpsDistribution> NpsDistributionAsync(SqlSource source, string scoreColumn, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<KeyValuePair<string?, NpsDistribution>> all = await NpsDistributionsAsync(source, scoreColumn, groupColumn: null, cancellationToken).ConfigureAwait(false);
        return all.Count == 0 ? NpsDistribution.FromCounts(new long[Nps.MaxScore + 1]) : all[0].Value;
    }

    /// <summary>The counts of the answers 0..10 per value of a grouping column (segment, period, shard key).</summary>
    /// <param name="source">The table or query.</param>
    /// <param name="scoreColumn">The answer column.</param>
    /// <param name="groupColumn">The grouping column; its values are cast to text.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One distribution per group, ordered by the group's text (ordinal), the NULL group first when there is one.</returns>
    /// <exception cref="InvalidDataException">An answer is not a whole number from 0 to 10.</exception>
    public Task<IReadOnlyList<KeyValuePair<string?, NpsDistribution>>> NpsDistributionByAsync(SqlSource source, string scoreColumn, string groupColumn, CancellationToken cancellationToken = default) =>
        NpsDistributionsAsync(source, scoreColumn, groupColumn ?? throw new ArgumentNullException(nameof(groupColumn)), cancellationToken);

    /// <summary>
    /// The weighted NPS from the engine's sums: the weight of each category, Σw² and the count, which is what
    /// <see cref="WeightedNpsResult.FromSums"/> needs (and what merges).
    /// </summary>
    /// <param name="source">The table or query.</param>
    /// <param name="scoreColumn">The answer column (rows with a NULL answer are left out).</param>
    /// <param name="weightColumn">The weight column: finite, non-negative, never NULL where there is an answer.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The weighted result.</returns>
    /// <exception cref="InvalidDataException">An answer is not a whole number from 0 to 10, or a weight is missing or negative.</exception>
    public async Task<WeightedNpsResult> WeightedNpsAsync(SqlSource source, string scoreColumn, string weightColumn, CancellationToken cancellationToken = default)
    {
        CheckArguments(source, scoreColumn, nameof(scoreColumn));
        CheckColumn(weightColumn, nameof(weightColumn));
        var query = new SqlQuery(dialect);
        string s = query.Name(scoreColumn);
        string w = query.AsFloat(query.Name(weightColumn));
        string sql =
            $"SELECT COUNT(*), " +
            $"SUM(CASE WHEN {s} >= 9 THEN {w} ELSE 0 END), " +
            $"SUM(CASE WHEN {s} >= 7 AND {s} < 9 THEN {w} ELSE 0 END), " +
            $"SUM(CASE WHEN {s} < 7 THEN {w} ELSE 0 END), " +
            $"SUM({w} * {w}), COUNT({w}), MIN({w}), " +
            $"MIN({s}), MAX({s}), SUM(CASE WHEN {s} <> FLOOR({s}) THEN 1 ELSE 0 END) " +
            $"FROM {source.ToSql(dialect)} WHERE {s} IS NOT NULL";
        var row = (await RunAsync(query, sql, r => (
            Count: SqlQuery.Int64(r, 0),
            Promoters: SqlQuery.Double(r, 1),
            Passives: SqlQuery.Double(r, 2),
            Detractors: SqlQuery.Double(r, 3),
            Squares: SqlQuery.Double(r, 4),
            Weighted: SqlQuery.Int64(r, 5),
            LeastWeight: SqlQuery.Double(r, 6),
            LeastScore: SqlQuery.Double(r, 7),
            GreatestScore: SqlQuery.Double(r, 8),
            Fractional: SqlQuery.Int64(r, 9)), cancellationToken).ConfigureAwait(false)).Single();
        if (row.Count == 0)
        {
            return WeightedNpsResult.FromSums(0, 0, 0, 0, 0);
        }

        CheckAnswers(source, scoreColumn, row.LeastScore, row.GreatestScore, row.Fractional);
        if (row.Weighted != row.Count)
        {
            throw new InvalidDataException(Format($"{source}.{weightColumn}: {row.Count - row.Weighted} of {row.Count} answered rows have no weight (NULL); give every answer a weight, 0 to leave it out."));
        }

        if (!(row.LeastWeight >= 0))
        {
            throw new InvalidDataException(Format($"{source}.{weightColumn}: the least weight is {row.LeastWeight}; weights should be finite and non-negative."));
        }

        return WeightedNpsResult.FromSums(row.Count, row.Promoters, row.Passives, row.Detractors, row.Squares);
    }

    /// <summary>
    /// The SOCO tally of respondents stored one per row, one column per item. The complete cases (usually
    /// nearly everyone) are reduced to per-item sums, squares and products with the total in the engine; the
    /// respondents with missing answers are returned grouped by their answers, since proration is per
    /// respondent, and tallied here exactly as in memory.
    /// </summary>
    /// <param name="source">The table or query.</param>
    /// <param name="instrument">The instrument: its items, keying, scale and proration rule.</param>
    /// <param name="itemColumns">The column of each item, in the instrument's order (NULL is an unanswered item).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The tally: equal to <see cref="SocoInstrument.Tally"/> of the same respondents (sums of prorated totals within rounding).</returns>
    /// <exception cref="ArgumentException">The number of columns is not the number of items.</exception>
    /// <exception cref="InvalidDataException">An answer is not a whole number on the instrument's scale.</exception>
    public async Task<SocoTally> SocoTallyAsync(SqlSource source, SocoInstrument instrument, IReadOnlyList<string> itemColumns, CancellationToken cancellationToken = default)
    {
        if (instrument is null)
        {
            throw new ArgumentNullException(nameof(instrument));
        }

        if (itemColumns is null)
        {
            throw new ArgumentNullException(nameof(itemColumns));
        }

        CheckArguments(source, null, null);
        int k = instrument.Items.Count;
        if (itemColumns.Count != k)
        {
            throw new ArgumentException(Format($"The instrument has {k} items but {itemColumns.Count} columns were given."), nameof(itemColumns));
        }

        foreach (string column in itemColumns)
        {
            CheckColumn(column, nameof(itemColumns));
        }

        int minimumAnswered = 1;
        while (minimumAnswered < k && minimumAnswered < instrument.MinimumAnsweredShare * k)
        {
            minimumAnswered++; // the least count the instrument scores: not (answered < share × k)
        }

        // The respondents' rows, with the keyed answer minus the scale minimum (x) of every item, how many
        // items each answered, and the total of x (NULL unless every item was answered).
        var query = new SqlQuery(dialect);
        string min = query.Value(instrument.ScaleMin);
        string max = query.Value(instrument.ScaleMax);
        var columns = new List<string>();
        for (int i = 0; i < k; i++)
        {
            string answer = query.Name(itemColumns[i]);
            string keyed = instrument.Items[i].Polarity == ItemPolarity.CustomerOriented ? $"{answer} - {min}" : $"{max} - {answer}";
            columns.Add($"{answer} AS {A(query, i)}");
            columns.Add($"{keyed} AS {X(query, i)}");
        }

        string answered = string.Join(" + ", itemColumns.Select(c => $"CASE WHEN {query.Name(c)} IS NULL THEN 0 ELSE 1 END"));
        string total = string.Join(" + ", Enumerable.Range(0, k).Select(i => instrument.Items[i].Polarity == ItemPolarity.CustomerOriented ? $"{query.Name(itemColumns[i])} - {min}" : $"{max} - {query.Name(itemColumns[i])}"));
        string rows = $"(SELECT {string.Join(", ", columns)}, {answered} AS {query.Name("answered")}, {total} AS {query.Name("total")} FROM {source.ToSql(dialect)}) AS {query.Name("respondents")}";
        string count = query.Name("answered");
        string t = query.Name("total");
        string all = query.Value(k);
        string least = query.Value(minimumAnswered);

        var sums = new List<string>
        {
            "COUNT(*)",
            $"SUM(CASE WHEN {count} = {all} THEN 1 ELSE 0 END)",
            $"SUM(CASE WHEN {count} < {least} THEN 1 ELSE 0 END)",
            $"MIN({t})",
            $"MAX({t})",
        };
        for (int i = 0; i < k; i++)
        {
            string x = X(query, i);
            string a = A(query, i);
            sums.Add($"SUM(CASE WHEN {count} = {all} THEN {x} ELSE 0 END)");
            sums.Add($"SUM(CASE WHEN {count} = {all} THEN {x} * {x} ELSE 0 END)");
            sums.Add($"SUM(CASE WHEN {count} = {all} THEN {x} * {t} ELSE 0 END)");
            sums.Add($"MIN({a})");
            sums.Add($"MAX({a})");
            sums.Add($"SUM(CASE WHEN {a} <> FLOOR({a}) THEN 1 ELSE 0 END)");
        }

        long[] itemSums = new long[k];
        long[] itemSquares = new long[k];
        long[] itemProducts = new long[k];
        var totals = await RunAsync(query, $"SELECT {string.Join(", ", sums)} FROM {rows}", r =>
        {
            for (int i = 0; i < k; i++)
            {
                int at = 5 + (6 * i);
                CheckItem(source, itemColumns[i], instrument, SqlQuery.Double(r, at + 3), SqlQuery.Double(r, at + 4), SqlQuery.Int64(r, at + 5));
                itemSums[i] = SqlQuery.Int64(r, at);
                itemSquares[i] = SqlQuery.Int64(r, at + 1);
                itemProducts[i] = SqlQuery.Int64(r, at + 2);
            }

            return (Respondents: SqlQuery.Int64(r, 0), Complete: SqlQuery.Int64(r, 1), Undefined: SqlQuery.Int64(r, 2), Least: SqlQuery.Int64(r, 3), Greatest: SqlQuery.Int64(r, 4));
        }, cancellationToken).ConfigureAwait(false);
        var (respondents, complete, undefined, leastTotal, greatestTotal) = totals.Single();

        // The complete cases' mean distribution: each total's mean rounds half away from zero to a scale point,
        // (2T + k) div 2k points above the minimum — computed here from the engine's counts per total.
        long[] meanDistribution = new long[instrument.ScaleMax - instrument.ScaleMin + 1];
        if (complete > 0)
        {
            var byTotal = await RunAsync(query, $"SELECT {t}, COUNT(*) FROM {rows} WHERE {count} = {all} GROUP BY {t}", r => (Total: SqlQuery.Int64(r, 0), Count: SqlQuery.Int64(r, 1)), cancellationToken).ConfigureAwait(false);
            foreach ((long totalValue, long cases) in byTotal)
            {
                meanDistribution[(int)(((2 * totalValue) + k) / (2L * k))] += cases;
            }
        }

        var polarities = instrument.Items.Select(item => item.Polarity).ToArray();
        var completePart = new SocoTally(
            instrument.Items.Select(item => item.Number).ToArray(),
            polarities,
            instrument.ScaleMin,
            instrument.ScaleMax,
            undefined,
            complete,
            itemSums,
            itemSquares,
            itemProducts,
            complete > 0 ? leastTotal : 0,
            complete > 0 ? greatestTotal : 0,
            0,
            new long[k],
            new long[k],
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            meanDistribution);

        if (respondents - complete - undefined == 0)
        {
            return completePart;
        }

        // The prorated respondents, grouped by their answers, tallied as the instrument tallies them.
        string answersList = string.Join(", ", Enumerable.Range(0, k).Select(i => A(query, i)));
        var groups = await RunAsync(
            query,
            $"SELECT {answersList}, COUNT(*) FROM {rows} WHERE {count} < {all} AND {count} >= {least} GROUP BY {answersList}",
            r =>
            {
                int[] answers = new int[k];
                for (int i = 0; i < k; i++)
                {
                    answers[i] = r.IsDBNull(i) ? SocoInstrument.Missing : (int)SqlQuery.Int64(r, i);
                }

                return (Answers: answers, Count: SqlQuery.Int64(r, k));
            },
            cancellationToken).ConfigureAwait(false);
        SocoTally proratedPart = instrument.Tally(groups.SelectMany(group => Enumerable.Repeat(group.Answers, checked((int)group.Count))));
        return completePart + proratedPart;
    }

    /// <summary>
    /// The audit summary of checks stored one per row (long format: audit, item, outcome, weight, critical,
    /// section): the engine scores every audit and every audit's sections (GROUP BY audit, section) and sums
    /// the scores, so only one row per section comes back.
    /// </summary>
    /// <param name="source">The table or query.</param>
    /// <param name="columns">The columns and the outcome labels.</param>
    /// <param name="criticalFailureZeroesIndex">Whether a failed critical item knocks an audit (and its section) out, as <see cref="AuditIndex.Score"/>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>
    /// The summary, equal to <see cref="AuditIndex.Summarize"/> of the audits scored one by one (weight sums within
    /// rounding); sections ordered by name (ordinal), since a table has no order of appearance.
    /// </returns>
    /// <exception cref="InvalidDataException">An outcome is not one of the labels, or a weight is missing, not positive or not finite.</exception>
    public async Task<AuditSummary> AuditSummaryAsync(SqlSource source, AuditColumns columns, bool criticalFailureZeroesIndex = false, CancellationToken cancellationToken = default)
    {
        if (columns is null)
        {
            throw new ArgumentNullException(nameof(columns));
        }

        CheckArguments(source, columns.Audit, nameof(columns));
        CheckColumn(columns.Outcome, nameof(columns));
        var query = new SqlQuery(dialect);
        string audit = query.Name(columns.Audit);
        string outcome = query.Name(columns.Outcome);
        string weight = query.AsFloat(columns.Weight is null ? "1" : query.Name(columns.Weight));
        string section = columns.Section is null ? "NULL" : query.AsText(columns.Section);
        string passed = query.Value(columns.PassedLabel);
        string failed = query.Value(columns.FailedLabel);
        string notApplicable = query.Value(columns.NotApplicableLabel);
        string critical = columns.Critical is null ? "0" : $"CASE WHEN {query.Name(columns.Critical)} THEN 1 ELSE 0 END";
        string knockOut = query.Value(criticalFailureZeroesIndex ? 1 : 0);

        // First, the data's problems: unknown outcomes, and weights that are missing or not positive.
        string checks =
            $"SELECT SUM(CASE WHEN {outcome} IS NULL OR {outcome} NOT IN ({passed}, {failed}, {notApplicable}) THEN 1 ELSE 0 END), " +
            $"MIN(CASE WHEN {outcome} IS NULL OR {outcome} NOT IN ({passed}, {failed}, {notApplicable}) THEN CAST({outcome} AS {dialect.TextType}) END), " +
            $"SUM(CASE WHEN {weight} IS NULL THEN 1 ELSE 0 END), MIN({weight}), MAX({weight}), SUM(CASE WHEN {audit} IS NULL THEN 1 ELSE 0 END) " +
            $"FROM {source.ToSql(dialect)}";
        var problems = (await RunAsync(query, checks, r => (Unknown: SqlQuery.Int64(r, 0), Example: SqlQuery.Text(r, 1), NoWeight: SqlQuery.Int64(r, 2), Least: SqlQuery.Double(r, 3), Greatest: SqlQuery.Double(r, 4), NoAudit: SqlQuery.Int64(r, 5)), cancellationToken).ConfigureAwait(false)).Single();
        if (problems.Unknown > 0)
        {
            throw new InvalidDataException(Format($"{source}.{columns.Outcome}: {problems.Unknown} rows have an outcome that is none of '{columns.PassedLabel}', '{columns.FailedLabel}', '{columns.NotApplicableLabel}' (e.g. {(problems.Example is null ? "NULL" : "'" + problems.Example + "'")})."));
        }

        if (problems.NoAudit > 0)
        {
            throw new InvalidDataException(Format($"{source}.{columns.Audit}: {problems.NoAudit} rows have no audit (NULL)."));
        }

        if (problems.NoWeight > 0 || (!double.IsNaN(problems.Least) && !(problems.Least > 0 && problems.Greatest <= double.MaxValue)))
        {
            throw new InvalidDataException(Format($"{source}.{columns.Weight}: weights should be finite and greater than 0; {problems.NoWeight} are NULL and the least is {problems.Least}."));
        }

        // Per audit and section: the passed and applicable weight and whether a critical item failed.
        string perSection =
            $"SELECT {audit} AS {query.Name("audit")}, {section} AS {query.Name("section")}, " +
            $"SUM(CASE WHEN {outcome} = {passed} THEN {weight} ELSE 0 END) AS {query.Name("passed")}, " +
            $"SUM(CASE WHEN {outcome} <> {notApplicable} THEN {weight} ELSE 0 END) AS {query.Name("applicable")}, " +
            $"MAX(CASE WHEN {outcome} = {failed} THEN {critical} ELSE 0 END) AS {query.Name("critical")} " +
            $"FROM {source.ToSql(dialect)} GROUP BY {audit}, {section}";
        string perAudit =
            $"SELECT {query.Name("audit")}, SUM({query.Name("passed")}) AS {query.Name("passed")}, SUM({query.Name("applicable")}) AS {query.Name("applicable")}, MAX({query.Name("critical")}) AS {query.Name("critical")} " +
            $"FROM ({perSection}) AS {query.Name("sections")} GROUP BY {query.Name("audit")}";
        string Scores(string from, string group) =>
            $"SELECT {group}, COUNT(*), " +
            $"SUM(CASE WHEN {query.Name("applicable")} = 0 THEN 1 ELSE 0 END), " +
            $"SUM(CASE WHEN {knockOut} = 1 AND {query.Name("critical")} = 1 THEN 1 ELSE 0 END), " +
            $"SUM(CASE WHEN {knockOut} = 1 AND {query.Name("critical")} = 1 THEN 0 ELSE {query.Name("passed")} END), " +
            $"SUM({query.Name("applicable")}), " +
            $"SUM(CASE WHEN {query.Name("applicable")} = 0 THEN 0 WHEN {knockOut} = 1 AND {query.Name("critical")} = 1 THEN 0 ELSE {query.Name("passed")} / {query.Name("applicable")} END) " +
            $"FROM ({from}) AS {query.Name("scores")}" + (group == "NULL" ? string.Empty : $" WHERE {group} IS NOT NULL GROUP BY {group}");

        Func<System.Data.Common.DbDataReader, (string? Key, AuditSummary Summary)> read = r => (SqlQuery.Text(r, 0), new AuditSummary(
            checked((int)SqlQuery.Int64(r, 1)),
            checked((int)SqlQuery.Int64(r, 2)),
            checked((int)SqlQuery.Int64(r, 3)),
            Zero(SqlQuery.Double(r, 4)),
            Zero(SqlQuery.Double(r, 5)),
            Zero(SqlQuery.Double(r, 6))));
        var whole = (await RunAsync(query, Scores(perAudit, "NULL"), read, cancellationToken).ConfigureAwait(false)).Single().Summary;
        if (columns.Section is null || whole.Audits == 0)
        {
            return whole;
        }

        var sections = await RunAsync(query, Scores(perSection, query.Name("section")), read, cancellationToken).ConfigureAwait(false);
        var bySection = sections.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key!, s => s.Summary, StringComparer.Ordinal);
        return new AuditSummary(whole.Audits, whole.UndefinedAudits, whole.KnockedOut, whole.PassedWeight, whole.ApplicableWeight, whole.IndexSum, bySection);
    }

    /// <summary>SLA compliance: how many operations took at most the threshold, of how many.</summary>
    /// <param name="source">The table or query.</param>
    /// <param name="durationColumn">The duration column, in the threshold's unit: finite, non-negative, never NULL.</param>
    /// <param name="threshold">The agreed time; a duration equal to it is on time.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The result, which merges with <c>+</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not finite and positive.</exception>
    /// <exception cref="InvalidDataException">A duration is NULL or negative.</exception>
    public async Task<SlaResult> SlaAsync(SqlSource source, string durationColumn, double threshold, CancellationToken cancellationToken = default)
    {
        var all = await SlaGroupsAsync(source, durationColumn, threshold, null, cancellationToken).ConfigureAwait(false);
        return all.Count == 0 ? SlaResult.Empty : all[0].Value;
    }

    /// <summary>SLA compliance per value of a grouping column (a month, a client, a shard key).</summary>
    /// <param name="source">The table or query.</param>
    /// <param name="durationColumn">The duration column.</param>
    /// <param name="threshold">The agreed time.</param>
    /// <param name="groupColumn">The grouping column; its values are cast to text.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One result per group, ordered by the group's text (ordinal), the NULL group first when there is one.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not finite and positive.</exception>
    /// <exception cref="InvalidDataException">A duration is NULL or negative.</exception>
    public Task<IReadOnlyList<KeyValuePair<string?, SlaResult>>> SlaByAsync(SqlSource source, string durationColumn, double threshold, string groupColumn, CancellationToken cancellationToken = default) =>
        SlaGroupsAsync(source, durationColumn, threshold, groupColumn ?? throw new ArgumentNullException(nameof(groupColumn)), cancellationToken);

    /// <summary>
    /// The response-time sketch of a duration column: the engine groups the values by their bucket,
    /// ⌈LN(x) / LN(γ)⌉ with γ = (1 + α) / (1 − α), and counts them; the sketch is built from the counts and
    /// the extremes. Its quantiles are within α of the exact percentiles, and it merges exactly.
    /// </summary>
    /// <param name="source">The table or query.</param>
    /// <param name="durationColumn">The duration column: finite, non-negative, never NULL.</param>
    /// <param name="relativeAccuracy">α in (0, 1).</param>
    /// <param name="maxBuckets">The most buckets to keep.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The sketch, equal to <see cref="ResponseTimeSketch.Create"/> of the same values (a value within a rounding error of a bucket boundary may fall on the other side in another engine's logarithm; the guarantee holds either way).</returns>
    /// <exception cref="ArgumentOutOfRangeException">α or the bucket limit is out of range.</exception>
    /// <exception cref="InvalidDataException">A duration is NULL, negative or not finite.</exception>
    public async Task<ResponseTimeSketch> ResponseTimeSketchAsync(SqlSource source, string durationColumn, double relativeAccuracy = ResponseTimeSketch.DefaultRelativeAccuracy, int maxBuckets = ResponseTimeSketch.DefaultMaxBuckets, CancellationToken cancellationToken = default)
    {
        CheckArguments(source, durationColumn, nameof(durationColumn));
        _ = ResponseTimeSketch.FromBuckets(relativeAccuracy, maxBuckets, 0, [], double.NaN, double.NaN); // the shape's own checks, before any query
        var query = new SqlQuery(dialect);
        string d = query.AsFloat(query.Name(durationColumn));
        var extremes = (await RunAsync(query, $"SELECT COUNT(*), COUNT({d}), MIN({d}), MAX({d}) FROM {source.ToSql(dialect)}", r => (All: SqlQuery.Int64(r, 0), Given: SqlQuery.Int64(r, 1), Least: SqlQuery.Double(r, 2), Greatest: SqlQuery.Double(r, 3)), cancellationToken).ConfigureAwait(false)).Single();
        CheckDurations(source, durationColumn, extremes.All, extremes.Given, extremes.Least, extremes.Greatest);
        if (extremes.All == 0)
        {
            return ResponseTimeSketch.FromBuckets(relativeAccuracy, maxBuckets, 0, [], double.NaN, double.NaN);
        }

        double logGamma = Math.Log((1 + relativeAccuracy) / (1 - relativeAccuracy));
        string gamma = query.Value(logGamma);
        string bucket = $"CASE WHEN {d} = 0 THEN NULL ELSE CEIL(LN({d}) / {gamma}) END";
        var buckets = await RunAsync(query, $"SELECT {bucket}, COUNT(*) FROM {source.ToSql(dialect)} GROUP BY {bucket}", r => (Bucket: r.IsDBNull(0) ? (long?)null : SqlQuery.Int64(r, 0), Count: SqlQuery.Int64(r, 1)), cancellationToken).ConfigureAwait(false);
        long zeros = buckets.Where(b => b.Bucket is null).Sum(b => b.Count);
        return ResponseTimeSketch.FromBuckets(
            relativeAccuracy,
            maxBuckets,
            zeros,
            buckets.Where(b => b.Bucket is not null).Select(b => new KeyValuePair<int, long>(checked((int)b.Bucket!.Value), b.Count)),
            extremes.Least,
            extremes.Greatest);
    }

    private async Task<IReadOnlyList<KeyValuePair<string?, NpsDistribution>>> NpsDistributionsAsync(SqlSource source, string scoreColumn, string? groupColumn, CancellationToken cancellationToken)
    {
        CheckArguments(source, scoreColumn, nameof(scoreColumn));
        var query = new SqlQuery(dialect);
        string s = query.Name(scoreColumn);
        string group = groupColumn is null ? "NULL" : query.AsText(groupColumn);
        string sql = groupColumn is null
            ? $"SELECT NULL, {s}, COUNT(*) FROM {source.ToSql(dialect)} WHERE {s} IS NOT NULL GROUP BY {s}"
            : $"SELECT {group}, {s}, COUNT(*) FROM {source.ToSql(dialect)} WHERE {s} IS NOT NULL GROUP BY {group}, {s}";
        var rows = await RunAsync(query, sql, r => (Group: SqlQuery.Text(r, 0), Score: SqlQuery.Double(r, 1), Count: SqlQuery.Int64(r, 2)), cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<string, long[]>(StringComparer.Ordinal);
        long[]? nullGroup = null;
        foreach ((string? key, double score, long count) in rows)
        {
            if (!(score >= Nps.MinScore && score <= Nps.MaxScore && score == Math.Floor(score)))
            {
                throw new InvalidDataException(Format($"{source}.{scoreColumn} holds {score} ({count} rows), which is not an NPS answer (a whole number from 0 to 10)."));
            }

            long[] distribution = key is null
                ? nullGroup ??= new long[Nps.MaxScore + 1]
                : counts.TryGetValue(key, out long[]? found) ? found : counts[key] = new long[Nps.MaxScore + 1];
            distribution[(int)score] += count;
        }

        var result = new List<KeyValuePair<string?, NpsDistribution>>();
        if (nullGroup is not null)
        {
            result.Add(new KeyValuePair<string?, NpsDistribution>(null, NpsDistribution.FromCounts(nullGroup)));
        }

        result.AddRange(counts.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new KeyValuePair<string?, NpsDistribution>(pair.Key, NpsDistribution.FromCounts(pair.Value))));
        return result;
    }

    private async Task<IReadOnlyList<KeyValuePair<string?, SlaResult>>> SlaGroupsAsync(SqlSource source, string durationColumn, double threshold, string? groupColumn, CancellationToken cancellationToken)
    {
        CheckArguments(source, durationColumn, nameof(durationColumn));
        if (!(threshold > 0) || double.IsInfinity(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold should be finite and greater than 0.");
        }

        var query = new SqlQuery(dialect);
        string d = query.AsFloat(query.Name(durationColumn));
        string t = query.Value(threshold);
        string group = groupColumn is null ? "NULL" : query.AsText(groupColumn);
        string sql =
            $"SELECT {group}, COUNT(*), SUM(CASE WHEN {d} <= {t} THEN 1 ELSE 0 END), COUNT({d}), MIN({d}), MAX({d}) FROM {source.ToSql(dialect)}" +
            (groupColumn is null ? string.Empty : $" GROUP BY {group}");
        var rows = await RunAsync(query, sql, r => (Group: SqlQuery.Text(r, 0), All: SqlQuery.Int64(r, 1), Within: SqlQuery.Int64(r, 2), Given: SqlQuery.Int64(r, 3), Least: SqlQuery.Double(r, 4), Greatest: SqlQuery.Double(r, 5)), cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            CheckDurations(source, durationColumn, row.All, row.Given, row.Least, row.Greatest);
        }

        return rows
            .Where(row => row.All > 0)
            .OrderBy(row => row.Group is null ? 0 : 1)
            .ThenBy(row => row.Group, StringComparer.Ordinal)
            .Select(row => new KeyValuePair<string?, SlaResult>(row.Group, Sla.Compliance(row.Within, row.All)))
            .ToList();
    }

    private async Task<List<T>> RunAsync<T>(SqlQuery query, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        return await query.ReadAsync(connection, sql, read, cancellationToken).ConfigureAwait(false);
    }

    private static void CheckArguments(SqlSource source, string? column, string? paramName)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        if (paramName is not null)
        {
            CheckColumn(column, paramName);
        }
    }

    private static void CheckColumn(string? column, string paramName)
    {
        if (string.IsNullOrEmpty(column))
        {
            throw new ArgumentException("A column name should be non-empty.", paramName);
        }
    }

    private static void CheckAnswers(SqlSource source, string column, double least, double greatest, long fractional)
    {
        if (!(least >= Nps.MinScore && greatest <= Nps.MaxScore) || fractional > 0)
        {
            throw new InvalidDataException(Format($"{source}.{column} holds answers from {least} to {greatest}{(fractional > 0 ? $", {fractional} not whole" : string.Empty)}; NPS answers are whole numbers from 0 to 10."));
        }
    }

    private static void CheckItem(SqlSource source, string column, SocoInstrument instrument, double least, double greatest, long fractional)
    {
        if (!double.IsNaN(least) && (!(least >= instrument.ScaleMin && greatest <= instrument.ScaleMax) || fractional > 0))
        {
            throw new InvalidDataException(Format($"{source}.{column} holds answers from {least} to {greatest}{(fractional > 0 ? $", {fractional} not whole" : string.Empty)}; answers are whole numbers from {instrument.ScaleMin} to {instrument.ScaleMax}."));
        }
    }

    private static void CheckDurations(SqlSource source, string column, long all, long given, double least, double greatest)
    {
        if (given < all)
        {
            throw new InvalidDataException(Format($"{source}.{column}: {all - given} of {all} rows have no duration (NULL); an operation without one cannot be counted on time or late."));
        }

        if (all > 0 && !(least >= 0 && greatest <= double.MaxValue))
        {
            throw new InvalidDataException(Format($"{source}.{column} holds durations from {least} to {greatest}; durations are finite and non-negative."));
        }
    }

    private static string A(SqlQuery query, int item) => query.Name("a" + item.ToString(CultureInfo.InvariantCulture));

    private static string X(SqlQuery query, int item) => query.Name("x" + item.ToString(CultureInfo.InvariantCulture));

    /// <summary>A sum of nothing is NULL in SQL, NaN once read: here it is 0.</summary>
    private static double Zero(double value) => double.IsNaN(value) ? 0 : value;

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
