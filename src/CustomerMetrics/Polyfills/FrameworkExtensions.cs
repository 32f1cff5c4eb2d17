using System;
using System.Collections.Generic;
using System.Text;

/// <summary>
/// The few members of newer frameworks the library uses, written for netstandard2.0 as extension
/// members so that the calling code reads the same on every target. Compiled for that target only, in
/// the global namespace so that every file sees them.
/// </summary>
internal static class FrameworkExtensions
{
    extension(double)
    {
        /// <summary>Whether the value is neither NaN nor infinite.</summary>
        public static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
    }

    extension(Math)
    {
        public static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;

        public static double Clamp(double value, double min, double max) => value < min ? min : value > max ? max : value;
    }

    extension(string)
    {
        /// <summary>Formats an interpolated string with <paramref name="provider"/> (the framework's handler-based overload does not exist here).</summary>
        public static string Create(IFormatProvider provider, FormattableString text) => text.ToString(provider);
    }

    /// <summary>Appends an interpolated string formatted with <paramref name="provider"/>.</summary>
    public static StringBuilder Append(this StringBuilder builder, IFormatProvider provider, FormattableString text) =>
        builder.Append(text.ToString(provider));

    /// <summary>Sorts a span in place (through an array: only the rare fallback of selection sorts on this target).</summary>
    public static void Sort(this Span<double> values)
    {
        double[] copy = values.ToArray();
        Array.Sort(copy);
        copy.AsSpan().CopyTo(values);
    }

    /// <summary>Lets <c>foreach ((key, value) in dictionary)</c> deconstruct a pair.</summary>
    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
    {
        key = pair.Key;
        value = pair.Value;
    }

    public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
        where TKey : notnull
    {
        if (dictionary.ContainsKey(key))
        {
            return false;
        }

        dictionary.Add(key, value);
        return true;
    }

    public static TValue? GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key)
        where TKey : notnull =>
        dictionary.TryGetValue(key, out TValue? value) ? value : default;
}
