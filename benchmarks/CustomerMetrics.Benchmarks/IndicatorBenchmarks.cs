using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace CustomerMetrics.Benchmarks;

/// <summary>The indicators whose input can be large: an order log of 10⁷ orders and 10⁶ complaints.</summary>
[Config(typeof(LibraryConfig))]
public class IndicatorBenchmarks
{
    private static readonly string[] TopicNames = ["late delivery", "rude staff", "wrong item", "price", "no answer", "broken", "refund", "billing", "app crashes", "long queue"];

    private long[] orders = [];
    private string[] complaints = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        orders = new long[Sizes.Of(10_000_000)];
        for (int i = 0; i < orders.Length; i++)
        {
            orders[i] = random.Next(0, orders.Length / 4);
        }

        complaints = new string[Sizes.Of(1_000_000)];
        for (int i = 0; i < complaints.Length; i++)
        {
            complaints[i] = TopicNames[Math.Min(TopicNames.Length - 1, (int)(random.NextDouble() * random.NextDouble() * TopicNames.Length))];
        }

        long[] smallOrders = orders.AsSpan(0, 1_000).ToArray();
        string[] smallComplaints = complaints.AsSpan(0, 1_000).ToArray();
        Sizes.WarmUp(() => RepeatPurchases.FromOrders(smallOrders));
        Sizes.WarmUp(() => ComplaintTally.Count(smallComplaints).Top(3));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Repeat purchases, 10M orders")]
    public (int, int) RepeatLinq()
    {
        var customers = orders.GroupBy(id => id).Select(g => g.Count()).ToList();
        return (customers.Count, customers.Count(n => n >= 2));
    }

    [Benchmark, BenchmarkCategory("Repeat purchases, 10M orders")]
    public RepeatPurchaseResult RepeatLibrary() => RepeatPurchases.FromOrders(orders);

    /// <summary>One dictionary increment per order: how the library counted before its partitioned count (still its path for other ids).</summary>
    [Benchmark, BenchmarkCategory("Repeat purchases, 10M orders")]
    public int RepeatDictionary()
    {
        var counts = new Dictionary<long, int>();
        foreach (long id in orders)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, id, out _)++;
        }

        return counts.Count;
    }

    /// <summary>A bare read of the ids: the floor of touching every order.</summary>
    [Benchmark, BenchmarkCategory("Repeat purchases, 10M orders")]
    public long RepeatFloorRead()
    {
        long total = 0;
        foreach (long id in orders)
        {
            total += id;
        }

        return total;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Complaint topics, 1M")]
    public List<(string, int)> ComplaintsLinq() =>
        complaints.Select(t => t.Trim()).GroupBy(t => t).OrderByDescending(g => g.Count()).Take(3).Select(g => (g.Key, g.Count())).ToList();

    [Benchmark, BenchmarkCategory("Complaint topics, 1M")]
    public TopicRanking ComplaintsLibrary() => ComplaintTally.Count(complaints).Top(3);

    /// <summary>A walk over the strings reading their lengths: the floor of touching every complaint.</summary>
    [Benchmark, BenchmarkCategory("Complaint topics, 1M")]
    public long ComplaintsFloorWalk()
    {
        long total = 0;
        foreach (string topic in complaints)
        {
            total += topic.Length;
        }

        return total;
    }
}
