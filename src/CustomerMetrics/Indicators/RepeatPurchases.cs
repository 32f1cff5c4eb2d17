using System;
using System.Collections.Generic;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// The repeat-purchase rate, from purchases per customer or from an order log of customer ids.
/// </summary>
/// <remarks>
/// A customer with two or more purchases is a repeat customer; every purchase after a customer's first
/// is a repeat order (see <see cref="RepeatPurchaseResult"/>). The sources cite 75 % repeat orders at one
/// retailer as a sign of a customer-oriented business. All methods are pure and thread-safe.
/// </remarks>
public static class RepeatPurchases
{
    /// <summary>Repeat purchases from the number of purchases of each customer.</summary>
    /// <param name="purchasesPerCustomer">Purchases of each customer, non-negative; customers with 0 purchases are not customers yet and are not counted.</param>
    /// <returns>The counts and rates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative (its position and value are named).</exception>
    /// <exception cref="OverflowException">The orders add up to more than <see cref="long.MaxValue"/>.</exception>
    public static RepeatPurchaseResult FromPurchaseCounts(ReadOnlySpan<int> purchasesPerCustomer)
    {
        long customers = 0;
        long repeatCustomers = 0;
        long orders = 0;
        for (int i = 0; i < purchasesPerCustomer.Length; i++)
        {
            int purchases = purchasesPerCustomer[i];
            if (purchases <= 1)
            {
                if (purchases < 0)
                {
                    Preconditions.ThrowOutOfRange(nameof(purchasesPerCustomer), purchases, Preconditions.Format($"The purchases at position {i} are {purchases}; a count cannot be negative."));
                }

                customers += purchases;
                orders += purchases;
                continue;
            }

            customers++;
            repeatCustomers++;
            orders += purchases;
        }

        return new RepeatPurchaseResult(customers, repeatCustomers, orders);
    }

    /// <summary>Repeat purchases from an order log: one customer id per order, in any order.</summary>
    /// <typeparam name="TCustomer">The customer id's type; ids are compared with <paramref name="comparer"/>.</typeparam>
    /// <param name="customerOfEachOrder">The customer of each order.</param>
    /// <param name="comparer">How ids are compared; the type's default equality when <c>null</c> (ordinal for strings).</param>
    /// <returns>The counts and rates.</returns>
    /// <remarks>
    /// <see cref="long"/> and <see cref="int"/> ids in an array or a <see cref="List{T}"/>, compared with the default
    /// equality, are counted by partitioning them by hash into groups whose tables stay in the processor's cache
    /// (about 8 bytes an order of working memory); other ids and sequences with one dictionary entry per customer.
    /// Both give the same counts.
    /// </remarks>
    /// <exception cref="ArgumentNullException">The log is <c>null</c>, or an id is (its position is named).</exception>
    public static RepeatPurchaseResult FromOrders<TCustomer>(IEnumerable<TCustomer> customerOfEachOrder, IEqualityComparer<TCustomer>? comparer = null)
        where TCustomer : notnull
    {
        Preconditions.CheckNotNull(nameof(customerOfEachOrder), customerOfEachOrder);

        // Stryker disable once Logical,Block : equivalent, which path counts; both give the same counts (OrderLogCountingTests)
        if (comparer is null || ReferenceEquals(comparer, EqualityComparer<TCustomer>.Default))
        {
            switch (customerOfEachOrder)
            {
                case long[] longIds:
                    return OrderLogCounting.Count<long>(longIds);
                case int[] intIds:
                    return OrderLogCounting.Count<int>(intIds);
#if NET
                case List<long> longIds:
                    return OrderLogCounting.Count<long>(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(longIds));
                case List<int> intIds:
                    return OrderLogCounting.Count<int>(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(intIds));
#endif
            }
        }

        return CountWithDictionary(customerOfEachOrder, comparer);
    }

    /// <summary>The reference count: one dictionary entry per customer. Integer ids in an array or list are counted by <see cref="OrderLogCounting"/> instead.</summary>
    internal static RepeatPurchaseResult CountWithDictionary<TCustomer>(IEnumerable<TCustomer> customerOfEachOrder, IEqualityComparer<TCustomer>? comparer)
        where TCustomer : notnull
    {
        var ordersOf = new Dictionary<TCustomer, long>(comparer);
        long orders = 0;
        long repeatCustomers = 0;
        foreach (TCustomer customer in customerOfEachOrder)
        {
            Preconditions.CheckKey(nameof(customerOfEachOrder), customer, orders);
#if NET
            ref long count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ordersOf, customer, out _);
            count++;
            repeatCustomers += count == 2 ? 1 : 0;
#else
            ordersOf.TryGetValue(customer, out long count);
            ordersOf[customer] = ++count;
            repeatCustomers += count == 2 ? 1 : 0;
#endif
            orders++;
        }

        return new RepeatPurchaseResult(ordersOf.Count, repeatCustomers, orders);
    }
}
