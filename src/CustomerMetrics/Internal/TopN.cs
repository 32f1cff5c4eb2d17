using System.Collections.Generic;

namespace CustomerMetrics.Internal;

/// <summary>
/// The <c>N</c> best items of a stream under an order, kept in a bounded min-heap: O(log N) per item,
/// O(N) memory, and the same result whatever order the items arrive in (as long as the order has no
/// ties between different items). Used wherever a result keeps a top list (clients at risk, topics).
/// </summary>
/// <typeparam name="T">The item.</typeparam>
internal sealed class TopN<T>
{
    private readonly int capacity;
    private readonly IComparer<T> order;
    private readonly List<T> heap = new();

    /// <param name="capacity">How many items to keep; 0 keeps none.</param>
    /// <param name="order">Greater is better: the kept items are the greatest.</param>
    internal TopN(int capacity, IComparer<T> order)
    {
        this.capacity = capacity;
        this.order = order;
    }

    internal int Count => heap.Count;

    /// <summary>The weakest kept item (the first to go), when the top is full.</summary>
    internal bool TryPeekWeakest(out T item)
    {
        item = heap.Count == capacity && capacity > 0 ? heap[0] : default!;
        return heap.Count == capacity && capacity > 0;
    }

    /// <summary>Keeps <paramref name="item"/> if it is among the best seen so far.</summary>
    internal void Offer(T item)
    {
        if (heap.Count < capacity)
        {
            heap.Add(item);
            SiftUp(heap.Count - 1);
        }
        else if (capacity > 0 &&
                 // Stryker disable once Equality : equivalent, an item that ties with the weakest is the same item (the order has no ties between different items)
                 order.Compare(item, heap[0]) > 0)
        {
            heap[0] = item;
            SiftDown(0);
        }
    }

    /// <summary>The kept items, best first.</summary>
    internal T[] ToArray()
    {
        T[] sorted = heap.ToArray();
        System.Array.Sort(sorted, (a, b) => order.Compare(b, a));
        return sorted;
    }

    private void SiftUp(int index)
    {
        while (index > 0)
        {
            int parent = (index - 1) / 2;
            // Stryker disable once Equality : equivalent, swapping two items that tie swaps the same item (no ties between different items)
            if (order.Compare(heap[index], heap[parent]) >= 0)
            {
                return;
            }

            (heap[index], heap[parent]) = (heap[parent], heap[index]);
            index = parent;
        }
    }

    private void SiftDown(int index)
    {
        while (true)
        {
            int smallest = index;
            int left = (2 * index) + 1;
            int right = left + 1;
            if (left < heap.Count &&
                // Stryker disable once Equality : equivalent, as in SiftUp
                order.Compare(heap[left], heap[smallest]) < 0)
            {
                smallest = left;
            }

            if (right < heap.Count &&
                // Stryker disable once Equality : equivalent, as in SiftUp
                order.Compare(heap[right], heap[smallest]) < 0)
            {
                smallest = right;
            }

            if (smallest == index)
            {
                return;
            }

            (heap[index], heap[smallest]) = (heap[smallest], heap[index]);
            index = smallest;
        }
    }
}
