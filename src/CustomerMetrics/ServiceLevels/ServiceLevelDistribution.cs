using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>How many interactions were below, at and above the client's expectation.</summary>
/// <remarks>
/// Shares are NaN with no interactions. Mergeable: <c>a + b</c> adds the counts. The <c>default</c>
/// value has no interactions. Immutable and thread-safe.
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ServiceLevelDistributionJsonConverter))]
#endif
public readonly record struct ServiceLevelDistribution
{
    internal ServiceLevelDistribution(long low, long standard, long wow)
    {
        Low = low;
        Standard = standard;
        Wow = wow;
    }

    /// <summary>No interactions: the identity of <c>+</c> (the same as <c>default</c>).</summary>
    public static ServiceLevelDistribution Empty => default;

    /// <summary>Interactions below expectation.</summary>
    public long Low { get; }

    /// <summary>Interactions that met expectation within the tolerance.</summary>
    public long Standard { get; }

    /// <summary>Interactions above expectation.</summary>
    public long Wow { get; }

    /// <summary>All interactions.</summary>
    public long Total => Low + Standard + Wow;

    /// <summary>Low / Total.</summary>
    public double LowShare => Share(Low);

    /// <summary>Standard / Total.</summary>
    public double StandardShare => Share(Standard);

    /// <summary>Wow / Total.</summary>
    public double WowShare => Share(Wow);

    /// <summary>A distribution from counts made elsewhere (a SQL engine, a stored shard).</summary>
    /// <param name="low">Interactions below expectation; non-negative.</param>
    /// <param name="standard">Interactions that met it within the tolerance; non-negative.</param>
    /// <param name="wow">Interactions above it; non-negative.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="System.ArgumentException">The counts add up to more than <see cref="long.MaxValue"/>.</exception>
    public static ServiceLevelDistribution FromCounts(long low, long standard, long wow)
    {
        Preconditions.CheckNonNegative(nameof(low), low);
        Preconditions.CheckNonNegative(nameof(standard), standard);
        Preconditions.CheckNonNegative(nameof(wow), wow);
        CountSums.CheckTotal(nameof(wow), "interactions", low, standard, wow);
        return new ServiceLevelDistribution(low, standard, wow);
    }

    /// <summary>Adds the counts of two distributions.</summary>
    /// <param name="left">One partial distribution.</param>
    /// <param name="right">Another partial distribution.</param>
    /// <returns>The distribution of both together.</returns>
    /// <exception cref="System.OverflowException">The interactions would number more than <see cref="long.MaxValue"/>.</exception>
    public static ServiceLevelDistribution operator +(ServiceLevelDistribution left, ServiceLevelDistribution right)
    {
        // Each count is at most its distribution's total, so when the totals add up, so does each count.
        CountSums.Add(left.Total, right.Total, "interactions");
        return new(left.Low + right.Low, left.Standard + right.Standard, left.Wow + right.Wow);
    }

    /// <summary>The friendly twin of the <c>+</c> operator.</summary>
    /// <param name="other">Another partial distribution.</param>
    /// <returns>The distribution of both together.</returns>
    /// <exception cref="System.OverflowException">The interactions would number more than <see cref="long.MaxValue"/>.</exception>
    public ServiceLevelDistribution Add(ServiceLevelDistribution other) => this + other;

    /// <summary>Formats the distribution with the invariant culture.</summary>
    /// <returns>For example <c>Low 12, Standard 70, Wow 18 (N 100)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Low {Low}, Standard {Standard}, Wow {Wow} (N {Total})");

    internal ServiceLevelDistribution With(ServiceLevel level) => level switch
    {
        ServiceLevel.Low => new(Low + 1, Standard, Wow),
        ServiceLevel.Standard => new(Low, Standard + 1, Wow),
        _ => new(Low, Standard, Wow + 1),
    };

    // Stryker disable once Conditional : equivalent, 0 / 0 is NaN as well; the branch says so
    private double Share(long count) => Total == 0 ? double.NaN : (double)count / Total;
}
