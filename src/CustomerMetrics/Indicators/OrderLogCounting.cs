using System;
using System.Runtime.CompilerServices;

namespace CustomerMetrics;

/// <summary>
/// Counts the customers and repeat customers of an order log of integer ids (<see cref="long"/> or
/// <see cref="int"/>) without a hash table the size of the whole log: the ids are partitioned by hash
/// into groups small enough for a table that stays in the cache, and each group is counted on its own.
/// </summary>
/// <remarks>
/// <para>Each id is first widened to 64 bits and multiplied by an odd constant. That multiplication is a
/// bijection of the 64-bit integers, so two spread ids are equal exactly when the ids are, and the
/// spread ids are all that is kept. Their top bits choose the group (one pass counts the groups' sizes,
/// a second writes every spread id to its group). Each group is then counted in an open-addressing table
/// whose entries carry the number of the group that wrote them, so the table is never cleared between
/// groups.</para>
/// <para>A dictionary increment per order misses the cache for every order once the customers no longer
/// fit in it; here only the partition pass writes far away, and it writes in order within each group.
/// The reference is <see cref="RepeatPurchases.FromOrders{TCustomer}"/>'s dictionary count, which the
/// tests compare with this one.</para>
/// </remarks>
internal static class OrderLogCounting
{
    /// <summary>Fibonacci hashing's multiplier: 2⁶⁴ divided by the golden ratio, made odd.</summary>
    private const ulong Spread = 0x9E3779B97F4A7C15;

    /// <summary>Orders per group aimed at: a group's table (16 bytes an entry, at most half full) stays in the second-level cache.</summary>
    private const int OrdersPerGroup = 4096;

    /// <summary>At most 2¹² groups: more would spread the partition pass's writes over more lines than the cache holds.</summary>
    private const int MaxGroupBits = 12;

    /// <summary>Counts an order log of integer customer ids.</summary>
    /// <typeparam name="TId"><see cref="long"/> or <see cref="int"/>.</typeparam>
    /// <param name="customerOfEachOrder">The customer id of each order.</param>
    public static RepeatPurchaseResult Count<TId>(ReadOnlySpan<TId> customerOfEachOrder)
        where TId : unmanaged =>
        Count(customerOfEachOrder, GroupBitsFor(customerOfEachOrder.Length));

    /// <summary>The number of bits that choose a group, so that groups hold about <see cref="OrdersPerGroup"/> orders.</summary>
    internal static int GroupBitsFor(int orders)
    {
        int bits = 0;
        while (bits < MaxGroupBits && (long)OrdersPerGroup << bits < orders)
        {
            bits++;
        }

        return bits;
    }

    /// <summary>Counts with 2^<paramref name="groupBits"/> groups (the tests choose the number; any number gives the same counts).</summary>
    internal static RepeatPurchaseResult Count<TId>(ReadOnlySpan<TId> customerOfEachOrder, int groupBits)
        where TId : unmanaged
    {
        int length = customerOfEachOrder.Length;

        // Stryker disable once Block : equivalent, an empty log also counts to the empty result without the shortcut
        if (length == 0)
        {
            return RepeatPurchaseResult.Empty;
        }

        int groups = 1 << groupBits;
        int[] groupStarts = new int[groups + 1];
        foreach (TId id in customerOfEachOrder)
        {
            groupStarts[GroupOf(SpreadOf(id), groupBits)]++;
        }

        // Exclusive prefix sums: groupStarts[g] becomes the first position of group g, groupStarts[groups] the length.
        int position = 0;

        // Stryker disable once Equality : equivalent, one more step would set groupStarts[groups], which is set to the length next
        for (int group = 0; group < groups; group++)
        {
            int size = groupStarts[group];
            groupStarts[group] = position;
            position += size;
        }

        groupStarts[groups] = position;
        ulong[] spreadIds = NewArray<ulong>(length);
        int[] nextPosition = (int[])groupStarts.Clone();
        foreach (TId id in customerOfEachOrder)
        {
            ulong spread = SpreadOf(id);
            spreadIds[nextPosition[GroupOf(spread, groupBits)]++] = spread;
        }

        var table = new GroupTable(groupStarts);
        for (int group = 0; group < groups; group++)
        {
            table.CountGroup(spreadIds.AsSpan(groupStarts[group], groupStarts[group + 1] - groupStarts[group]), group + 1);
        }

        return new RepeatPurchaseResult(table.Customers, table.RepeatCustomers, length);
    }

    /// <summary>The id widened to 64 bits (an <see cref="int"/> with its sign) and multiplied by <see cref="Spread"/>.</summary>
    private static ulong SpreadOf<TId>(TId id)
        where TId : unmanaged
    {
        if (typeof(TId) == typeof(int))
        {
            return unchecked((ulong)(long)Unsafe.As<TId, int>(ref id) * Spread);
        }

        if (typeof(TId) == typeof(long))
        {
            return unchecked((ulong)Unsafe.As<TId, long>(ref id) * Spread);
        }

        // Stryker disable once all : unreachable, FromOrders passes only long and int ids
        throw new NotSupportedException($"Order logs of {typeof(TId)} ids are counted with a dictionary.");
    }

    // Stryker disable once Conditional,Bitwise : equivalent, any grouping gives the same counts (>> and >>> agree on ulong)
    private static int GroupOf(ulong spread, int groupBits) => groupBits == 0 ? 0 : (int)(spread >> (64 - groupBits));

    private static T[] NewArray<T>(int length)
    {
#if NET
        return GC.AllocateUninitializedArray<T>(length);
#else
        return new T[length];
#endif
    }

    /// <summary>One group's customers and their orders; the group's number marks the entries it wrote.</summary>
    private struct Entry
    {
        public ulong SpreadId;
        public int Orders;
        public int Group;
    }

    /// <summary>An open-addressing table (linear probing, at most half full) reused by every group.</summary>
    private sealed class GroupTable
    {
        private Entry[] entries = [];
        private int indexShift;

        // Stryker disable all : equivalent, the table's starting size (it grows as customers arrive); the counts are the same
        public GroupTable(int[] groupStarts)
        {
            int largestGroup = 0;
            for (int group = 0; group + 1 < groupStarts.Length; group++)
            {
                largestGroup = Math.Max(largestGroup, groupStarts[group + 1] - groupStarts[group]);
            }

            // Room for the largest group with every order a new customer, up to 2 × 2¹⁶ entries; beyond that the table grows as customers arrive.
            Resize(Math.Min(largestGroup, 1 << 16));
        }

        // Stryker restore all

        public long Customers { get; private set; }

        public long RepeatCustomers { get; private set; }

        public void CountGroup(ReadOnlySpan<ulong> spreadIds, int group)
        {
            Entry[] table = entries;
            int shift = indexShift;
            int mask = table.Length - 1;
            int customers = 0;
            int repeatCustomers = 0;
            int growAt = table.Length / 2;
            foreach (ulong spread in spreadIds)
            {
                int index = IndexOf(spread, shift);
                while (true)
                {
                    ref Entry entry = ref table[index];
                    if (entry.Group != group)
                    {
                        entry.SpreadId = spread;
                        entry.Orders = 1;
                        entry.Group = group;
                        if (++customers == growAt)
                        {
                            Grow(group);
                            table = entries;
                            shift = indexShift;
                            mask = table.Length - 1;
                            growAt = table.Length / 2;
                        }

                        break;
                    }

                    if (entry.SpreadId == spread)
                    {
                        if (++entry.Orders == 2)
                        {
                            repeatCustomers++;
                        }

                        break;
                    }

                    index = (index + 1) & mask;
                }
            }

            Customers += customers;
            RepeatCustomers += repeatCustomers;
        }

        /// <summary>
        /// The table position of a spread id. The ids of one group share their top bits, so the position
        /// comes from the id mixed again (xor-shift and a second multiplication), not from those bits.
        /// </summary>
        // Stryker disable once Bitwise : equivalent, any mixing of the id gives the same counts (only the probes change; >> and >>> agree on ulong)
        private static int IndexOf(ulong spread, int shift) => (int)unchecked((spread ^ (spread >> 29)) * 0xBF58476D1CE4E5B9 >> shift);

        private void Resize(int customers)
        {
            int bits = 4;

            // Stryker disable once Equality : equivalent, a table twice as large holds the same counts
            while (1 << bits < 2 * customers)
            {
                bits++;
            }

            entries = new Entry[1 << bits];
            indexShift = 64 - bits;
        }

        /// <summary>Doubles the table and puts the current group's entries back; the other groups' entries are finished and dropped.</summary>
        private void Grow(int group)
        {
            Entry[] old = entries;
            Resize(old.Length);
            int mask = entries.Length - 1;
            foreach (Entry entry in old)
            {
                if (entry.Group == group)
                {
                    int index = IndexOf(entry.SpreadId, indexShift);
                    while (entries[index].Group == group)
                    {
                        index = (index + 1) & mask;
                    }

                    entries[index] = entry;
                }
            }
        }
    }
}
