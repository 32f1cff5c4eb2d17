using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// A SOCO (selling orientation – customer orientation) instrument: its items with their polarity, the
/// answer scale, and the scoring rules; it scores respondents one by one or in flat batches, and
/// summarises a team with reliability statistics.
/// </summary>
/// <remarks>
/// <para>Saxe &amp; Weitz (1982), "The SOCO Scale: A Measure of the Customer Orientation of
/// Salespeople", Journal of Marketing Research 19(3):343–351. Salespeople (or their customers, about
/// them) rate 24 statements from 1 (true for none of your customers — never) to 9 (true for all of
/// them — always); twelve are customer-oriented, twelve selling-oriented and reverse-keyed. The
/// sources call it "the best-known metric of customer orientation": each statement is scored 1–9 and
/// the results summed, for each employee and for the company as a whole.</para>
/// <para>Answers are given in item order; <see cref="Missing"/> (or <see cref="MissingByte"/> in byte
/// data) marks an unanswered item. A respondent who answered at least <see cref="MinimumAnsweredShare"/>
/// of the items gets a prorated total; below it the score is undefined, with the reason.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SocoInstrumentJsonConverter))]
#endif
public sealed class SocoInstrument : IEquatable<SocoInstrument>
{
    /// <summary>Marks an unanswered item in <see cref="int"/> answers.</summary>
    public const int Missing = int.MinValue;

    /// <summary>Marks an unanswered item in <see cref="byte"/> answers.</summary>
    public const byte MissingByte = byte.MaxValue;

    /// <summary>The default share of items that must be answered for a prorated score: 0.8.</summary>
    public const double DefaultMinimumAnsweredShare = 0.8;

    /// <summary>The most points a scale may have (0..1000 covers slider answers): the summary keeps a count per point.</summary>
    public const int MaxScalePoints = 1001;

    private const int StackAnswers = 256;

    private static readonly string[] NinePointLabels =
    [
        "true for none of your customers (never)",
        "true for almost none",
        "true for a few",
        "true for somewhat less than half",
        "true for about half",
        "true for somewhat more than half",
        "true for a large majority",
        "true for almost all",
        "true for all of your customers (always)",
    ];

    private readonly SocoItem[] items;

    /// <summary>Defines an instrument.</summary>
    /// <param name="items">The items in the order answers are given; at least one, with unique numbers.</param>
    /// <param name="scaleMin">The lowest answer, e.g. 1.</param>
    /// <param name="scaleMax">The highest answer, e.g. 9; greater than <paramref name="scaleMin"/>.</param>
    /// <param name="minimumAnsweredShare">The share of items, in (0, 1], that must be answered for a prorated score; 1 turns proration off.</param>
    /// <param name="scaleLabels">Optional words for each answer, from <paramref name="scaleMin"/> up; one per scale point.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/>, an item or a label is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">There are no items; an item number or text repeats; a text is empty; a polarity is unknown; or the labels do not match the scale.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The scale is empty or wider than <see cref="MaxScalePoints"/> points, or <paramref name="minimumAnsweredShare"/> is outside (0, 1].</exception>
    public SocoInstrument(IEnumerable<SocoItem> items, int scaleMin, int scaleMax, double minimumAnsweredShare = DefaultMinimumAnsweredShare, IReadOnlyList<string>? scaleLabels = null)
        : this(CheckItems(nameof(items), Preconditions.CheckNotNull(nameof(items), items).ToArray()), scaleMin, scaleMax, minimumAnsweredShare, CheckLabels(scaleLabels, scaleMin, scaleMax))
    {
    }

    /// <summary>Creates an instrument from checked items and labels; checks the scale and the share.</summary>
    private SocoInstrument(SocoItem[] items, int scaleMin, int scaleMax, double minimumAnsweredShare, IReadOnlyList<string>? scaleLabels, string shareParamName = "minimumAnsweredShare")
    {
        if (scaleMin >= scaleMax || scaleMin == Missing)
        {
            Preconditions.ThrowOutOfRange(nameof(scaleMax), scaleMax, Preconditions.Format($"The scale should run from a lower to a higher answer; got [{scaleMin}, {scaleMax}]."));
        }

        if ((long)scaleMax - scaleMin + 1 > MaxScalePoints)
        {
            Preconditions.ThrowOutOfRange(nameof(scaleMax), scaleMax, Preconditions.Format($"The scale [{scaleMin}, {scaleMax}] has {(long)scaleMax - scaleMin + 1} points; at most {MaxScalePoints} are supported."));
        }

        CheckShare(shareParamName, minimumAnsweredShare);
        this.items = items;
        Items = Array.AsReadOnly(items);
        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
        MinimumAnsweredShare = minimumAnsweredShare;
        ScaleLabels = scaleLabels;
    }

    /// <summary>
    /// The full 24-item SOCO form on the 1..9 scale, items in the commonly published handbook order:
    /// 1–12 customer-oriented, 13–24 selling-oriented. The texts are short paraphrases.
    /// </summary>
    public static SocoInstrument Full24 { get; } = new(
    [
        new(1, ItemPolarity.CustomerOriented, "Helps customers reach their goals"),
        new(2, ItemPolarity.CustomerOriented, "Reaches own goals by satisfying customers"),
        new(3, ItemPolarity.CustomerOriented, "Keeps the customer's best interest in mind"),
        new(4, ItemPolarity.CustomerOriented, "Gets customers to talk about their needs"),
        new(5, ItemPolarity.CustomerOriented, "Influences customers with information, not pressure"),
        new(6, ItemPolarity.CustomerOriented, "Offers the product that best fits the customer's problem"),
        new(7, ItemPolarity.CustomerOriented, "Finds out which product would help the customer most"),
        new(8, ItemPolarity.CustomerOriented, "Answers product questions as correctly as possible"),
        new(9, ItemPolarity.CustomerOriented, "Matches a customer's problem with a product that solves it"),
        new(10, ItemPolarity.CustomerOriented, "Will disagree with a customer to help them decide better"),
        new(11, ItemPolarity.CustomerOriented, "Sets accurate expectations of what the product will do"),
        new(12, ItemPolarity.CustomerOriented, "Works out what the customer needs"),
        new(13, ItemPolarity.SellingOriented, "Sells all the customer can be talked into, even more than is wise"),
        new(14, ItemPolarity.SellingOriented, "Puts selling as much as possible before satisfying the customer"),
        new(15, ItemPolarity.SellingOriented, "Looks for weak spots in a customer to press them to buy"),
        new(16, ItemPolarity.SellingOriented, "Pressures customers to buy when unsure the product is right"),
        new(17, ItemPolarity.SellingOriented, "Chooses offers by what can be sold, not by long-term satisfaction"),
        new(18, ItemPolarity.SellingOriented, "Makes products sound better than they are"),
        new(19, ItemPolarity.SellingOriented, "Spends more time persuading than discovering needs"),
        new(20, ItemPolarity.SellingOriented, "Stretches the truth when describing a product"),
        new(21, ItemPolarity.SellingOriented, "Pretends to agree with customers to please them"),
        new(22, ItemPolarity.SellingOriented, "Claims things are out of their control when they are not"),
        new(23, ItemPolarity.SellingOriented, "Starts the sales pitch before exploring the customer's needs"),
        new(24, ItemPolarity.SellingOriented, "Treats the customer as an opponent"),
    ],
        scaleMin: 1,
        scaleMax: 9,
        scaleLabels: NinePointLabels);

    /// <summary>
    /// The 10-item short form of Thomas, Soutar &amp; Ryan (2001), "The selling orientation–customer
    /// orientation (S.O.C.O.) scale: A proposed short form", Journal of Personal Selling &amp; Sales
    /// Management 21(1): original items 3, 6, 7, 9, 12 (customer-oriented) and 13, 14, 17, 18, 23
    /// (selling-oriented), on the 1..9 scale.
    /// </summary>
    public static SocoInstrument Short10 { get; } = Full24.SelectItems([3, 6, 7, 9, 12, 13, 14, 17, 18, 23]);

    /// <summary>The items, in the order answers are given.</summary>
    public IReadOnlyList<SocoItem> Items { get; }

    /// <summary>The lowest answer.</summary>
    public int ScaleMin { get; }

    /// <summary>The highest answer.</summary>
    public int ScaleMax { get; }

    /// <summary>The share of items that must be answered for a prorated score (1: every item).</summary>
    public double MinimumAnsweredShare { get; }

    /// <summary>Words for each answer from <see cref="ScaleMin"/> up, or <c>null</c>.</summary>
    public IReadOnlyList<string>? ScaleLabels { get; }

    /// <summary>The lowest possible total: items × <see cref="ScaleMin"/> (24 for the full form).</summary>
    public double MinimumTotal => (double)items.Length * ScaleMin;

    /// <summary>The highest possible total: items × <see cref="ScaleMax"/> (216 for the full form).</summary>
    public double MaximumTotal => (double)items.Length * ScaleMax;

    /// <summary>A copy that requires a different share of answered items for a prorated score.</summary>
    /// <param name="share">The share in (0, 1]; 1 turns proration off.</param>
    /// <returns>The new instrument.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is outside (0, 1].</exception>
    public SocoInstrument WithMinimumAnsweredShare(double share) => new(items, ScaleMin, ScaleMax, share, ScaleLabels, nameof(share));

    /// <summary>A copy with your own wording of the items (for example the licensed published statements).</summary>
    /// <param name="texts">One text per item, in item order.</param>
    /// <returns>The new instrument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or a text is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The number of texts differs from the number of items, or a text is empty or repeats.</exception>
    public SocoInstrument WithTexts(IReadOnlyList<string> texts)
    {
        Preconditions.CheckNotNull(nameof(texts), texts);
        Preconditions.CheckSameLength(nameof(texts), items.Length, texts.Count, "the instrument's items");
        SocoItem[] renamed = CheckItems(nameof(texts), items.Select((item, i) => item with { Text = texts[i] }).ToArray());
        return new(renamed, ScaleMin, ScaleMax, MinimumAnsweredShare, ScaleLabels);
    }

    /// <summary>A shorter instrument made of some of this one's items, in the order given.</summary>
    /// <param name="numbers">The item numbers to keep.</param>
    /// <returns>The new instrument, with the same scale and rules.</returns>
    /// <exception cref="ArgumentException">A number is not an item of this instrument, or repeats, or none is given.</exception>
    public SocoInstrument SelectItems(IEnumerable<int> numbers)
    {
        Preconditions.CheckNotNull(nameof(numbers), numbers);
        var selected = new List<SocoItem>();
        foreach (int number in numbers)
        {
            SocoItem item = Array.Find(items, i => i.Number == number)
                ?? throw new ArgumentException(Preconditions.Format($"The instrument has no item {number}."), nameof(numbers));
            selected.Add(item);
        }

        return new(CheckItems(nameof(numbers), selected.ToArray()), ScaleMin, ScaleMax, MinimumAnsweredShare, ScaleLabels);
    }

    /// <summary>Scores one respondent.</summary>
    /// <param name="answers">One answer per item, in item order; <see cref="Missing"/> for an unanswered item.</param>
    /// <returns>The score; undefined (with the reason) when too few items are answered.</returns>
    /// <exception cref="ArgumentException">The number of answers differs from the number of items.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside the scale (the item number and value are named).</exception>
    public SocoScore Score(ReadOnlySpan<int> answers)
    {
        Preconditions.CheckSameLength(nameof(answers), items.Length, answers.Length, "the instrument's items");
        return ScoreCore(answers, nameof(answers), respondent: -1);
    }

    /// <summary>
    /// Scores many respondents stored row by row in one flat matrix (respondents × items) into
    /// <paramref name="destination"/>, allocating nothing per respondent.
    /// </summary>
    /// <param name="answers">Row-major answers: respondent 0's items, then respondent 1's…; <see cref="Missing"/> for unanswered items.</param>
    /// <param name="destination">Receives one score per respondent; at least as long as the number of rows.</param>
    /// <returns>The number of respondents scored.</returns>
    /// <exception cref="ArgumentException">The matrix length is not a multiple of the item count, or <paramref name="destination"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside the scale (respondent, item and value are named).</exception>
    public int ScoreBatch(ReadOnlySpan<int> answers, Span<SocoScore> destination)
    {
        int rows = Rows(answers.Length, nameof(answers));
        CheckDestination(destination.Length, rows);
        for (int r = 0; r < rows; r++)
        {
            destination[r] = ScoreCore(answers.Slice(r * items.Length, items.Length), nameof(answers), r);
        }

        return rows;
    }

    /// <summary>Scores a byte matrix (respondents × items); <see cref="MissingByte"/> marks unanswered items.</summary>
    /// <param name="answers">Row-major answers, one byte each.</param>
    /// <param name="destination">Receives one score per respondent.</param>
    /// <returns>The number of respondents scored.</returns>
    /// <exception cref="ArgumentException">The matrix length is not a multiple of the item count, <paramref name="destination"/> is too short, or the scale does not fit in bytes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside the scale.</exception>
    public int ScoreBatch(ReadOnlySpan<byte> answers, Span<SocoScore> destination)
    {
        int rows = Rows(answers.Length, nameof(answers));
        CheckDestination(destination.Length, rows);
        CheckByteScale();
        int[]? rented = null;

        // Stryker disable once Conditional,Equality : equivalent, where the scratch row lives (the stack or the pool)
        Span<int> row = items.Length <= StackAnswers ? stackalloc int[items.Length] : (rented = ArrayPool<int>.Shared.Rent(items.Length)).AsSpan(0, items.Length);
        try
        {
#if NET
            if (SocoKernels.Applies(this, rows))
            {
                SocoKernels.ScoreRows(this, answers, rows, destination, row, nameof(answers));
                return rows;
            }
#endif
            for (int r = 0; r < rows; r++)
            {
                destination[r] = ScoreCore(Widen(answers.Slice(r * items.Length, items.Length), row), nameof(answers), r);
            }
        }
        finally
        {
            if (rented is not null)
            {
                // Stryker disable once Statement : equivalent, a rented row not given back is only garbage
                ArrayPool<int>.Shared.Return(rented);
            }
        }

        return rows;
    }

    /// <summary>The reference path of <see cref="ScoreBatch(ReadOnlySpan{byte}, Span{SocoScore})"/>, which the kernel is compared with.</summary>
    internal int ScoreBatchScalar(ReadOnlySpan<byte> answers, Span<SocoScore> destination)
    {
        int rows = Rows(answers.Length, nameof(answers));
        int[] row = new int[items.Length];
        for (int r = 0; r < rows; r++)
        {
            destination[r] = ScoreCore(Widen(answers.Slice(r * items.Length, items.Length), row), nameof(answers), r);
        }

        return rows;
    }

    /// <summary>Summarises a team: scores, distribution and reliability, from one array of answers per respondent.</summary>
    /// <param name="respondents">Each respondent's answers in item order.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="respondents"/> or a respondent is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A respondent has the wrong number of answers (the respondent is named).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside the scale.</exception>
    public SocoSummary Summarize(IEnumerable<int[]> respondents) => Tally(respondents).ToSummary();

    /// <summary>Summarises a team stored as a flat matrix (respondents × items), allocating nothing per respondent.</summary>
    /// <param name="answers">Row-major answers; <see cref="Missing"/> for unanswered items.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">The matrix length is not a multiple of the item count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside the scale.</exception>
    public SocoSummary SummarizeBatch(ReadOnlySpan<int> answers) => TallyBatch(answers).ToSummary();

    /// <summary>Summarises a byte matrix (respondents × items); <see cref="MissingByte"/> marks unanswered items.</summary>
    /// <param name="answers">Row-major answers, one byte each.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">The matrix length is not a multiple of the item count, or the scale does not fit in bytes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside the scale.</exception>
    public SocoSummary SummarizeBatch(ReadOnlySpan<byte> answers) => TallyBatch(answers).ToSummary();

    /// <summary>
    /// The mergeable sufficient statistics of a group of respondents: tallies of teams, days or shards add
    /// up (<c>+</c>) to the tally of the whole, whose <see cref="SocoTally.ToSummary"/> is the summary of the whole.
    /// </summary>
    /// <param name="respondents">Each respondent's answers in item order.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="respondents"/> or a respondent is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A respondent has the wrong number of answers (the respondent is named).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside the scale.</exception>
    public SocoTally Tally(IEnumerable<int[]> respondents)
    {
        Preconditions.CheckNotNull(nameof(respondents), respondents);
        var builder = new SocoTallyBuilder(this);
        long r = 0;
        foreach (int[] answers in respondents)
        {
            AddChecked(builder, answers, r++, nameof(respondents));
        }

        return builder.ToTally();
    }

    /// <summary>The mergeable tally of a flat matrix (respondents × items), allocating nothing per respondent.</summary>
    /// <param name="answers">Row-major answers; <see cref="Missing"/> for unanswered items.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentException">The matrix length is not a multiple of the item count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside the scale.</exception>
    public SocoTally TallyBatch(ReadOnlySpan<int> answers)
    {
        int rows = Rows(answers.Length, nameof(answers));
        var builder = new SocoTallyBuilder(this);
        for (int r = 0; r < rows; r++)
        {
            builder.Add(answers.Slice(r * items.Length, items.Length), nameof(answers), r);
        }

        return builder.ToTally();
    }

    /// <summary>
    /// The mergeable tally of a byte matrix (respondents × items); <see cref="MissingByte"/> marks unanswered
    /// items. Complete rows go through a vector kernel that sums the keyed answers, their squares and their
    /// products with the total in integer lanes; rows with missing answers through the reference path.
    /// </summary>
    /// <param name="answers">Row-major answers, one byte each.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentException">The matrix length is not a multiple of the item count, or the scale does not fit in bytes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside the scale.</exception>
    public SocoTally TallyBatch(ReadOnlySpan<byte> answers)
    {
        int rows = Rows(answers.Length, nameof(answers));
        CheckByteScale();
        var builder = new SocoTallyBuilder(this);
        // Stryker disable once Conditional,Equality : equivalent, where the scratch row lives (the stack or the heap)
        Span<int> row = items.Length <= StackAnswers ? stackalloc int[items.Length] : new int[items.Length];
#if NET
        if (SocoKernels.Applies(this, rows))
        {
            SocoKernels.TallyRows(this, answers, rows, builder, row, nameof(answers));
            return builder.ToTally();
        }
#endif
        TallyRows(answers, rows, builder, row);
        return builder.ToTally();
    }

    /// <summary>The reference path of <see cref="TallyBatch(ReadOnlySpan{byte})"/>, which the kernel is compared with.</summary>
    internal SocoTally TallyBatchScalar(ReadOnlySpan<byte> answers)
    {
        int rows = Rows(answers.Length, nameof(answers));
        var builder = new SocoTallyBuilder(this);
        TallyRows(answers, rows, builder, new int[items.Length]);
        return builder.ToTally();
    }

    /// <summary>A summary per team, department or segment, from (key, answers) pairs.</summary>
    /// <typeparam name="TKey">The key; compared with its default equality (ordinal for strings); not null.</typeparam>
    /// <param name="respondents">Each respondent's key and answers.</param>
    /// <returns>One summary per key, in the order keys first appear.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="respondents"/>, a key or a respondent's answers are <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A respondent has the wrong number of answers.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside the scale.</exception>
    public IReadOnlyList<KeyValuePair<TKey, SocoSummary>> SummarizeBy<TKey>(IEnumerable<(TKey Key, int[] Answers)> respondents)
        where TKey : notnull
    {
        Preconditions.CheckNotNull(nameof(respondents), respondents);
        var builders = new Dictionary<TKey, SocoTallyBuilder>();
        var order = new List<TKey>();
        long r = 0;
        foreach ((TKey key, int[] answers) in respondents)
        {
            Preconditions.CheckKey(nameof(respondents), key, r);
            if (!builders.TryGetValue(key, out SocoTallyBuilder? builder))
            {
                builder = new SocoTallyBuilder(this);
                builders.Add(key, builder);
                order.Add(key);
            }

            AddChecked(builder, answers, r++, nameof(respondents));
        }

        return order.ConvertAll(key => new KeyValuePair<TKey, SocoSummary>(key, builders[key].ToTally().ToSummary()));
    }

    /// <summary>The keyed value of an answer to item <paramref name="index"/>: reversed for selling-oriented items.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long Keyed(int index, int answer) =>
        items[index].Polarity == ItemPolarity.CustomerOriented ? answer : (long)ScaleMin + ScaleMax - answer;

    /// <summary>Scores answers already known to have one entry per item. <paramref name="respondent"/> is −1 for a single respondent.</summary>
    internal SocoScore ScoreCore(ReadOnlySpan<int> answers, string paramName, long respondent)
    {
        int answered = 0;
        long keyedSum = 0;
        long coSum = 0;
        int coCount = 0;
        long soSum = 0;
        int soCount = 0;
        for (int i = 0; i < answers.Length; i++)
        {
            int answer = answers[i];
            if (answer == Missing)
            {
                continue;
            }

            if (answer < ScaleMin || answer > ScaleMax)
            {
                ThrowOutOfScale(paramName, respondent, i, answer);
            }

            answered++;
            if (items[i].Polarity == ItemPolarity.CustomerOriented)
            {
                keyedSum += answer;
                coSum += answer;
                coCount++;
            }
            else
            {
                keyedSum += (long)ScaleMin + ScaleMax - answer;
                soSum += answer;
                soCount++;
            }
        }

        int k = items.Length;
        if (answered == 0 || answered < MinimumAnsweredShare * k)
        {
            return new SocoScore(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, answered, k, prorated: false);
        }

        double total = answered == k ? keyedSum : (double)keyedSum / answered * k;

        // Stryker disable once Conditional,Equality : equivalent, a dimension with no answer has sum 0, and 0 / 0 is NaN as well
        double customerOrientation = coCount > 0 ? (double)coSum / coCount : double.NaN;
        // Stryker disable once Conditional,Equality : equivalent, a dimension with no answer has sum 0, and 0 / 0 is NaN as well
        double sellingOrientation = soCount > 0 ? (double)soSum / soCount : double.NaN;
        return new SocoScore(
            total,
            total / k,
            customerOrientation,
            sellingOrientation,
            (total - MinimumTotal) / (MaximumTotal - MinimumTotal) * 100,
            answered,
            k,
            prorated: answered < k);
    }

    /// <summary>
    /// Items are checked where they enter: none missing, each with a known polarity, and numbers and texts
    /// (compared ordinally, ignoring surrounding white space) that identify one item each.
    /// </summary>
    private static SocoItem[] CheckItems(string paramName, SocoItem[] items)
    {
        if (items.Length == 0)
        {
            Preconditions.ThrowArgument(paramName, "An instrument needs at least one item.");
        }

        var numbers = new HashSet<int>();
        var texts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < items.Length; i++)
        {
            SocoItem item = items[i];
            if (item is null)
            {
                Preconditions.ThrowNull(paramName, Preconditions.Format($"The item at position {i} is null."));
            }

            if (!numbers.Add(item.Number))
            {
                Preconditions.ThrowArgument(paramName, Preconditions.Format($"Item number {item.Number} appears twice."));
            }

            if (item.Polarity is not (ItemPolarity.CustomerOriented or ItemPolarity.SellingOriented))
            {
                Preconditions.ThrowArgument(paramName, Preconditions.Format($"Item {item.Number} has an unknown polarity {(int)item.Polarity}."));
            }

            if (item.Text is null)
            {
                Preconditions.ThrowNull(paramName, Preconditions.Format($"Item {item.Number} has no text (null)."));
            }

            string text = item.Text.Trim();
            if (text.Length == 0)
            {
                Preconditions.ThrowArgument(paramName, Preconditions.Format($"Item {item.Number} has an empty text."));
            }

            if (texts.TryGetValue(text, out int other))
            {
                Preconditions.ThrowArgument(paramName, Preconditions.Format($"Items {other} and {item.Number} have the same text '{TextInput.ForMessage(text)}'."));
            }

            texts.Add(text, item.Number);
        }

        return items;
    }

    private static IReadOnlyList<string>? CheckLabels(IReadOnlyList<string>? labels, int scaleMin, int scaleMax)
    {
        if (labels is null)
        {
            return null;
        }

        if (labels.Count != (long)scaleMax - scaleMin + 1)
        {
            Preconditions.ThrowArgument("scaleLabels", Preconditions.Format($"There are {labels.Count} labels for {(long)scaleMax - scaleMin + 1} scale points."));
        }

        string[] copy = labels.ToArray();
        for (int i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                Preconditions.ThrowNull("scaleLabels", Preconditions.Format($"The label of answer {(long)scaleMin + i} is null."));
            }
        }

        return Array.AsReadOnly(copy);
    }

    private static void CheckShare(string paramName, double share)
    {
        if (!(share > 0 && share <= 1))
        {
            Preconditions.ThrowOutOfRange(paramName, share, "The answered share should be in (0, 1], for example 0.8; 1 turns proration off.");
        }
    }

    private void AddChecked(SocoTallyBuilder builder, int[]? answers, long respondent, string paramName)
    {
        if (answers is null)
        {
            throw new ArgumentNullException(paramName, Preconditions.Format($"Respondent {respondent} has no answers (null)."));
        }

        if (answers.Length != items.Length)
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format($"Respondent {respondent} has {answers.Length} answers; the instrument has {items.Length} items."));
        }

        builder.Add(answers, paramName, respondent);
    }

    private int Rows(int length, string paramName)
    {
        if (length % items.Length != 0)
        {
            Preconditions.ThrowArgument(paramName, Preconditions.Format($"The matrix has {length} answers, which is not a whole number of respondents of {items.Length} items."));
        }

        return length / items.Length;
    }

    private static void CheckDestination(int length, int rows)
    {
        if (length < rows)
        {
            Preconditions.ThrowArgument("destination", Preconditions.Format($"The destination holds {length} scores but the matrix has {rows} respondents."));
        }
    }

    /// <summary>Tallies the rows of a byte matrix through the reference path.</summary>
    private void TallyRows(ReadOnlySpan<byte> answers, int rows, SocoTallyBuilder builder, Span<int> row)
    {
        for (int r = 0; r < rows; r++)
        {
            builder.Add(Widen(answers.Slice(r * items.Length, items.Length), row), nameof(answers), r);
        }
    }

    private void CheckByteScale()
    {
        if (ScaleMin < 0 || ScaleMax >= MissingByte)
        {
            Preconditions.ThrowArgument("answers", Preconditions.Format($"The scale [{ScaleMin}, {ScaleMax}] does not fit in bytes (0 to 254); use int answers."));
        }
    }

    /// <summary>Byte answers as int answers (<see cref="MissingByte"/> → <see cref="Missing"/>), into <paramref name="destination"/>; returns the filled part.</summary>
    internal static ReadOnlySpan<int> Widen(ReadOnlySpan<byte> source, Span<int> destination)
    {
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = source[i] == MissingByte ? Missing : source[i];
        }

        return destination.Slice(0, source.Length);
    }

    private void ThrowOutOfScale(string paramName, long respondent, int index, int answer)
    {
        string who = respondent >= 0 ? Preconditions.Format($"Respondent {respondent}, item {items[index].Number}") : Preconditions.Format($"Item {items[index].Number}");
        Preconditions.ThrowOutOfRange(paramName, answer, Preconditions.Format($"{who} (position {index}) has answer {answer}; answers should be in [{ScaleMin}, {ScaleMax}]."));
    }

    /// <summary>Value equality: the same items (numbers, polarities, texts) in order, scale, proration share and labels.</summary>
    /// <param name="other">Another value or <c>null</c>.</param>
    /// <returns>Whether both describe the same thing.</returns>
    public bool Equals(SocoInstrument? other) =>
        other is not null
        && items.SequenceEqual(other.items) && ScaleMin == other.ScaleMin && ScaleMax == other.ScaleMax && MinimumAnsweredShare.Equals(other.MinimumAnsweredShare) && (ScaleLabels is null ? other.ScaleLabels is null : other.ScaleLabels is not null && ScaleLabels.SequenceEqual(other.ScaleLabels));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SocoInstrument);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(items.Length, ScaleMin, ScaleMax, MinimumAnsweredShare);
}
