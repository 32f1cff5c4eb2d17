using System.Collections.Generic;

namespace CustomerMetrics;

/// <summary>A dimension of a gap questionnaire: its name and the (1-based) numbers of its items.</summary>
/// <param name="Name">The dimension's name, e.g. "Reliability".</param>
/// <param name="Items">The 1-based numbers of the items that belong to it.</param>
/// <remarks>Immutable; checked by <see cref="GapLayout"/>.</remarks>
public sealed record GapDimension(string Name, IReadOnlyList<int> Items);
