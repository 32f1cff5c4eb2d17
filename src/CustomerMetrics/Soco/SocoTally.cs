using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// The sufficient statistics of a group of SOCO respondents: everything <see cref="SocoSummary"/> needs,
/// as sums that add. Tallies computed per team, per day, per database shard or by a SQL engine merge with
/// <c>+</c> into the tally of the whole, so Cronbach's alpha, alpha-if-deleted, the item–total
/// correlations and the standard error of measurement of a company can be computed without moving its
/// answers to one place.
/// </summary>
/// <remarks>
/// <para>Complete cases (respondents who answered every item) are kept as exact integer sums of the
/// keyed answers measured from the bottom of the scale (0 … max − min): per item Σx, Σx² and Σx·T,
/// where T is the respondent's keyed total, and the least and greatest T. Those are the sums Cronbach's
/// alpha and the item statistics need (Σᵢ Σx·T = ΣT², Σᵢ Σx = ΣT), and integer sums merge exactly, in
/// any order. Respondents with a prorated total keep double sums (their totals are fractions): their
/// totals, squares, extremes and dimension means, and the raw answers they gave per item. The
/// distribution counts every scored respondent by the scale point of their rounded mean.</para>
/// <para><see cref="Empty"/> has no instrument yet and is the identity of <c>+</c>; two non-empty tallies
/// merge only when they come from the same items (numbers and polarities, in order) and scale.</para>
/// <para>Immutable and thread-safe. Build one with <see cref="SocoInstrument.Tally(IEnumerable{int[]})"/>,
/// <see cref="SocoInstrument.TallyBatch(ReadOnlySpan{byte})"/>, or from aggregates with the constructor.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SocoTallyJsonConverter))]
#endif
public sealed class SocoTally : IEquatable<SocoTally>
{
    private readonly int[] itemNumbers;
    private readonly ItemPolarity[] polarities;
    private readonly long[] keyedItemSums;
    private readonly long[] keyedItemSquares;
    private readonly long[] keyedItemTotalProducts;
    private readonly long[] proratedItemSums;
    private readonly long[] proratedItemCounts;
    private readonly long[] meanDistribution;

    /// <summary>Creates a tally from aggregates computed elsewhere (a SQL engine, a stored shard), checking that they are consistent.</summary>
    /// <param name="itemNumbers">The instrument's item numbers, in answer order.</param>
    /// <param name="polarities">Each item's polarity, in the same order.</param>
    /// <param name="scaleMin">The lowest answer of the scale.</param>
    /// <param name="scaleMax">The highest answer; at most <see cref="SocoInstrument.MaxScalePoints"/> points in all.</param>
    /// <param name="undefined">Respondents with too few answers for a score.</param>
    /// <param name="completeCases">Respondents who answered every item.</param>
    /// <param name="keyedItemSums">Per item, Σx over the complete cases, x the keyed answer minus the scale minimum.</param>
    /// <param name="keyedItemSquares">Per item, Σx² over the complete cases.</param>
    /// <param name="keyedItemTotalProducts">Per item, Σx·T over the complete cases, T = Σᵢ x (the keyed total minus its minimum).</param>
    /// <param name="completeMinimum">The least T of a complete case (0 when there is none).</param>
    /// <param name="completeMaximum">The greatest T of a complete case (0 when there is none).</param>
    /// <param name="proratedCases">Respondents scored with a prorated total.</param>
    /// <param name="proratedItemSums">Per item, the sum of the raw answers the prorated respondents gave.</param>
    /// <param name="proratedItemCounts">Per item, how many prorated respondents answered it.</param>
    /// <param name="proratedTotalSum">Σ(total − minimum total) over the prorated respondents.</param>
    /// <param name="proratedTotalSquares">Σ(total − minimum total)² over the prorated respondents.</param>
    /// <param name="proratedMinimum">The least (total − minimum total) of a prorated respondent (0 when there is none).</param>
    /// <param name="proratedMaximum">The greatest (total − minimum total) of a prorated respondent (0 when there is none).</param>
    /// <param name="proratedCustomerOrientationSum">Σ of the prorated respondents' customer-orientation means.</param>
    /// <param name="proratedCustomerOrientationCount">How many prorated respondents have one.</param>
    /// <param name="proratedSellingOrientationSum">Σ of the prorated respondents' selling-orientation means.</param>
    /// <param name="proratedSellingOrientationCount">How many prorated respondents have one.</param>
    /// <param name="meanDistribution">How many scored respondents' means round to each scale point, from the lowest up.</param>
    /// <exception cref="ArgumentNullException">A list is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The lists do not match the items or the scale, or the counts and sums cannot come from answers on this scale.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, a sum is outside what the counts allow, or a polarity is unknown.</exception>
    public SocoTally(
        IReadOnlyList<int> itemNumbers,
        IReadOnlyList<ItemPolarity> polarities,
        int scaleMin,
        int scaleMax,
        long undefined,
        long completeCases,
        IReadOnlyList<long> keyedItemSums,
        IReadOnlyList<long> keyedItemSquares,
        IReadOnlyList<long> keyedItemTotalProducts,
        long completeMinimum,
        long completeMaximum,
        long proratedCases,
        IReadOnlyList<long> proratedItemSums,
        IReadOnlyList<long> proratedItemCounts,
        double proratedTotalSum,
        double proratedTotalSquares,
        double proratedMinimum,
        double proratedMaximum,
        double proratedCustomerOrientationSum,
        long proratedCustomerOrientationCount,
        double proratedSellingOrientationSum,
        long proratedSellingOrientationCount,
        IReadOnlyList<long> meanDistribution)
    {
        this.itemNumbers = Copy(nameof(itemNumbers), itemNumbers);
        int k = this.itemNumbers.Length;
        if (k == 0)
        {
            Preconditions.ThrowArgument(nameof(itemNumbers), "A tally needs the instrument's items; use SocoTally.Empty for no respondents of no instrument.");
        }

        this.polarities = CopyOfLength(nameof(polarities), polarities, k);
        foreach (ItemPolarity polarity in this.polarities)
        {
            if (polarity is not (ItemPolarity.CustomerOriented or ItemPolarity.SellingOriented))
            {
                Preconditions.ThrowOutOfRange(nameof(polarities), polarity, "Unknown item polarity.");
            }
        }

        if (scaleMin >= scaleMax || (long)scaleMax - scaleMin + 1 > SocoInstrument.MaxScalePoints)
        {
            Preconditions.ThrowOutOfRange(nameof(scaleMax), scaleMax, Preconditions.Format($"The scale should run from a lower to a higher answer, with at most {SocoInstrument.MaxScalePoints} points; got [{scaleMin}, {scaleMax}]."));
        }

        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
        int width = scaleMax - scaleMin;
        Undefined = CheckCount(nameof(undefined), undefined);
        CompleteCases = CheckCount(nameof(completeCases), completeCases);
        ProratedCases = CheckCount(nameof(proratedCases), proratedCases);
        this.keyedItemSums = CopyOfLength(nameof(keyedItemSums), keyedItemSums, k);
        this.keyedItemSquares = CopyOfLength(nameof(keyedItemSquares), keyedItemSquares, k);
        this.keyedItemTotalProducts = CopyOfLength(nameof(keyedItemTotalProducts), keyedItemTotalProducts, k);
        this.proratedItemSums = CopyOfLength(nameof(proratedItemSums), proratedItemSums, k);
        this.proratedItemCounts = CopyOfLength(nameof(proratedItemCounts), proratedItemCounts, k);
        this.meanDistribution = CopyOfLength(nameof(meanDistribution), meanDistribution, width + 1);
        for (int i = 0; i < k; i++)
        {
            CheckWithin(nameof(keyedItemSums), this.keyedItemSums[i], 0, Times(completeCases, width), i);
            CheckWithin(nameof(keyedItemSquares), this.keyedItemSquares[i], this.keyedItemSums[i] == 0 ? 0 : 1, Times(this.keyedItemSums[i], width), i);
            CheckWithin(nameof(keyedItemTotalProducts), this.keyedItemTotalProducts[i], this.keyedItemSquares[i], Times(this.keyedItemSums[i], Times(k, width)), i);
            CheckWithin(nameof(proratedItemCounts), this.proratedItemCounts[i], 0, proratedCases, i);
            CheckWithin(nameof(proratedItemSums), this.proratedItemSums[i], Times(this.proratedItemCounts[i], scaleMin), Times(this.proratedItemCounts[i], scaleMax), i);
        }

        long scored = CountSums.Add(completeCases, proratedCases, "respondents");
        long distributed = 0;
        for (int point = 0; point <= width; point++)
        {
            CheckCount(nameof(meanDistribution), this.meanDistribution[point]);
            distributed = CountSums.Add(distributed, this.meanDistribution[point], "respondents");
        }

        if (distributed != scored)
        {
            Preconditions.ThrowArgument(nameof(meanDistribution), Preconditions.Format($"The distribution counts {distributed} respondents, but {completeCases} complete and {proratedCases} prorated were scored."));
        }

        CheckExtremes(nameof(completeMaximum), completeCases, completeMinimum, completeMaximum, Times(k, width));
        CompleteMinimum = completeMinimum;
        CompleteMaximum = completeMaximum;
        CheckExtremes(nameof(proratedMaximum), proratedCases, proratedMinimum, proratedMaximum, (double)k * width);
        CheckFiniteSum(nameof(proratedTotalSum), proratedTotalSum, proratedCases, proratedMinimum, proratedMaximum);
        if (!(proratedTotalSquares >= 0) || double.IsInfinity(proratedTotalSquares) || (proratedCases == 0 && proratedTotalSquares != 0))
        {
            Preconditions.ThrowOutOfRange(nameof(proratedTotalSquares), proratedTotalSquares, "The sum of squared totals should be finite, non-negative, and 0 without prorated respondents.");
        }

        ProratedTotalSum = proratedTotalSum;
        ProratedTotalSquares = proratedTotalSquares;
        ProratedMinimum = proratedMinimum;
        ProratedMaximum = proratedMaximum;
        ProratedCustomerOrientationCount = CheckCount(nameof(proratedCustomerOrientationCount), proratedCustomerOrientationCount);
        ProratedSellingOrientationCount = CheckCount(nameof(proratedSellingOrientationCount), proratedSellingOrientationCount);
        CheckWithin(nameof(proratedCustomerOrientationCount), proratedCustomerOrientationCount, 0, proratedCases, 0);
        CheckWithin(nameof(proratedSellingOrientationCount), proratedSellingOrientationCount, 0, proratedCases, 0);
        CheckFiniteSum(nameof(proratedCustomerOrientationSum), proratedCustomerOrientationSum, proratedCustomerOrientationCount, scaleMin, scaleMax);
        CheckFiniteSum(nameof(proratedSellingOrientationSum), proratedSellingOrientationSum, proratedSellingOrientationCount, scaleMin, scaleMax);
        ProratedCustomerOrientationSum = proratedCustomerOrientationSum;
        ProratedSellingOrientationSum = proratedSellingOrientationSum;
        ItemNumbers = Array.AsReadOnly(this.itemNumbers);
        Polarities = Array.AsReadOnly(this.polarities);
        KeyedItemSums = Array.AsReadOnly(this.keyedItemSums);
        KeyedItemSquares = Array.AsReadOnly(this.keyedItemSquares);
        KeyedItemTotalProducts = Array.AsReadOnly(this.keyedItemTotalProducts);
        ProratedItemSums = Array.AsReadOnly(this.proratedItemSums);
        ProratedItemCounts = Array.AsReadOnly(this.proratedItemCounts);
        MeanDistribution = Array.AsReadOnly(this.meanDistribution);
    }

    /// <summary>Wraps arrays a builder filled and checked (no copy, no checks).</summary>
    internal SocoTally(SocoInstrument instrument, long undefined, long completeCases, long[] keyedItemSums, long[] keyedItemSquares, long[] keyedItemTotalProducts, long completeMinimum, long completeMaximum, long proratedCases, long[] proratedItemSums, long[] proratedItemCounts, double proratedTotalSum, double proratedTotalSquares, double proratedMinimum, double proratedMaximum, double proratedCustomerOrientationSum, long proratedCustomerOrientationCount, double proratedSellingOrientationSum, long proratedSellingOrientationCount, long[] meanDistribution)
        : this(instrument.Items.Select(i => i.Number).ToArray(), instrument.Items.Select(i => i.Polarity).ToArray(), instrument.ScaleMin, instrument.ScaleMax, undefined, completeCases, keyedItemSums, keyedItemSquares, keyedItemTotalProducts, completeMinimum, completeMaximum, proratedCases, proratedItemSums, proratedItemCounts, proratedTotalSum, proratedTotalSquares, proratedMinimum, proratedMaximum, proratedCustomerOrientationSum, proratedCustomerOrientationCount, proratedSellingOrientationSum, proratedSellingOrientationCount, meanDistribution, trusted: true)
    {
    }

    /// <summary>Wraps arrays as they are; <paramref name="trusted"/> only tells this constructor from the checking one.</summary>
    private SocoTally(int[] itemNumbers, ItemPolarity[] polarities, int scaleMin, int scaleMax, long undefined, long completeCases, long[] keyedItemSums, long[] keyedItemSquares, long[] keyedItemTotalProducts, long completeMinimum, long completeMaximum, long proratedCases, long[] proratedItemSums, long[] proratedItemCounts, double proratedTotalSum, double proratedTotalSquares, double proratedMinimum, double proratedMaximum, double proratedCustomerOrientationSum, long proratedCustomerOrientationCount, double proratedSellingOrientationSum, long proratedSellingOrientationCount, long[] meanDistribution, bool trusted)
    {
        this.itemNumbers = itemNumbers;
        this.polarities = polarities;
        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
        Undefined = undefined;
        CompleteCases = completeCases;
        this.keyedItemSums = keyedItemSums;
        this.keyedItemSquares = keyedItemSquares;
        this.keyedItemTotalProducts = keyedItemTotalProducts;
        CompleteMinimum = completeMinimum;
        CompleteMaximum = completeMaximum;
        ProratedCases = proratedCases;
        this.proratedItemSums = proratedItemSums;
        this.proratedItemCounts = proratedItemCounts;
        ProratedTotalSum = proratedTotalSum;
        ProratedTotalSquares = proratedTotalSquares;
        ProratedMinimum = proratedMinimum;
        ProratedMaximum = proratedMaximum;
        ProratedCustomerOrientationSum = proratedCustomerOrientationSum;
        ProratedCustomerOrientationCount = proratedCustomerOrientationCount;
        ProratedSellingOrientationSum = proratedSellingOrientationSum;
        ProratedSellingOrientationCount = proratedSellingOrientationCount;
        this.meanDistribution = meanDistribution;
        ItemNumbers = Array.AsReadOnly(itemNumbers);
        Polarities = Array.AsReadOnly(polarities);
        KeyedItemSums = Array.AsReadOnly(keyedItemSums);
        KeyedItemSquares = Array.AsReadOnly(keyedItemSquares);
        KeyedItemTotalProducts = Array.AsReadOnly(keyedItemTotalProducts);
        ProratedItemSums = Array.AsReadOnly(proratedItemSums);
        ProratedItemCounts = Array.AsReadOnly(proratedItemCounts);
        MeanDistribution = Array.AsReadOnly(meanDistribution);
    }

    /// <summary>No respondents and no instrument yet: the identity of <c>+</c>.</summary>
    public static SocoTally Empty { get; } = new([], [], 0, 0, 0, 0, [], [], [], 0, 0, 0, [], [], 0, 0, 0, 0, 0, 0, 0, 0, [], trusted: true);

    /// <summary>The item numbers, in answer order; empty for <see cref="Empty"/>.</summary>
    public IReadOnlyList<int> ItemNumbers { get; }

    /// <summary>Each item's polarity, in answer order.</summary>
    public IReadOnlyList<ItemPolarity> Polarities { get; }

    /// <summary>The lowest answer of the scale.</summary>
    public int ScaleMin { get; }

    /// <summary>The highest answer of the scale.</summary>
    public int ScaleMax { get; }

    /// <summary>Respondents with too few answers for a score.</summary>
    public long Undefined { get; }

    /// <summary>Respondents who answered every item: the basis of the reliability statistics.</summary>
    public long CompleteCases { get; }

    /// <summary>Per item, Σx over the complete cases (x: the keyed answer minus the scale minimum, 0 … max − min).</summary>
    public IReadOnlyList<long> KeyedItemSums { get; }

    /// <summary>Per item, Σx² over the complete cases.</summary>
    public IReadOnlyList<long> KeyedItemSquares { get; }

    /// <summary>Per item, Σx·T over the complete cases, T being the respondent's Σx over all items.</summary>
    public IReadOnlyList<long> KeyedItemTotalProducts { get; }

    /// <summary>The least T of a complete case; 0 when there is none.</summary>
    public long CompleteMinimum { get; }

    /// <summary>The greatest T of a complete case; 0 when there is none.</summary>
    public long CompleteMaximum { get; }

    /// <summary>Respondents scored with a prorated total (some items unanswered).</summary>
    public long ProratedCases { get; }

    /// <summary>Per item, the sum of the raw answers of the prorated respondents who answered it.</summary>
    public IReadOnlyList<long> ProratedItemSums { get; }

    /// <summary>Per item, how many prorated respondents answered it.</summary>
    public IReadOnlyList<long> ProratedItemCounts { get; }

    /// <summary>Σ(total − minimum total) over the prorated respondents.</summary>
    public double ProratedTotalSum { get; }

    /// <summary>Σ(total − minimum total)² over the prorated respondents.</summary>
    public double ProratedTotalSquares { get; }

    /// <summary>The least (total − minimum total) of a prorated respondent; 0 when there is none.</summary>
    public double ProratedMinimum { get; }

    /// <summary>The greatest (total − minimum total) of a prorated respondent; 0 when there is none.</summary>
    public double ProratedMaximum { get; }

    /// <summary>Σ of the prorated respondents' customer-orientation means.</summary>
    public double ProratedCustomerOrientationSum { get; }

    /// <summary>How many prorated respondents answered a customer-oriented item.</summary>
    public long ProratedCustomerOrientationCount { get; }

    /// <summary>Σ of the prorated respondents' selling-orientation means.</summary>
    public double ProratedSellingOrientationSum { get; }

    /// <summary>How many prorated respondents answered a selling-oriented item.</summary>
    public long ProratedSellingOrientationCount { get; }

    /// <summary>How many scored respondents' means round to each scale point, from the lowest up.</summary>
    public IReadOnlyList<long> MeanDistribution { get; }

    /// <summary>Every respondent counted: scored (complete or prorated) and undefined.</summary>
    public long Respondents => CompleteCases + ProratedCases + Undefined;

    /// <summary>Merges two tallies: the tally of both groups of respondents.</summary>
    /// <param name="left">One tally.</param>
    /// <param name="right">Another tally of the same instrument (or <see cref="Empty"/>).</param>
    /// <returns>The tally of both.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The tallies come from different items or scales.</exception>
    /// <exception cref="OverflowException">A count or an integer sum would exceed <see cref="long.MaxValue"/>.</exception>
    public static SocoTally operator +(SocoTally left, SocoTally right)
    {
        Preconditions.CheckNotNull(nameof(left), left);
        Preconditions.CheckNotNull(nameof(right), right);
        if (left.itemNumbers.Length == 0)
        {
            return right;
        }

        if (right.itemNumbers.Length == 0)
        {
            return left;
        }

        if (!left.itemNumbers.AsSpan().SequenceEqual(right.itemNumbers) || !left.polarities.SequenceEqual(right.polarities) || left.ScaleMin != right.ScaleMin || left.ScaleMax != right.ScaleMax)
        {
            Preconditions.ThrowArgument(nameof(right), "The tallies come from different instruments (items, polarities or scale); only tallies of one instrument merge.");
        }

        bool anyComplete = left.CompleteCases > 0 && right.CompleteCases > 0;
        bool anyProrated = left.ProratedCases > 0 && right.ProratedCases > 0;
        return new SocoTally(
            left.itemNumbers,
            left.polarities,
            left.ScaleMin,
            left.ScaleMax,
            CountSums.Add(left.Undefined, right.Undefined, "respondents"),
            CountSums.Add(left.CompleteCases, right.CompleteCases, "respondents"),
            AddEach(left.keyedItemSums, right.keyedItemSums),
            AddEach(left.keyedItemSquares, right.keyedItemSquares),
            AddEach(left.keyedItemTotalProducts, right.keyedItemTotalProducts),
            anyComplete ? Math.Min(left.CompleteMinimum, right.CompleteMinimum) : left.CompleteMinimum + right.CompleteMinimum,
            anyComplete ? Math.Max(left.CompleteMaximum, right.CompleteMaximum) : left.CompleteMaximum + right.CompleteMaximum,
            CountSums.Add(left.ProratedCases, right.ProratedCases, "respondents"),
            AddEach(left.proratedItemSums, right.proratedItemSums),
            AddEach(left.proratedItemCounts, right.proratedItemCounts),
            left.ProratedTotalSum + right.ProratedTotalSum,
            left.ProratedTotalSquares + right.ProratedTotalSquares,
            anyProrated ? Math.Min(left.ProratedMinimum, right.ProratedMinimum) : left.ProratedMinimum + right.ProratedMinimum,
            anyProrated ? Math.Max(left.ProratedMaximum, right.ProratedMaximum) : left.ProratedMaximum + right.ProratedMaximum,
            left.ProratedCustomerOrientationSum + right.ProratedCustomerOrientationSum,
            left.ProratedCustomerOrientationCount + right.ProratedCustomerOrientationCount,
            left.ProratedSellingOrientationSum + right.ProratedSellingOrientationSum,
            left.ProratedSellingOrientationCount + right.ProratedSellingOrientationCount,
            AddEach(left.meanDistribution, right.meanDistribution),
            trusted: true);
    }

    /// <summary>The friendly twin of <c>+</c>.</summary>
    /// <param name="other">Another tally of the same instrument (or <see cref="Empty"/>).</param>
    /// <returns>The tally of both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The tallies come from different items or scales.</exception>
    /// <exception cref="OverflowException">A count or an integer sum would exceed <see cref="long.MaxValue"/>.</exception>
    public SocoTally Add(SocoTally other) => this + other;

    /// <summary>The summary of the respondents tallied: means, spread, distribution, reliability and item statistics.</summary>
    /// <returns>The summary; figures are NaN where they need more respondents than there are.</returns>
    public SocoSummary ToSummary()
    {
        int k = itemNumbers.Length;
        int width = ScaleMax - ScaleMin;
        double n = CompleteCases;
        long scored = CompleteCases + ProratedCases;

        // The complete cases: exact integer sums, converted once.
        double totalSum = 0;
        double totalSquares = 0;
        for (int i = 0; i < k; i++)
        {
            totalSum += keyedItemSums[i];
            totalSquares += keyedItemTotalProducts[i];
        }

        var variances = new double[k];
        double varianceSum = 0;
        for (int i = 0; i < k; i++)
        {
            variances[i] = SampleVariance(keyedItemSums[i], keyedItemSquares[i], n);
            varianceSum += variances[i];
        }

        (double alpha, double standardErrorOfMeasurement) = Reliability(k);
        var items = new SocoItemStatistics[k];
        for (int i = 0; i < k; i++)
        {
            // The rest of the items (the total without item i), from the exact integer sums: Σ(T − x) and
            // Σ(T − x)² = ΣT² − 2·Σx·T + Σx². Taken as var(T) + var(x) − 2·cov(x, T), a rest that does not vary
            // came out as a rounding error above zero, and its correlation as noise far outside [−1, 1].
            double restSum = totalSum - keyedItemSums[i];
            double restSquares = totalSquares - (2.0 * keyedItemTotalProducts[i]) + keyedItemSquares[i];
            double restVariance = SampleVariance(restSum, restSquares, n);
            double covarianceWithRest = n > 1 ? ((double)(keyedItemTotalProducts[i] - keyedItemSquares[i]) - (keyedItemSums[i] * restSum / n)) / (n - 1) : double.NaN;
            double correlation = variances[i] > 0 && restVariance > 0 ? covarianceWithRest / Math.Sqrt(variances[i] * restVariance) : double.NaN;
            long answered = CompleteCases + proratedItemCounts[i];
            double rawCompleteSum = polarities[i] == ItemPolarity.CustomerOriented
                ? keyedItemSums[i] + (n * ScaleMin)
                : (n * ScaleMax) - keyedItemSums[i];
            items[i] = new SocoItemStatistics(
                itemNumbers[i],
                polarities[i],
                answered > 0 ? (rawCompleteSum + proratedItemSums[i]) / answered : double.NaN,
                Math.Sqrt(variances[i]),
                correlation,
                Alpha(k - 1, varianceSum - variances[i], restVariance));
        }

        // Every scored respondent: the complete cases' integer sums with the prorated double sums.
        double allSum = totalSum + ProratedTotalSum;
        double allSquares = totalSquares + ProratedTotalSquares;
        double minimumTotal = (double)k * ScaleMin;
        double meanShifted = scored > 0 ? allSum / scored : double.NaN;
        double lowest = Lowest();
        double highest = Highest();
        (double coSum, long coCount) = DimensionSums(ItemPolarity.CustomerOriented, ProratedCustomerOrientationSum, ProratedCustomerOrientationCount);
        (double soSum, long soCount) = DimensionSums(ItemPolarity.SellingOriented, ProratedSellingOrientationSum, ProratedSellingOrientationCount);

        // Stryker disable once Conditional,Equality : equivalent, a dimension with no answer has sum 0, and 0 / 0 is NaN as well
        double customerOrientation = coCount > 0 ? coSum / coCount : double.NaN;
        // Stryker disable once Conditional,Equality : equivalent, a dimension with no answer has sum 0, and 0 / 0 is NaN as well
        double sellingOrientation = soCount > 0 ? soSum / soCount : double.NaN;
        return new SocoSummary(
            this,
            ToCount(scored),
            ToCount(Undefined),
            ToCount(CompleteCases),
            meanShifted + minimumTotal,
            Math.Sqrt(SampleVariance(allSum, allSquares, scored)),
            scored > 0 ? lowest + minimumTotal : double.NaN,
            scored > 0 ? highest + minimumTotal : double.NaN,
            meanShifted / ((double)k * width) * 100,
            customerOrientation,
            sellingOrientation,
            alpha,
            standardErrorOfMeasurement,
            Array.AsReadOnly(items),
            MeanDistribution);
    }

    /// <inheritdoc/>
    public bool Equals(SocoTally? other) =>
        other is not null
        && itemNumbers.AsSpan().SequenceEqual(other.itemNumbers)
        && polarities.SequenceEqual(other.polarities)
        && ScaleMin == other.ScaleMin
        && ScaleMax == other.ScaleMax
        && Undefined == other.Undefined
        && CompleteCases == other.CompleteCases
        && keyedItemSums.AsSpan().SequenceEqual(other.keyedItemSums)
        && keyedItemSquares.AsSpan().SequenceEqual(other.keyedItemSquares)
        && keyedItemTotalProducts.AsSpan().SequenceEqual(other.keyedItemTotalProducts)
        && CompleteMinimum == other.CompleteMinimum
        && CompleteMaximum == other.CompleteMaximum
        && ProratedCases == other.ProratedCases
        && proratedItemSums.AsSpan().SequenceEqual(other.proratedItemSums)
        && proratedItemCounts.AsSpan().SequenceEqual(other.proratedItemCounts)
        && ProratedTotalSum.Equals(other.ProratedTotalSum)
        && ProratedTotalSquares.Equals(other.ProratedTotalSquares)
        && ProratedMinimum.Equals(other.ProratedMinimum)
        && ProratedMaximum.Equals(other.ProratedMaximum)
        && ProratedCustomerOrientationSum.Equals(other.ProratedCustomerOrientationSum)
        && ProratedCustomerOrientationCount == other.ProratedCustomerOrientationCount
        && ProratedSellingOrientationSum.Equals(other.ProratedSellingOrientationSum)
        && ProratedSellingOrientationCount == other.ProratedSellingOrientationCount
        && meanDistribution.AsSpan().SequenceEqual(other.meanDistribution);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SocoTally);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(itemNumbers.Length, ScaleMin, ScaleMax, Undefined, CompleteCases, ProratedCases, ProratedTotalSum);

    /// <summary>Formats the tally with the invariant culture.</summary>
    /// <returns>For example <c>SOCO tally of 24 items: 1200 complete, 35 prorated, 4 undefined</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"SOCO tally of {itemNumbers.Length} items: {CompleteCases} complete, {ProratedCases} prorated, {Undefined} undefined");

    /// <summary>
    /// Cronbach's α and the standard error of measurement of the complete cases, from the exact integer sums:
    /// with Dᵢ = n·Σxᵢ² − (Σxᵢ)² (n·(n − 1) times item i's variance) and D = n·ΣT² − (ΣT)² (the total's),
    /// α = k·(D − ΣDᵢ) / ((k − 1)·D) and SEM² = var(T)·(1 − α) = (k·ΣDᵢ − D) / ((k − 1)·n·(n − 1)). Both differences
    /// are exact, so a perfectly consistent instrument has α = 1 and SEM = 0 exactly; from the variances in
    /// doubles, 1 − α was a rounding error and the SEM its square root, about 1e-8 of the spread. NaN for fewer
    /// than two items or complete cases, or a total that does not vary.
    /// </summary>
    private (double Alpha, double StandardErrorOfMeasurement) Reliability(int k)
    {
        long n = CompleteCases;
        BigInteger itemSum = BigInteger.Zero;
        BigInteger totalSum = BigInteger.Zero;
        BigInteger totalSquares = BigInteger.Zero;
        for (int i = 0; i < k; i++)
        {
            itemSum += (n * (BigInteger)keyedItemSquares[i]) - ((BigInteger)keyedItemSums[i] * keyedItemSums[i]);
            totalSum += keyedItemSums[i];
            totalSquares += keyedItemTotalProducts[i];
        }

        BigInteger total = (n * totalSquares) - (totalSum * totalSum);
        if (k < 2 || n < 2 || total.Sign <= 0)
        {
            return (double.NaN, double.NaN);
        }

        double alpha = (double)(k * (total - itemSum)) / ((k - 1.0) * (double)total);
        double squaredError = (double)((k * itemSum) - total) / ((k - 1.0) * n * (n - 1.0));
        return (alpha, Math.Sqrt(squaredError));
    }

    /// <summary>α = k / (k − 1) × (1 − Σ var(itemᵢ) / var(total)); NaN for fewer than two items or no total variance.</summary>
    private static double Alpha(int items, double itemVarianceSum, double totalVariance) =>
        items >= 2 && totalVariance > 0 ? items / (items - 1.0) * (1 - (itemVarianceSum / totalVariance)) : double.NaN;

    private static double SampleVariance(double sum, double squares, double n) =>
        n > 1 ? Math.Max(0, (squares - (sum * sum / n)) / (n - 1)) : double.NaN;

    /// <summary>A summary counts respondents in <see cref="int"/>; a tally can count more.</summary>
    private static int ToCount(long count) =>
        count <= int.MaxValue
            ? (int)count
            : throw new OverflowException(Preconditions.Format($"The tally counts {count} respondents; a summary counts at most Int32.MaxValue ({int.MaxValue})."));

    private static long[] AddEach(long[] left, long[] right)
    {
        long[] sum = new long[left.Length];
        for (int i = 0; i < sum.Length; i++)
        {
            sum[i] = CountSums.Add(left[i], right[i], "(a count or a sum)");
        }

        return sum;
    }

    private static T[] Copy<T>(string paramName, IReadOnlyList<T> values) =>
        Preconditions.CheckNotNull(paramName, values).ToArray();

    private static T[] CopyOfLength<T>(string paramName, IReadOnlyList<T> values, int length)
    {
        T[] copy = Copy(paramName, values);
        Preconditions.CheckSameLength(paramName, length, copy.Length, length == copy.Length ? paramName : "the items or scale points");
        return copy;
    }

    private static long CheckCount(string paramName, long count)
    {
        Preconditions.CheckNonNegative(paramName, count);
        return count;
    }

    private static long Times(long count, long factor) => count > long.MaxValue / Math.Max(1, factor) ? long.MaxValue : count * factor;

    private static void CheckWithin(string paramName, long value, long min, long max, int position)
    {
        if (value < min || value > max)
        {
            Preconditions.ThrowOutOfRange(paramName, value, Preconditions.Format($"The value at position {position} is {value}; with these counts it should be in [{min}, {max}]."));
        }
    }

    private static void CheckExtremes(string paramName, long cases, double minimum, double maximum, double highest)
    {
        bool valid = cases == 0 ? minimum == 0 && maximum == 0 : minimum >= 0 && minimum <= maximum && maximum <= highest;
        if (!valid)
        {
            Preconditions.ThrowOutOfRange(paramName, maximum, Preconditions.Format($"The extremes [{minimum}, {maximum}] should lie in [0, {highest}] (both 0 without respondents)."));
        }
    }

    private static void CheckFiniteSum(string paramName, double sum, long count, double min, double max)
    {
        if (!double.IsFinite(sum) || sum < (count * min) - (1e-9 * Math.Abs(count * min)) - 1e-9 || sum > (count * max) + (1e-9 * Math.Abs(count * max)) + 1e-9)
        {
            Preconditions.ThrowOutOfRange(paramName, sum, Preconditions.Format($"The sum should be finite and lie between {count} × {min} and {count} × {max}."));
        }
    }

    private double Lowest() =>
        CompleteCases == 0 ? ProratedMinimum : ProratedCases == 0 ? CompleteMinimum : Math.Min(CompleteMinimum, ProratedMinimum);

    private double Highest() =>
        CompleteCases == 0 ? ProratedMaximum : ProratedCases == 0 ? CompleteMaximum : Math.Max(CompleteMaximum, ProratedMaximum);

    /// <summary>Σ of the respondents' means on one dimension and how many have one: complete cases exactly from the keyed sums, then the prorated ones.</summary>
    private (double Sum, long Count) DimensionSums(ItemPolarity polarity, double proratedSum, long proratedCount)
    {
        int items = 0;
        double raw = 0;
        for (int i = 0; i < itemNumbers.Length; i++)
        {
            if (polarities[i] == polarity)
            {
                items++;
                raw += polarity == ItemPolarity.CustomerOriented ? keyedItemSums[i] + ((double)CompleteCases * ScaleMin) : ((double)CompleteCases * ScaleMax) - keyedItemSums[i];
            }
        }

        return items == 0 || CompleteCases == 0
            ? (proratedSum, proratedCount)
            : ((raw / items) + proratedSum, CompleteCases + proratedCount);
    }
}
