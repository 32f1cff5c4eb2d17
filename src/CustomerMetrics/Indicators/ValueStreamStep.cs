using System;
using System.Globalization;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>One step of a value stream map: how long it takes and whether it adds value for the customer.</summary>
/// <remarks>Immutable and thread-safe. Used by <see cref="ProcessCycleEfficiency.FromSteps"/>.</remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ValueStreamStepJsonConverter))]
#endif
public sealed record ValueStreamStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="name">The step's name; not blank, trimmed.</param>
    /// <param name="duration">How long it takes (processing or waiting), not negative.</param>
    /// <param name="valueAdding">Whether the customer would pay for it; waiting, moving, rework and checks are not.</param>
    /// <exception cref="ArgumentNullException">The name is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative.</exception>
    public ValueStreamStep(string name, TimeSpan duration, bool valueAdding)
    {
        Name = Preconditions.CheckNotBlank(nameof(name), name, "A step's name should not be blank.");

        if (duration < TimeSpan.Zero)
        {
            Preconditions.ThrowOutOfRange(nameof(duration), duration, Preconditions.Format($"The duration of step \"{TextInput.ForMessage(Name)}\" is negative ({duration})."));
        }

        Duration = duration;
        ValueAdding = valueAdding;
    }

    /// <summary>The step's name.</summary>
    public string Name { get; }

    /// <summary>How long it takes.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Whether it adds value for the customer.</summary>
    public bool ValueAdding { get; }

    /// <summary>Formats the step with the invariant culture.</summary>
    /// <returns>For example <c>Assembly: 00:45:00 (value-adding)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: {Duration:c} ({(ValueAdding ? "value-adding" : "waste")})");
}
