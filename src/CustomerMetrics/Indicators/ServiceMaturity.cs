using System;
using System.Collections.Generic;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Source 000's self-check of customer orientation: each touchpoint (product, advertising, website,
/// communication and support, logistics) at level 1 "quality service", 2 "professional service" or
/// 3 "customer service centre"; the company is at the level of its weakest touchpoint.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class ServiceMaturity
{
    internal static readonly Touchpoint[] AllTouchpoints =
        [Touchpoint.Product, Touchpoint.Advertising, Touchpoint.Website, Touchpoint.CommunicationAndSupport, Touchpoint.Logistics];

    /// <summary>The overall level and the touchpoints that hold it back.</summary>
    /// <param name="levels">The level of each touchpoint assessed, each at most once; at least one. Touchpoints left out are listed in <see cref="ServiceMaturityResult.NotAssessed"/>.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">No touchpoint is given, or one is given twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A touchpoint or level is not one of the defined values.</exception>
    public static ServiceMaturityResult Assess(IEnumerable<KeyValuePair<Touchpoint, MaturityLevel>> levels)
    {
        Preconditions.CheckNotNull(nameof(levels), levels);
        var byTouchpoint = new SortedDictionary<Touchpoint, MaturityLevel>();
        foreach (KeyValuePair<Touchpoint, MaturityLevel> pair in levels)
        {
            if (Array.IndexOf(AllTouchpoints, pair.Key) < 0)
            {
                Preconditions.ThrowOutOfRange(nameof(levels), pair.Key, Preconditions.Format($"{(int)pair.Key} is not a touchpoint; they are 1 Product to 5 Logistics."));
            }

            if (pair.Value is < MaturityLevel.QualityService or > MaturityLevel.CustomerServiceCentre)
            {
                Preconditions.ThrowOutOfRange(nameof(levels), pair.Value, Preconditions.Format($"The level of {pair.Key} is {(int)pair.Value}; levels are 1, 2 and 3."));
            }

            if (byTouchpoint.ContainsKey(pair.Key))
            {
                Preconditions.ThrowArgument(nameof(levels), Preconditions.Format($"{pair.Key} is assessed twice; give each touchpoint one level."));
            }

            byTouchpoint.Add(pair.Key, pair.Value);
        }

        if (byTouchpoint.Count == 0)
        {
            Preconditions.ThrowArgument(nameof(levels), "Assess at least one touchpoint.");
        }

        return new ServiceMaturityResult(byTouchpoint.ToArray());
    }
}
