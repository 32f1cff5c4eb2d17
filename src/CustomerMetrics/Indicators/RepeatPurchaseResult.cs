using System;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// Repeat purchases: how many customers bought more than once, and how many orders were repeat orders.
/// </summary>
/// <remarks>
/// <para>A customer is someone with at least one order; a repeat customer has two or more. Every order
/// after a customer's first is a repeat order, so RepeatOrders = Orders − Customers. The customer repeat
/// rate is RepeatCustomers / Customers, the order repeat rate RepeatOrders / Orders (the sources cite
/// 75 % repeat orders at one retailer: 400 orders from 100 customers).</para>
/// <para>Results add (<c>+</c>) exactly when their customers are disjoint, for example when an order log
/// is split by customer (shards keyed by customer id); a customer split over two parts would be counted
/// twice. <c>default</c> equals <see cref="Empty"/>. Immutable and thread-safe. Created by
/// <see cref="RepeatPurchases"/>.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.RepeatPurchaseResultJsonConverter))]
#endif
public readonly record struct RepeatPurchaseResult
{
    /// <summary>Creates a result from its counts, checked for consistency.</summary>
    /// <param name="customers">Customers with at least one order.</param>
    /// <param name="repeatCustomers">Customers with two or more orders, at most <paramref name="customers"/>.</param>
    /// <param name="orders">Orders, at least <paramref name="customers"/> + <paramref name="repeatCustomers"/> (each repeat customer has two).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the counts contradict each other (the message says how).</exception>
    public RepeatPurchaseResult(long customers, long repeatCustomers, long orders)
    {
        Preconditions.CheckNonNegative(nameof(customers), customers);
        Preconditions.CheckNonNegative(nameof(repeatCustomers), repeatCustomers);
        Preconditions.CheckNonNegative(nameof(orders), orders);
        if (repeatCustomers > customers)
        {
            Preconditions.ThrowOutOfRange(nameof(repeatCustomers), repeatCustomers, Preconditions.Format($"Repeat customers ({repeatCustomers}) should not exceed customers ({customers})."));
        }

        if (customers > orders || orders - customers < repeatCustomers)
        {
            Preconditions.ThrowOutOfRange(nameof(orders), orders, Preconditions.Format($"{customers} customers of whom {repeatCustomers} bought again need at least {customers + repeatCustomers} orders; {orders} given."));
        }

        if (customers == 0 && orders != 0)
        {
            Preconditions.ThrowOutOfRange(nameof(orders), orders, "Orders need a customer: with no customers there are no orders.");
        }

        Customers = customers;
        RepeatCustomers = repeatCustomers;
        Orders = orders;
    }

    /// <summary>No customers and no orders: the identity of <c>+</c>.</summary>
    public static RepeatPurchaseResult Empty => default;

    /// <summary>Customers with at least one order.</summary>
    public long Customers { get; }

    /// <summary>Customers with two or more orders.</summary>
    public long RepeatCustomers { get; }

    /// <summary>All orders.</summary>
    public long Orders { get; }

    /// <summary>Orders after each customer's first: <see cref="Orders"/> − <see cref="Customers"/>.</summary>
    public long RepeatOrders => Orders - Customers;

    /// <summary>Repeat customers of all customers, with its Wilson interval.</summary>
    public Proportion CustomerRepeatRate => new(RepeatCustomers, Customers);

    /// <summary>Repeat orders of all orders (the sources' "75 % repeat orders").</summary>
    public Proportion OrderRepeatRate => new(RepeatOrders, Orders);

    /// <summary>Orders per customer: <see cref="Orders"/> / <see cref="Customers"/>; NaN with no customers.</summary>
    public double OrdersPerCustomer => Customers == 0 ? double.NaN : (double)Orders / Customers;

    /// <summary>Adds the counts of two disjoint sets of customers.</summary>
    /// <param name="left">Customers of one part.</param>
    /// <param name="right">Customers of another part, none of them in the first.</param>
    /// <returns>The result of both parts together.</returns>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public static RepeatPurchaseResult operator +(RepeatPurchaseResult left, RepeatPurchaseResult right) => left.Add(right);

    /// <summary>Adds the counts of a disjoint set of customers (the friendly twin of <c>+</c>).</summary>
    /// <param name="other">Customers of another part, none of them in this one.</param>
    /// <returns>The result of both parts together.</returns>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public RepeatPurchaseResult Add(RepeatPurchaseResult other) => new(
        CountSums.Add(Customers, other.Customers, "customers"),
        CountSums.Add(RepeatCustomers, other.RepeatCustomers, "repeat customers"),
        CountSums.Add(Orders, other.Orders, "orders"));

    /// <summary>Formats the result with the invariant culture.</summary>
    /// <returns>For example <c>repeat customers 40 of 100 (40 %), repeat orders 300 of 400 (75 %)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"repeat customers {CustomerRepeatRate}, repeat orders {OrderRepeatRate}");
}
