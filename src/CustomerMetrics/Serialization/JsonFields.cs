#if NET
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Serialization;

/// <summary>
/// Reads the properties of one JSON object for a converter: required and optional values of each kind,
/// undefined figures as <c>null</c>, and every problem — a missing or unknown property, a wrong kind of
/// value, a value the type's own checks refuse — as a <see cref="JsonException"/> that names the type
/// and the property. Derived figures the writer adds for readers are accepted and ignored, so a
/// hand-edited document can never make a result inconsistent.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonElement element;
    private readonly string type;
    private readonly HashSet<string> known;

    private JsonFields(JsonElement element, string type, string[] inputs, string[] derived)
    {
        this.element = element;
        this.type = type;
        known = new HashSet<string>(inputs, StringComparer.Ordinal);
        known.UnionWith(derived);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                throw Error(Preconditions.Format($"unknown property \"{TextInput.ForMessage(property.Name)}\" (it has {string.Join(", ", inputs)})"));
            }
        }
    }

    /// <summary>The properties of an element already parsed (a nested value).</summary>
    internal static JsonFields Of(JsonElement element, string type, string[] inputs, string[]? derived = null)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException(Preconditions.Format($"{type}: expected a JSON object, found {element.ValueKind}."));
        }

        return new JsonFields(element, type, inputs, derived ?? []);
    }

    internal JsonElement Element(string name) =>
        element.TryGetProperty(name, out JsonElement value) ? value : throw Error(Preconditions.Format($"the property \"{name}\" is missing"));

    internal bool Has(string name) => element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null;

    internal long Int64(string name) => Int64(Element(name), name);

    internal int Int32(string name)
    {
        long value = Int64(name);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Error(Preconditions.Format($"\"{name}\" is out of range for a 32-bit integer"));
    }

    internal IReadOnlyList<long> Int64Array(string name) => Array(name, (item, at) => Int64(item, at));

    internal IReadOnlyList<int> Int32Array(string name) => Array(name, (item, at) => Int64(item, at) is var value && value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Error(Preconditions.Format($"{at} is out of range for a 32-bit integer")));

    /// <summary>A number, or NaN for <c>null</c> (the one form of an undefined figure).</summary>
    internal double Double(string name) => Double(Element(name), name);

    internal decimal Decimal(string name)
    {
        JsonElement value = Element(name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal result)
            ? result
            : throw Error(Preconditions.Format($"\"{name}\" should be a number within the range of decimal"));
    }

    internal bool Boolean(string name) => Element(name).ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error(Preconditions.Format($"\"{name}\" should be true or false")),
    };

    internal string String(string name) => OptionalString(name) ?? throw Error(Preconditions.Format($"\"{name}\" should be a string"));

    internal string? OptionalString(string name)
    {
        if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error(Preconditions.Format($"\"{name}\" should be a string or null"));
    }

    internal IReadOnlyList<string> StringArray(string name) =>
        Array(name, (item, at) => item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Error(Preconditions.Format($"{at} should be a string")));

    internal TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        string text = String(name);
        return System.Enum.TryParse(text, ignoreCase: true, out TEnum value) && System.Enum.IsDefined(value) && !char.IsDigit(text[0]) && text[0] != '-'
            ? value
            : throw Error(Preconditions.Format($"\"{name}\" is '{TextInput.ForMessage(text)}', not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}"));
    }

    /// <summary>A TimeSpan in the invariant constant format ("c": [-][d.]hh:mm:ss[.fffffff]), as System.Text.Json writes one.</summary>
    internal TimeSpan TimeSpan(string name)
    {
        string text = String(name);
        return System.TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out TimeSpan value)
            ? value
            : throw Error(Preconditions.Format($"\"{name}\" is '{TextInput.ForMessage(text)}', not a time span such as 00:00:07.8"));
    }

    /// <summary>A nested value of another library type, read by its converter's own reader.</summary>
    internal T Nested<T>(string name, Func<JsonElement, T> read) => Wrap(name, () => read(Element(name)));

    internal IReadOnlyList<T> NestedArray<T>(string name, Func<JsonElement, T> read) => Array(name, (item, at) => Wrap(at, () => read(item)));

    /// <summary>Runs the type's own checks; an <see cref="ArgumentException"/> becomes a <see cref="JsonException"/> with its sentence.</summary>
    internal T Build<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException error)
        {
            string sentence = Preconditions.Sentence(error);
            string actual = error is ArgumentOutOfRangeException { ActualValue: { } value } ? Preconditions.Format($"{value}") : string.Empty;
            if (error.ParamName is { } parameter && actual.Length > 0 && !MentionsNumber(sentence, actual))
            {
                // Says which figure of the document was out of range, by its name in the document.
                sentence = Preconditions.Format($"{sentence.TrimEnd('.')} (\"{JsonNamingPolicy.CamelCase.ConvertName(parameter)}\" is {actual}).");
            }

            throw new JsonException(Preconditions.Format($"{type}: {sentence}"), error);
        }
    }

    /// <summary>Whether a message already states a value (as a number of its own, not inside another).</summary>
    private static bool MentionsNumber(string sentence, string value) =>
        System.Text.RegularExpressions.Regex.IsMatch(sentence, @"(?<!\d|\d\.)" + System.Text.RegularExpressions.Regex.Escape(value) + @"(?!\d|\.\d)");

    internal JsonException Error(string reason) => new(type + ": " + reason + ".");

    private static long Int64(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long result)
            ? result
            : throw new JsonException(Preconditions.Format($"\"{name}\" should be a whole number."));

    private static double Double(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.Null => double.NaN,
        JsonValueKind.Number when value.TryGetDouble(out double result) && double.IsFinite(result) => result,
        _ => throw new JsonException(Preconditions.Format($"\"{name}\" should be a finite number, or null for an undefined figure.")),
    };

    private IReadOnlyList<T> Array<T>(string name, Func<JsonElement, string, T> read)
    {
        JsonElement value = Element(name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(Preconditions.Format($"\"{name}\" should be an array"));
        }

        var items = new List<T>(value.GetArrayLength());
        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            items.Add(read(item, Preconditions.Format($"{name}[{index++}]")));
        }

        return items;
    }

    private T Wrap<T>(string name, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (JsonException error)
        {
            throw new JsonException(Preconditions.Format($"{type}.{name}: {error.Message}"), error);
        }
    }
}

/// <summary>Writing helpers shared by the converters: undefined figures as <c>null</c>, enums by name.</summary>
internal static class JsonWriting
{
    /// <summary>A finite number, or <c>null</c> for NaN (the one form of an undefined figure; JSON has no NaN).</summary>
    internal static void Number(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsNaN(value))
        {
            writer.WriteNull(name);
        }
        else if (double.IsInfinity(value))
        {
            throw new JsonException(Preconditions.Format($"\"{name}\" is {value}, which JSON cannot hold."));
        }
        else
        {
            writer.WriteNumber(name, value);
        }
    }

    internal static void Enum<TEnum>(Utf8JsonWriter writer, string name, TEnum value)
        where TEnum : struct, Enum =>
        writer.WriteString(name, value.ToString());

    // Stryker disable once String : equivalent, "c" is also the format TimeSpan uses when none is given; it is named so that the reader's format is stated
    internal static void TimeSpan(Utf8JsonWriter writer, string name, TimeSpan value) =>
        writer.WriteString(name, value.ToString("c", CultureInfo.InvariantCulture));

    internal static void Array<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (T item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    internal static void Longs(Utf8JsonWriter writer, string name, IEnumerable<long> values) => Array(writer, name, values, (w, v) => w.WriteNumberValue(v));
}

/// <summary>A double property whose undefined value (NaN) is written as <c>null</c> and read back as NaN.</summary>
internal sealed class UndefinedAsNullJsonConverter : JsonConverter<double>
{
    public override bool HandleNull => true;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => double.NaN,
        JsonTokenType.Number when reader.TryGetDouble(out double value) && double.IsFinite(value) => value,
        _ => throw new JsonException("Expected a finite number, or null for an undefined figure."),
    };

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsNaN(value))
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }
}
#endif
