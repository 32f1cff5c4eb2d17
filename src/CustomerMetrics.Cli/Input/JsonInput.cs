using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Input;

/// <summary>
/// Reads a JSON input as a table: an array of objects (one row per object, the columns named by the
/// properties, in the order they first appear) or, for a file without a header, an array of values.
/// Numbers keep their exact text; <c>null</c> is an empty cell; nested objects and arrays are refused.
/// </summary>
internal static class JsonInput
{
    internal static Table Read(string name, byte[] bytes, InputSettings settings, bool hasHeader)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false });
        }
        catch (JsonException error)
        {
            long line = (error.LineNumber ?? 0) + 1;
            long column = (error.BytePositionInLine ?? 0) + 1;
            throw new CliException($"{name}:{line}:{column}: not valid JSON: {FirstSentence(error.Message)}");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new CliException($"{name}: expected a JSON array of {(hasHeader ? "objects, one per row" : "values")}, found {Describe(root.ValueKind)}");
            }

            return hasHeader ? Objects(name, root, settings) : Values(name, root, settings);
        }
    }

    private static Table Objects(string name, JsonElement array, InputSettings settings)
    {
        var columns = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var objects = new List<JsonElement>();
        long number = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            number++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new CliException($"{name}: record {number}: expected an object with one property per column, found {Describe(item.ValueKind)}");
            }

            foreach (JsonProperty property in item.EnumerateObject())
            {
                if (index.TryAdd(property.Name.Trim(), columns.Count))
                {
                    columns.Add(property.Name.Trim());
                }
            }

            objects.Add(item);
        }

        var rows = new List<TableRow>(objects.Count);
        for (int r = 0; r < objects.Count; r++)
        {
            string[] fields = new string[columns.Count];
            Array.Fill(fields, string.Empty);
            foreach (JsonProperty property in objects[r].EnumerateObject())
            {
                fields[index[property.Name.Trim()]] = Cell(name, r + 1, property.Value, $"\"{TextInput.ForMessage(property.Name)}\"");
            }

            rows.Add(new TableRow(r + 1, fields));
        }

        return new Table(name, [.. columns], rows, blankLines: 0, rowsAreRecords: true, settings);
    }

    private static Table Values(string name, JsonElement array, InputSettings settings)
    {
        var rows = new List<TableRow>();
        long number = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            number++;
            rows.Add(new TableRow(number, [Cell(name, number, item, "value")]));
        }

        return new Table(name, header: null, rows, blankLines: 0, rowsAreRecords: true, settings);
    }

    /// <summary>A JSON value as cell text: strings as they are, numbers as written, null as empty.</summary>
    private static string Cell(string name, long record, JsonElement value, string what) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => string.Empty,
        _ => throw new CliException($"{name}: record {record}, {what}: expected a string, a number or null, found {Describe(value.ValueKind)}"),
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string FirstSentence(string message)
    {
        string first = message.Split('\n')[0];
        int path = first.IndexOf(" Path:", StringComparison.Ordinal);
        return (path >= 0 ? first[..path] : first).Trim().ToString(CultureInfo.InvariantCulture);
    }
}
