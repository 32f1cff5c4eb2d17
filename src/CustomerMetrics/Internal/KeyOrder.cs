using System;
using System.Collections.Generic;

namespace CustomerMetrics.Internal;

/// <summary>
/// How keys (periods, segments, topics) are ordered: strings ordinally, by their UTF-16 code units,
/// so that no ordering or equality depends on the current culture ("ia" and "Ib" keep their order
/// under tr-TR; "a" and "a\u00AD" stay two keys); every other type by its default comparer.
/// </summary>
internal static class KeyOrder
{
    internal static IComparer<TKey> For<TKey>() =>
        typeof(TKey) == typeof(string) ? (IComparer<TKey>)(object)StringComparer.Ordinal : Comparer<TKey>.Default;
}
