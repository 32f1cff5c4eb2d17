#if !LIBRARY_NETSTANDARD
using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Xunit;

namespace CustomerMetrics.Tests.Serialization;

/// <summary>
/// Compares a written JSON document with the value it was written from, by reflection over the value's public
/// properties: the documented shape (docs/json.md) — camelCase names, undefined and infinite figures as null,
/// enums by name, money with its scale, durations in the invariant "c" format, nested values as objects.
/// </summary>
internal static class JsonShape
{
    /// <summary>Public properties that are not written (Type.Property), each for its reason.</summary>
    internal static readonly IReadOnlyDictionary<string, string> NotWritten = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AuditChecklist.Count"] = "the number of items, which are written",
        ["ConfidenceInterval.Width"] = "follows from the bounds",
        ["ConfidenceInterval.MarginOfError"] = "follows from the bounds",
        ["NpsResult.IsSmallSample"] = "follows from the total",
        ["Proportion.Rest"] = "total − count",
        ["ProportionComparison.IsSignificant"] = "follows from the interval of the difference, which is written",
        ["ResponseTimeSketch.Gamma"] = "follows from the relative accuracy",
        ["ResponseTimeSketch.EstimatedMean"] = "an estimate from the buckets, which are written",
        ["SocoInstrument.ScaleLabels"] = "left out when the instrument has none (null); written when it has (JsonConsistencyTests)",
        ["SatisfactionResult.Satisfied"] = "the top answers of the distribution, which is written",
        ["TopicCount.Count"] = "inside the topic's proportion (a ranking) or written as the count itself (a tally)",
        ["TopicCount.Share"] = "a tally writes each topic's count; its share is count / total",
        ["WeightedNpsResult.PromoterShare"] = "follows from the weights",
        ["WeightedNpsResult.PassiveShare"] = "follows from the weights",
        ["WeightedNpsResult.DetractorShare"] = "follows from the weights",
        ["WeightedNpsResult.TotalWeight"] = "the sum of the three weights",
    };

    /// <summary>Public properties written in another form (Type.Property): their values are checked by the round-trip property only.</summary>
    internal static readonly IReadOnlyDictionary<string, string> WrittenInAnotherForm = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["RepeatPurchaseResult.CustomerRepeatRate"] = "as the proportion's share",
        ["RepeatPurchaseResult.OrderRepeatRate"] = "as the proportion's share",
        ["ServiceMaturityResult.Levels"] = "each pair as { touchpoint, level }",
        ["WeightedNpsResult.PromoterWeight"] = "divided by 2^weightScale when weights are extreme",
        ["WeightedNpsResult.PassiveWeight"] = "divided by 2^weightScale when weights are extreme",
        ["WeightedNpsResult.DetractorWeight"] = "divided by 2^weightScale when weights are extreme",
        ["WeightedNpsResult.SumOfSquaredWeights"] = "divided by 2^(2·weightScale) when weights are extreme",
    };

    /// <summary>Every written property named like a public property holds its value; every public figure is written.</summary>
    internal static void AssertMirrors(object value, JsonElement element, string path)
    {
        var problems = new List<string>();
        Mirrors(value, element, path, problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Distinct()));
    }

    private static void Mirrors(object value, JsonElement element, string path, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: expected an object, found {element.ValueKind}");
            return;
        }

        Type type = value.GetType();
        Dictionary<string, PropertyInfo> properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .ToDictionary(p => CamelCase(p.Name), StringComparer.Ordinal);
        foreach (JsonProperty written in element.EnumerateObject())
        {
            if (properties.TryGetValue(written.Name, out PropertyInfo? property) && !WrittenInAnotherForm.ContainsKey($"{Name(type)}.{property.Name}"))
            {
                Same(property.GetValue(value), written.Value, $"{path}.{written.Name}", problems);
            }
        }

        foreach ((string name, PropertyInfo property) in properties)
        {
            string key = $"{Name(type)}.{property.Name}";
            Check(element.TryGetProperty(name, out _) || NotWritten.ContainsKey(key), $"{key} is not written", problems);
        }
    }

    private static void Check(bool condition, string problem, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }

    private static void Same(object? expected, JsonElement actual, string path, List<string> problems)
    {
        switch (expected)
        {
            case null:
                Check(actual.ValueKind == JsonValueKind.Null, $"{path}: expected null, found {actual.GetRawText()}", problems);
                break;
            case double number when !double.IsFinite(number):
                Check(actual.ValueKind == JsonValueKind.Null, $"{path}: expected null for {number}, found {actual.GetRawText()}", problems);
                break;
            case double number:
                Check(actual.ValueKind == JsonValueKind.Number && actual.GetDouble() == number, $"{path}: expected {number:R}, found {actual.GetRawText()}", problems);
                break;
            case decimal money:
                Check(actual.GetRawText() == money.ToString(CultureInfo.InvariantCulture), $"{path}: expected {money}, found {actual.GetRawText()}", problems);
                break;
            case long or int or short or byte:
                Check(actual.ValueKind == JsonValueKind.Number && actual.GetInt64() == Convert.ToInt64(expected, CultureInfo.InvariantCulture), $"{path}: expected {expected}, found {actual.GetRawText()}", problems);
                break;
            case bool flag:
                Check(actual.ValueKind == (flag ? JsonValueKind.True : JsonValueKind.False), $"{path}: expected {flag}, found {actual.GetRawText()}", problems);
                break;
            case string text:
                Check(actual.ValueKind == JsonValueKind.String && actual.GetString() == text, $"{path}: expected \"{text}\", found {actual.GetRawText()}", problems);
                break;
            case Enum member:
                Check(actual.ValueKind == JsonValueKind.String && actual.GetString() == member.ToString(), $"{path}: expected \"{member}\", found {actual.GetRawText()}", problems);
                break;
            case TimeSpan duration:
                Check(actual.ValueKind == JsonValueKind.String && actual.GetString() == duration.ToString("c", CultureInfo.InvariantCulture), $"{path}: expected {duration:c}, found {actual.GetRawText()}", problems);
                break;
            case IEnumerable sequence when actual.ValueKind == JsonValueKind.Object && KeyedValues(sequence) is { } byKey:
                // A dictionary keyed by text (an audit's sections) is an object of its keys.
                Check(byKey.Count == actual.EnumerateObject().Count(), $"{path}: expected {byKey.Count} keys, found {actual.GetRawText()}", problems);
                foreach ((string key, object? item) in byKey)
                {
                    if (actual.TryGetProperty(key, out JsonElement written))
                    {
                        Same(item, written, $"{path}.{key}", problems);
                    }
                    else
                    {
                        problems.Add($"{path}: the key \"{key}\" is not written");
                    }
                }

                break;
            case IEnumerable sequence:
                object?[] items = sequence.Cast<object?>().ToArray();
                if (actual.ValueKind != JsonValueKind.Array || items.Length != actual.GetArrayLength())
                {
                    problems.Add($"{path}: expected an array of {items.Length}, found {actual.ValueKind}");
                    break;
                }

                int i = 0;
                foreach (JsonElement element in actual.EnumerateArray())
                {
                    Same(items[i], element, $"{path}[{i}]", problems);
                    i++;
                }

                break;
            default:
                Mirrors(expected, actual, path, problems);
                break;
        }
    }

    /// <summary>The pairs of a sequence of KeyValuePair&lt;string, T&gt;, or null.</summary>
    private static List<(string Key, object? Value)>? KeyedValues(IEnumerable sequence)
    {
        Type? pair = sequence.GetType().GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .Select(i => i.GetGenericArguments()[0])
            .FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) && t.GetGenericArguments()[0] == typeof(string));
        return pair is null
            ? null
            : sequence.Cast<object>().Select(p => ((string)pair.GetProperty("Key")!.GetValue(p)!, pair.GetProperty("Value")!.GetValue(p))).ToList();
    }

    private static string Name(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] : type.Name;

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
#endif
