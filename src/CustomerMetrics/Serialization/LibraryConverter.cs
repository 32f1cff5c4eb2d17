#if NET
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerMetrics.Serialization;

/// <summary>
/// The base of the library's JSON converters: each type is one JSON object with camelCase names, its
/// inputs (what the type is made of) and, for readers, its derived figures, which are ignored when read
/// back. Reading goes through the type's own checks. Nested library values are written and read by
/// their own converters directly, so no reflection is involved (AOT- and trim-safe).
/// </summary>
/// <typeparam name="T">The type converted.</typeparam>
internal abstract class LibraryConverter<T> : JsonConverter<T>
{
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return ReadElement(document.RootElement, options);
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteProperties(writer, value, options);
        writer.WriteEndObject();
    }

    /// <summary>Reads a value from an element (a whole document or a nested property).</summary>
    internal abstract T ReadElement(JsonElement element, JsonSerializerOptions options);

    /// <summary>Writes the properties of a value, between the braces.</summary>
    protected abstract void WriteProperties(Utf8JsonWriter writer, T value, JsonSerializerOptions options);

    /// <summary>Writes a nested value as a named property.</summary>
    internal void WriteNamed(Utf8JsonWriter writer, string name, T value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        Write(writer, value, options);
    }
}
#endif
