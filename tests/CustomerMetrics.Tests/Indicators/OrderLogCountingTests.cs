using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Indicators;

/// <summary>The partitioned count of integer order logs equals the reference dictionary count, whatever the groups.</summary>
public class OrderLogCountingTests
{
    /// <summary>Ids from a few customers (many repeats), from the whole range, and ids that differ only in their high bits.</summary>
    private static readonly Gen<long> Ids = Gen.OneOf(
        Gen.Choose(-3, 12).Select(i => (long)i),
        Gen.Choose(int.MinValue, int.MaxValue).Two().Select(p => ((long)p.Item1 << 32) | (uint)p.Item2),
        Gen.Choose(0, 40).Select(i => (long)i << 40),
        Gen.Elements(long.MinValue, long.MaxValue, 0L, -1L));

    private static readonly Gen<int[]> IntIds = Gen.OneOf(
        Gen.Choose(-3, 12),
        Gen.Choose(int.MinValue, int.MaxValue),
        Gen.Elements(int.MinValue, int.MaxValue, 0, -1)).ArrayOf();

    [Fact]
    public void LongIds_EveryNumberOfGroups_CountsAsTheDictionary() =>
        CountsAsTheDictionary(Gen.Choose(0, 300).SelectMany(length => Ids.ArrayOf(length)));

    [Fact]
    public void IntIds_EveryNumberOfGroups_CountsAsTheDictionary() =>
        CountsAsTheDictionary(IntIds);

    /// <summary>The partitioned count with 1 to 64 groups, and FromOrders of an array and a list, equal the dictionary count.</summary>
    private static void CountsAsTheDictionary<TId>(Gen<TId[]> logs)
        where TId : unmanaged
    {
        var cases = (from ids in logs
                     from groupBits in Gen.Choose(0, 6)
                     select (ids, groupBits)).ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            RepeatPurchaseResult reference = RepeatPurchases.CountWithDictionary(c.ids, comparer: null);
            Assert.Equal(reference, OrderLogCounting.Count<TId>(c.ids, c.groupBits));
            Assert.Equal(reference, RepeatPurchases.FromOrders(c.ids));
            Assert.Equal(reference, RepeatPurchases.FromOrders(c.ids.ToList()));
        }).Check(Properties.Thorough);
    }

    [Fact]
    public void IntAndLongIds_OfTheSameCustomers_CountAlike()
    {
        int[] ids = [int.MinValue, -1, -1, 0, int.MaxValue, int.MaxValue, int.MaxValue, 7];
        var expected = new RepeatPurchaseResult(customers: 5, repeatCustomers: 2, orders: 8);
        Assert.Equal(expected, RepeatPurchases.FromOrders(ids));
        Assert.Equal(expected, RepeatPurchases.FromOrders(ids.Select(id => (long)id).ToArray()));
    }

    [Fact]
    public void AGroupWithMoreCustomersThanItsFirstTable_GrowsTheTable_AndKeepsItsCounts()
    {
        // One group and 300 000 customers: the first table has room for 2¹⁶, so it doubles three times mid-group.
        const int Customers = 300_000;
        long[] ids = new long[Customers + (Customers / 3)];
        for (int i = 0; i < Customers; i++)
        {
            ids[i] = (long)i * 1_000_003;
        }

        for (int i = 0; i < Customers / 3; i++)
        {
            ids[Customers + i] = (long)(3 * i) * 1_000_003;
        }

        new Random(7).Shuffle(ids);
        var expected = new RepeatPurchaseResult(Customers, Customers / 3, ids.Length);
        Assert.Equal(expected, OrderLogCounting.Count<long>(ids, groupBits: 0));
        Assert.Equal(expected, OrderLogCounting.Count<long>(ids, groupBits: 3));
        Assert.Equal(expected, RepeatPurchases.FromOrders(ids));
    }

    [Fact]
    public void AMillionOrders_InTheDefaultGroups_CountAsTheDictionary()
    {
        var random = new Random(11);
        long[] ids = new long[1_000_000];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = random.Next(250_000) - 100_000L;
        }

        Assert.Equal(8, OrderLogCounting.GroupBitsFor(ids.Length));
        Assert.Equal(RepeatPurchases.CountWithDictionary(ids, comparer: null), RepeatPurchases.FromOrders(ids));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4096, 0)]
    [InlineData(4097, 1)]
    [InlineData(8192, 1)]
    [InlineData(8193, 2)]
    [InlineData(10_000_000, 12)]
    [InlineData(int.MaxValue, 12)]
    public void GroupBits_KeepAGroupNearFourThousandOrders_UpToFourThousandGroups(int orders, int groupBits) =>
        Assert.Equal(groupBits, OrderLogCounting.GroupBitsFor(orders));

    [Fact]
    public void ACustomComparer_IsHonoured_ForIntegerIds()
    {
        long[] ids = [1, 11, 21, 2];
        var lastDigit = EqualityComparer<long>.Create((a, b) => a % 10 == b % 10, id => (int)(id % 10));
        Assert.Equal(new RepeatPurchaseResult(2, 1, 4), RepeatPurchases.FromOrders(ids, lastDigit));
        Assert.Equal(new RepeatPurchaseResult(4, 0, 4), RepeatPurchases.FromOrders(ids, EqualityComparer<long>.Default));
    }

    [Fact]
    public void AnEmptyLog_HasNoCustomers() =>
        Assert.Equal(RepeatPurchaseResult.Empty, OrderLogCounting.Count<long>([], groupBits: 4));
}
