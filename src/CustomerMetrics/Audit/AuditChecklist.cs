using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CustomerMetrics.Internal;

namespace CustomerMetrics;

/// <summary>
/// A mystery-shopping checklist: the items, their sections (touchpoints), weights and critical flags.
/// Built in code or read from CSV or JSON, so that a CRM can store it; an audit's answers are checked
/// against it before they are scored.
/// </summary>
/// <remarks>
/// <para>Item ids are unique (compared ordinally, case-sensitive) and not empty; weights are finite and
/// positive. <see cref="MysteryShopping"/> is a ready example built from the sources' audit questions.</para>
/// <para>CSV: a header with <c>id</c> and <c>text</c> and optionally <c>section</c>, <c>weight</c> and
/// <c>critical</c> (<c>true</c>/<c>false</c>, <c>yes</c>/<c>no</c>, <c>1</c>/<c>0</c>). JSON: an object
/// with an <c>items</c> array of objects with the same names.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.AuditChecklistJsonConverter))]
#endif
public sealed class AuditChecklist : IEquatable<AuditChecklist>
{
    private readonly AuditChecklistItem[] items;
    private readonly Dictionary<string, int> positions;

    /// <summary>Creates a checklist from its items, in the order given.</summary>
    /// <param name="items">The items; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">There is no item, an id is empty or appears twice, or a text is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is not finite and positive.</exception>
    public AuditChecklist(IEnumerable<AuditChecklistItem> items)
    {
        Preconditions.CheckNotNull(nameof(items), items);
        this.items = items.ToArray();
        Items = Array.AsReadOnly(this.items);
        if (this.items.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(items), "A checklist needs at least one item.");
        }

        positions = new Dictionary<string, int>(this.items.Length, StringComparer.Ordinal);
        if (FindProblem(this.items, positions) is { } problem)
        {
            if (problem.Weight is { } weight)
            {
                Preconditions.ThrowOutOfRange(nameof(items), weight, problem.Message);
            }

            if (this.items[problem.Index] is null)
            {
                throw new ArgumentNullException(nameof(items), problem.Message);
            }

            Preconditions.ThrowArgument(nameof(items), problem.Message);
        }
    }

    /// <summary>
    /// A ready mystery-shopping checklist built from the sources' audit questions and service
    /// standards: greeting within 20–30 seconds, greeting with a smile and a name, polite
    /// communication, solving the problem, the client's emotions, reachability and working channels,
    /// an online answer within 15–20 seconds, delivery on time, satisfaction after the sale, answering
    /// negative comments, handling returns, and offering a retention bonus. Solving the problem and
    /// delivering on time are critical and count double.
    /// </summary>
    public static AuditChecklist MysteryShopping { get; } = new(
    [
        new("greeted-in-time", "A staff member came to the client within 20-30 seconds of their arrival", "Store"),
        new("greeting", "The staff member greeted the client, smiled and gave their name", "Store"),
        new("communication", "The staff member spoke politely and listened to the client's problem", "Store"),
        new("problem-solved", "The staff member helped solve the client's problem and proposed a solution", "Store", 2, Critical: true),
        new("no-negative-emotions", "The client left without negative emotions", "Store"),
        new("reachable", "The client could easily find how to contact the company", "Contact"),
        new("channels-work", "The contact channels (phone, chat, e-mail, website form) work correctly", "Contact"),
        new("online-answer-in-time", "An online request was answered within 15-20 seconds", "Contact"),
        new("delivered-on-time", "The client received the goods on time", "Delivery", 2, Critical: true),
        new("satisfied-after-sale", "The client was satisfied after receiving the product", "After sale"),
        new("negative-review-answered", "A negative comment was answered with a proposed solution", "After sale"),
        new("return-handled", "The return was handled correctly and promptly", "After sale"),
        new("retention-bonus-offered", "A bonus was offered to keep the client", "After sale"),
    ]);

    /// <summary>The items, in checklist order.</summary>
    public IReadOnlyList<AuditChecklistItem> Items { get; }

    /// <summary>The number of items.</summary>
    public int Count => items.Length;

    /// <summary>The item with an id.</summary>
    /// <param name="id">The item's id.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException">No item has this id.</exception>
    public AuditChecklistItem this[string id] =>
        TryGetItem(id, out AuditChecklistItem? item)
            ? item
            : throw new ArgumentException(Preconditions.Format($"The checklist has no item '{id}'."), nameof(id));

    /// <summary>Finds an item by id.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="item">The item, when found.</param>
    /// <returns>Whether the checklist has the item.</returns>
    public bool TryGetItem(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AuditChecklistItem? item)
    {
        item = id is not null && positions.TryGetValue(id, out int position) ? items[position] : null;
        return item is not null;
    }

    /// <summary>
    /// Turns an audit's answers into checks carrying the items' weights, sections and critical flags,
    /// in checklist order, after checking that every item is answered exactly once.
    /// </summary>
    /// <param name="answers">The outcome of each item, by item id (NotApplicable where an item does not apply).</param>
    /// <returns>One check per item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">An answer names an unknown item, answers an item twice, or items are left unanswered (they are listed).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An outcome is not a defined <see cref="AuditOutcome"/>.</exception>
    public IReadOnlyList<AuditCheck> CreateChecks(IEnumerable<KeyValuePair<string, AuditOutcome>> answers)
    {
        Preconditions.CheckNotNull(nameof(answers), answers);
        var outcomes = new AuditOutcome?[items.Length];
        foreach ((string id, AuditOutcome outcome) in answers)
        {
            if (id is null || !positions.TryGetValue(id, out int position))
            {
                throw new ArgumentException(Preconditions.Format($"The answer for '{id}' names no item of the checklist."), nameof(answers));
            }

            if (outcomes[position] is not null)
            {
                Preconditions.ThrowArgument(nameof(answers), Preconditions.Format($"Item '{id}' is answered twice."));
            }

            if (outcome is not (AuditOutcome.Passed or AuditOutcome.Failed or AuditOutcome.NotApplicable))
            {
                Preconditions.ThrowOutOfRange(nameof(answers), outcome, Preconditions.Format($"Item '{id}' has an unknown outcome {(int)outcome}."));
            }

            outcomes[position] = outcome;
        }

        string[] missing = items.Where((_, i) => outcomes[i] is null).Select(item => item.Id).ToArray();
        if (missing.Length > 0)
        {
            Preconditions.ThrowArgument(
                nameof(answers),
                Preconditions.Format($"{missing.Length} item(s) have no answer: {string.Join(", ", missing)}. Answer every item, NotApplicable where it does not apply."));
        }

        var checks = new AuditCheck[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            AuditChecklistItem item = items[i];
            checks[i] = new AuditCheck(item.Id, outcomes[i]!.Value, item.Weight, item.Critical, item.Section);
        }

        return checks;
    }

    /// <summary>Checks an audit's answers against the checklist and scores them.</summary>
    /// <param name="answers">The outcome of each item, by item id.</param>
    /// <param name="criticalFailureZeroesIndex">Whether a failed critical item sets the index to 0.</param>
    /// <returns>The audit's result, with one section result per section of the checklist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">An answer names an unknown item, answers an item twice, or items are left unanswered.</exception>
    public AuditResult Score(IEnumerable<KeyValuePair<string, AuditOutcome>> answers, bool criticalFailureZeroesIndex = false) =>
        AuditIndex.Score(CreateChecks(answers), criticalFailureZeroesIndex);

    /// <summary>Reads a checklist from CSV with a header (<c>id</c>, <c>text</c>, optional <c>section</c>, <c>weight</c>, <c>critical</c>).</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The checklist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <c>null</c>.</exception>
    /// <exception cref="InputFormatException">The text is malformed or an item is invalid; the line and column are given.</exception>
    public static AuditChecklist FromCsv(TextReader reader)
    {
        Preconditions.CheckNotNull(nameof(reader), reader);
        List<string>? header = null;
        // Stryker disable once Unary : equivalent, every column is set from the header before a line is read
        int id = -1, text = -1, section = -1, weight = -1, critical = -1;
        var parsed = new List<AuditChecklistItem>();
        var lines = new List<long>();
        foreach (CsvRecord record in CsvLine.Read(reader))
        {
            if (record.IsBlank)
            {
                continue;
            }

            List<string> fields = record.Fields;
            if (header is null)
            {
                header = fields.ConvertAll(field => field.Trim().ToLowerInvariant());
                id = header.IndexOf("id");
                text = header.IndexOf("text");
                section = header.IndexOf("section");
                weight = header.IndexOf("weight");
                critical = header.IndexOf("critical");
                if (id < 0 || text < 0)
                {
                    throw new InputFormatException($"the header needs the columns 'id' and 'text' (found: {string.Join(", ", header.ConvertAll(TextInput.ForMessage))})", record.Line, 1);
                }

                continue;
            }

            if (fields.Count != header.Count)
            {
                throw new InputFormatException(Preconditions.Format($"expected {header.Count} fields as in the header, found {fields.Count}"), record.Line, Math.Min(fields.Count, header.Count) + 1);
            }

            string Field(int column) => column < 0 ? string.Empty : fields[column].Trim();
            double itemWeight = 1;
            if (Field(weight).Length > 0)
            {
                NumberProblem problem = NumberText.TryParseDouble(Field(weight), DecimalSeparator.Point, out itemWeight);
                if (problem != NumberProblem.None)
                {
                    throw new InputFormatException(NumberText.Describe(problem, Field(weight), "a weight (a number such as 1 or 2.5)"), record.Line, weight + 1);
                }
            }

            bool isCritical = false;
            if (Field(critical).Length > 0 && !TryParseFlag(Field(critical), out isCritical))
            {
                throw new InputFormatException($"'{TextInput.ForMessage(Field(critical))}' is not a critical flag (true/false, yes/no, 1/0)", record.Line, critical + 1);
            }

            parsed.Add(new AuditChecklistItem(Field(id), Field(text), Field(section).Length == 0 ? null : Field(section), itemWeight, isCritical));
            lines.Add(record.Line);
        }

        if (header is null)
        {
            throw new InputFormatException("the checklist is empty; expected a header with 'id' and 'text' and one line per item");
        }

        return Build(parsed, index => (lines[index], null));
    }

    /// <summary>Reads a checklist from JSON: <c>{ "items": [ { "id": …, "text": …, "section": …, "weight": …, "critical": … } ] }</c>.</summary>
    /// <param name="json">The JSON text; comments and trailing commas are allowed, a leading byte-order mark is skipped.</param>
    /// <returns>The checklist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <c>null</c>.</exception>
    /// <exception cref="InputFormatException">The text is not valid JSON, or an item is invalid; the line and column are given.</exception>
    public static AuditChecklist FromJson(string json)
    {
        Preconditions.CheckNotNull(nameof(json), json);
        JsonValue document = JsonText.Parse(json);
        if (document.Kind != JsonKind.Object || document["items"] is not { Kind: JsonKind.Array } array)
        {
            throw new InputFormatException("expected an object with an \"items\" array", document.Line, document.Column);
        }

        var parsed = new List<AuditChecklistItem>();
        for (int index = 0; index < array.Items.Count; index++)
        {
            parsed.Add(ReadJsonItem(array.Items[index], index));
        }

        return Build(parsed, index => (array.Items[index].Line, array.Items[index].Column));
    }

    /// <summary>Writes the checklist as JSON in the form <see cref="FromJson"/> reads.</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson()
    {
        var json = new StringBuilder();
        json.Append("{\n  \"items\": [");
        for (int i = 0; i < items.Length; i++)
        {
            AuditChecklistItem item = items[i];
            json.Append(i == 0 ? "\n" : ",\n").Append("    {\n      \"id\": ");
            JsonText.WriteString(json, item.Id);
            json.Append(",\n      \"text\": ");
            JsonText.WriteString(json, item.Text);
            if (item.Section is not null)
            {
                json.Append(",\n      \"section\": ");
                JsonText.WriteString(json, item.Section);
            }

            json.Append(",\n      \"weight\": ");
            // Stryker disable once String : equivalent where Stryker runs, "R" and the default both give the shortest round-trip text on .NET Core 3.0+ ("R" is kept for .NET Framework hosts)
            json.Append(item.Weight.ToString("R", CultureInfo.InvariantCulture));
            json.Append(",\n      \"critical\": ").Append(item.Critical ? "true" : "false");
            json.Append("\n    }");
        }

        json.Append("\n  ]\n}");
        return json.ToString();
    }

    /// <summary>Writes the checklist as CSV in the form <see cref="FromCsv"/> reads.</summary>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <c>null</c>.</exception>
    public void WriteCsv(TextWriter writer)
    {
        Preconditions.CheckNotNull(nameof(writer), writer);
        writer.WriteLine("id,text,section,weight,critical");
        foreach (AuditChecklistItem item in items)
        {
            writer.WriteLine(string.Join(
                ",",
                CsvLine.Quote(item.Id),
                CsvLine.Quote(item.Text),
                CsvLine.Quote(item.Section ?? string.Empty),
                // Stryker disable once String : equivalent where Stryker runs, "R" and the default both give the shortest round-trip text on .NET Core 3.0+ ("R" is kept for .NET Framework hosts)
                item.Weight.ToString("R", CultureInfo.InvariantCulture),
                item.Critical ? "true" : "false"));
        }
    }

    private static AuditChecklistItem ReadJsonItem(JsonValue element, int index)
    {
        if (element.Kind != JsonKind.Object)
        {
            throw new InputFormatException(Preconditions.Format($"item {index} is not an object"), element.Line, element.Column);
        }

        foreach (KeyValuePair<string, JsonValue> property in element.Properties)
        {
            if (property.Key is not ("id" or "text" or "section" or "weight" or "critical"))
            {
                throw new InputFormatException(
                    Preconditions.Format($"item {index}: unknown property \"{TextInput.ForMessage(property.Key)}\" (an item has id, text, section, weight and critical)"),
                    property.Value.Line,
                    property.Value.Column);
            }
        }

        string? Text(string name)
        {
            JsonValue? value = element[name];
            if (value is null || value.Kind == JsonKind.Null)
            {
                return null;
            }

            return value.Kind == JsonKind.String
                ? value.Text
                : throw new InputFormatException(Preconditions.Format($"item {index}: \"{name}\" should be a string"), value.Line, value.Column);
        }

        double weight = 1;
        if (element["weight"] is { } weightValue
            && (weightValue.Kind != JsonKind.Number || NumberText.TryParseDouble(weightValue.Text, DecimalSeparator.Point, out weight) != NumberProblem.None))
        {
            throw new InputFormatException(Preconditions.Format($"item {index}: \"weight\" should be a number"), weightValue.Line, weightValue.Column);
        }

        bool critical = false;
        if (element["critical"] is { } criticalValue)
        {
            critical = criticalValue.Kind switch
            {
                JsonKind.True => true,
                JsonKind.False => false,
                _ => throw new InputFormatException(Preconditions.Format($"item {index}: \"critical\" should be true or false"), criticalValue.Line, criticalValue.Column),
            };
        }

        return new AuditChecklistItem(Text("id") ?? string.Empty, Text("text") ?? string.Empty, Text("section"), weight, critical);
    }

    /// <summary>Builds a parsed checklist, turning an invalid item into an <see cref="InputFormatException"/> at its place.</summary>
    internal static AuditChecklist Build(List<AuditChecklistItem> parsed, Func<int, (long? Line, int? Column)> place)
    {
        if (parsed.Count == 0)
        {
            throw new InputFormatException("the checklist has no items");
        }

        if (FindProblem(parsed, new Dictionary<string, int>(StringComparer.Ordinal)) is { } problem)
        {
            (long? line, int? column) = place(problem.Index);
            throw new InputFormatException(problem.Message, line, column);
        }

        return new AuditChecklist(parsed);
    }

    /// <summary>
    /// The first invalid item, if any: null, empty id or text, a weight that is not finite and
    /// positive (<c>Weight</c> is then set), or a repeated id. Fills <paramref name="positions"/> on the way.
    /// </summary>
    private static (int Index, string Message, double? Weight)? FindProblem(IReadOnlyList<AuditChecklistItem> items, Dictionary<string, int> positions)
    {
        for (int i = 0; i < items.Count; i++)
        {
            AuditChecklistItem item = items[i];
            if (item is null)
            {
                return (i, Preconditions.Format($"The item at position {i} is null."), null);
            }

            if (string.IsNullOrWhiteSpace(item.Id))
            {
                return (i, Preconditions.Format($"The item at position {i} has an empty id."), null);
            }

            if (string.IsNullOrWhiteSpace(item.Text))
            {
                return (i, Preconditions.Format($"Item '{item.Id}' has no text."), null);
            }

            if (!(item.Weight > 0) || !double.IsFinite(item.Weight))
            {
                return (i, Preconditions.Format($"Item '{item.Id}' has weight {item.Weight}; weights should be finite and greater than 0."), item.Weight);
            }

            if (!positions.TryAdd(item.Id, i))
            {
                return (i, Preconditions.Format($"Item id '{item.Id}' appears twice (positions {positions[item.Id]} and {i})."), null);
            }
        }

        return null;
    }

    internal static bool TryParseFlag(string text, out bool value)
    {
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "1" or "y":
                value = true;
                return true;
            case "false" or "no" or "0" or "n":
                value = false;
                return true;
            default:
                // Stryker disable once Boolean : equivalent, the value of a flag that is not read is not used
                value = false;
                return false;
        }
    }

    /// <summary>Value equality: the same items, in order.</summary>
    /// <param name="other">Another value or <c>null</c>.</param>
    /// <returns>Whether both describe the same thing.</returns>
    public bool Equals(AuditChecklist? other) =>
        other is not null
        && items.SequenceEqual(other.items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AuditChecklist);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(items.Length, items[0]);
}
