using System.Globalization;

namespace CustomerMetrics;

/// <summary>
/// The SOCO score of one respondent: the bipolar keyed total and mean, the percent of maximum
/// possible (POMP), and the two dimensions scored separately.
/// </summary>
/// <remarks>
/// <para>Keyed answer: customer-oriented items as answered, selling-oriented items reversed
/// (min + max − answer, 10 − x on the 1..9 scale). Total = Σ keyed answers (24..216 on the full form);
/// Mean = Total / items; POMP = (Total − minTotal) / (maxTotal − minTotal) × 100;
/// CustomerOrientation and SellingOrientation are the means of the raw answers to each kind of item.</para>
/// <para>With missing answers the total is prorated (mean of the answered keyed items × item count)
/// when enough items are answered; otherwise <see cref="IsDefined"/> is <c>false</c>, the figures are
/// NaN and <see cref="UndefinedReason"/> says why. The <c>default</c> value is an undefined score with
/// no answers. Immutable and thread-safe.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SocoScoreJsonConverter))]
#endif
public readonly record struct SocoScore
{
    internal SocoScore(double total, double mean, double customerOrientation, double sellingOrientation, double pomp, int answered, int items, bool prorated)
    {
        Total = total;
        Mean = mean;
        CustomerOrientation = customerOrientation;
        SellingOrientation = sellingOrientation;
        Pomp = pomp;
        Answered = answered;
        Items = items;
        IsProrated = prorated;
    }

    /// <summary>
    /// A score from figures stored elsewhere, checked for consistency: the mean is recomputed from the total;
    /// an undefined score has no figures; a defined one has a POMP in [0, 100] and is prorated exactly when
    /// items were left unanswered.
    /// </summary>
    internal static SocoScore FromFigures(double total, double customerOrientation, double sellingOrientation, double pomp, int answered, int items, bool prorated)
    {
        if (items < 1 || answered < 0 || answered > items)
        {
            Internal.Preconditions.ThrowOutOfRange(nameof(answered), answered, Internal.Preconditions.Format($"Answered items should be in [0, {items}] of at least one."));
        }

        bool consistent = double.IsNaN(total)
            ? double.IsNaN(customerOrientation) && double.IsNaN(sellingOrientation) && double.IsNaN(pomp) && !prorated
            : pomp is >= 0 and <= 100 && prorated == (answered < items) && answered > 0;
        if (!consistent)
        {
            Internal.Preconditions.ThrowArgument(nameof(total), "The figures do not fit together: an undefined score (no total) has no figures and is not prorated; a defined one has a POMP in [0, 100] and is prorated exactly when items were left unanswered.");
        }

        return new SocoScore(total, total / items, customerOrientation, sellingOrientation, pomp, answered, items, prorated);
    }

    /// <summary>This score with the two dimension means set (the SOCO kernels look them up separately).</summary>
    internal SocoScore WithDimensions(double customerOrientation, double sellingOrientation) =>
        new(Total, Mean, customerOrientation, sellingOrientation, Pomp, Answered, Items, IsProrated);

    /// <summary>Σ keyed answers (prorated when answers are missing); NaN when undefined.</summary>
    public double Total { get; }

    /// <summary>Total / number of items, on the answer scale (1..9 for the built-in forms).</summary>
    public double Mean { get; }

    /// <summary>The mean raw answer to the customer-oriented items (1..9); NaN when there is none.</summary>
    public double CustomerOrientation { get; }

    /// <summary>The mean raw answer to the selling-oriented items (1..9, higher = more selling-oriented); NaN when there is none.</summary>
    public double SellingOrientation { get; }

    /// <summary>Percent of maximum possible: (Total − minimum) / (maximum − minimum) × 100, in [0, 100].</summary>
    public double Pomp { get; }

    /// <summary>How many items were answered.</summary>
    public int Answered { get; }

    /// <summary>How many items the instrument has.</summary>
    public int Items { get; }

    /// <summary>Whether missing answers were prorated into the total.</summary>
    public bool IsProrated { get; }

    /// <summary>Whether the score is defined (enough items answered).</summary>
    public bool IsDefined => !double.IsNaN(Total);

    /// <summary>Why the score is undefined, or <c>null</c> when it is defined.</summary>
    public string? UndefinedReason => IsDefined
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"answered {Answered} of {Items} items, fewer than the instrument requires for a prorated score");

    /// <summary>Formats the score with the invariant culture.</summary>
    /// <returns>For example <c>SOCO total 168 (mean 7, POMP 75, CO 8, SO 3)</c>.</returns>
    public override string ToString() => IsDefined
        ? string.Create(CultureInfo.InvariantCulture, $"SOCO total {Total:0.##} (mean {Mean:0.##}, POMP {Pomp:0.#}, CO {CustomerOrientation:0.##}, SO {SellingOrientation:0.##}{(IsProrated ? ", prorated" : string.Empty)})")
        : "SOCO score undefined: " + UndefinedReason;
}
