using System;

namespace CustomerMetrics.Statistics;

/// <summary>Root finding for the iterative (score) confidence intervals.</summary>
internal static class RootFinding
{
    /// <summary>
    /// Finds where a decreasing function crosses <paramref name="target"/> on [<paramref name="lower"/>,
    /// <paramref name="upper"/>] by bisection, to an absolute tolerance of <paramref name="tolerance"/>.
    /// The function is only evaluated strictly inside the bracket, so it may be undefined at the ends.
    /// </summary>
    internal static double BisectDecreasing(Func<double, double> function, double target, double lower, double upper, double tolerance = 1e-12)
    {
        // Stryker disable Equality : equivalent, ends and ties decide one step more or less, far inside the tolerance
        while (upper - lower > tolerance)
        {
            double middle = 0.5 * (lower + upper);
            if (middle <= lower || middle >= upper)
            {
                break; // the bracket is as narrow as doubles allow.
            }

            if (function(middle) > target)
            {
                lower = middle;
            }
            else
            {
                upper = middle;
            }
        }

        // Stryker restore Equality
        return 0.5 * (lower + upper);
    }
}
