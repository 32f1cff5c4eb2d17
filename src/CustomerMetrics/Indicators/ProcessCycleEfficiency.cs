using System;
using System.Collections.Generic;
using System.Linq;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Process-cycle efficiency from lean value-stream mapping (source 000, the lean production standard):
/// how much of a process's lead time adds value for the customer.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class ProcessCycleEfficiency
{
    /// <summary>PCE from the two totals.</summary>
    /// <param name="valueAddingTime">Time that adds value, not negative.</param>
    /// <param name="leadTime">The total lead time, at least <paramref name="valueAddingTime"/>.</param>
    /// <returns>The result, without steps.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative, or the value-adding time exceeds the lead time.</exception>
    public static ProcessCycleEfficiencyResult FromTotals(TimeSpan valueAddingTime, TimeSpan leadTime)
    {
        if (valueAddingTime < TimeSpan.Zero)
        {
            Preconditions.ThrowOutOfRange(nameof(valueAddingTime), valueAddingTime, "The value-adding time should not be negative.");
        }

        if (leadTime < valueAddingTime)
        {
            Preconditions.ThrowOutOfRange(nameof(leadTime), leadTime, Preconditions.Format($"The lead time ({leadTime:c}) should be at least the value-adding time ({valueAddingTime:c})."));
        }

        return new ProcessCycleEfficiencyResult(valueAddingTime, leadTime, []);
    }

    /// <summary>PCE from the steps of a value stream: the lead time is the sum of all steps, the value-adding time that of the value-adding ones.</summary>
    /// <param name="steps">The steps, in process order.</param>
    /// <returns>The result with each step's share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> or a step is <c>null</c>.</exception>
    /// <exception cref="OverflowException">The steps add up to more than <see cref="TimeSpan.MaxValue"/>.</exception>
    public static ProcessCycleEfficiencyResult FromSteps(IEnumerable<ValueStreamStep> steps)
    {
        Preconditions.CheckNotNull(nameof(steps), steps);
        ValueStreamStep[] all = steps.ToArray();
        long lead = 0;
        long valueAdding = 0;
        for (int i = 0; i < all.Length; i++)
        {
            if (all[i] is null)
            {
                Preconditions.ThrowNull(nameof(steps), Preconditions.Format($"The step at position {i} is null."));
            }

            lead = CountSums.Add(lead, all[i].Duration.Ticks, "ticks of lead time");
            valueAdding += all[i].ValueAdding ? all[i].Duration.Ticks : 0;
        }

        return new ProcessCycleEfficiencyResult(TimeSpan.FromTicks(valueAdding), TimeSpan.FromTicks(lead), all);
    }
}
