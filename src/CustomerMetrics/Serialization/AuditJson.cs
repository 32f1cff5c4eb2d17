#if NET
using System.Collections.Generic;
using System.Text.Json;

namespace CustomerMetrics.Serialization;

/// <summary>AuditCheck: one answered item; its own checks run when it is made.</summary>
internal sealed class AuditCheckJsonConverter : LibraryConverter<AuditCheck>
{
    internal static readonly AuditCheckJsonConverter Instance = new();

    internal override AuditCheck ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(AuditCheck), ["item", "outcome", "weight", "critical", "section"]);
        return fields.Build(() => new AuditCheck(
            fields.String("item"),
            fields.Enum<AuditOutcome>("outcome"),
            fields.Has("weight") ? fields.Double("weight") : 1,
            fields.Has("critical") && fields.Boolean("critical"),
            fields.OptionalString("section")));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, AuditCheck value, JsonSerializerOptions options)
    {
        writer.WriteString("item", value.Item);
        JsonWriting.Enum(writer, "outcome", value.Outcome);
        writer.WriteNumber("weight", value.Weight);
        writer.WriteBoolean("critical", value.Critical);
        writer.WriteString("section", value.Section);
    }
}

/// <summary>AuditChecklistItem: the shape <see cref="AuditChecklist.FromJson"/> reads.</summary>
internal sealed class AuditChecklistItemJsonConverter : LibraryConverter<AuditChecklistItem>
{
    internal static readonly AuditChecklistItemJsonConverter Instance = new();

    internal override AuditChecklistItem ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(AuditChecklistItem), ["id", "text", "section", "weight", "critical"]);
        return new AuditChecklistItem(
            fields.String("id"),
            fields.String("text"),
            fields.OptionalString("section"),
            fields.Has("weight") ? fields.Double("weight") : 1,
            fields.Has("critical") && fields.Boolean("critical"));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, AuditChecklistItem value, JsonSerializerOptions options)
    {
        writer.WriteString("id", value.Id);
        writer.WriteString("text", value.Text);
        if (value.Section is not null)
        {
            writer.WriteString("section", value.Section);
        }

        writer.WriteNumber("weight", value.Weight);
        writer.WriteBoolean("critical", value.Critical);
    }
}

/// <summary>AuditChecklist: { "items": [...] }, as <see cref="AuditChecklist.ToJson"/> writes it; read through the constructor's checks.</summary>
internal sealed class AuditChecklistJsonConverter : LibraryConverter<AuditChecklist>
{
    internal static readonly AuditChecklistJsonConverter Instance = new();

    internal override AuditChecklist ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(element, nameof(AuditChecklist), ["items"]);
        var items = fields.NestedArray("items", e => AuditChecklistItemJsonConverter.Instance.ReadElement(e, options));
        return fields.Build(() => new AuditChecklist(items));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, AuditChecklist value, JsonSerializerOptions options) =>
        JsonWriting.Array(writer, "items", value.Items, (w, item) => AuditChecklistItemJsonConverter.Instance.Write(w, item, options));
}

/// <summary>AuditResult: the counts, the weights, the critical failures and the sections; the indices are derived.</summary>
internal sealed class AuditResultJsonConverter : LibraryConverter<AuditResult>
{
    internal static readonly AuditResultJsonConverter Instance = new();

    internal override AuditResult ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(
            element,
            nameof(AuditResult),
            ["passedWeight", "applicableWeight", "passed", "failed", "notApplicable", "criticalFailures", "isKnockedOut", "sections"],
            ["index", "indexBeforeKnockOut", "percent", "applicable", "total", "hasCriticalFailure"]);
        var sections = new Dictionary<string, AuditResult>();
        if (fields.Has("sections"))
        {
            foreach (JsonProperty section in fields.Element("sections").EnumerateObject())
            {
                sections[section.Name] = fields.Nested("sections", _ => ReadElement(section.Value, options));
            }
        }

        return fields.Build(() => AuditResult.FromFigures(
            fields.Double("passedWeight"),
            fields.Double("applicableWeight"),
            fields.Int32("passed"),
            fields.Int32("failed"),
            fields.Int32("notApplicable"),
            fields.StringArray("criticalFailures"),
            fields.Boolean("isKnockedOut"),
            sections));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, AuditResult value, JsonSerializerOptions options)
    {
        writer.WriteNumber("passedWeight", value.PassedWeight);
        writer.WriteNumber("applicableWeight", value.ApplicableWeight);
        writer.WriteNumber("passed", value.Passed);
        writer.WriteNumber("failed", value.Failed);
        writer.WriteNumber("notApplicable", value.NotApplicable);
        JsonWriting.Array(writer, "criticalFailures", value.CriticalFailures, (w, id) => w.WriteStringValue(id));
        writer.WriteBoolean("isKnockedOut", value.IsKnockedOut);
        writer.WriteStartObject("sections");
        foreach (KeyValuePair<string, AuditResult> section in value.Sections)
        {
            WriteNamed(writer, section.Key, section.Value, options);
        }

        writer.WriteEndObject();
        JsonWriting.Number(writer, "index", value.Index);
        JsonWriting.Number(writer, "indexBeforeKnockOut", value.IndexBeforeKnockOut);
        JsonWriting.Number(writer, "percent", value.Percent);
        writer.WriteNumber("applicable", value.Applicable);
        writer.WriteNumber("total", value.Total);
        writer.WriteBoolean("hasCriticalFailure", value.HasCriticalFailure);
    }
}

/// <summary>AuditSummary: the sums and the sections; the indices are derived. Read through the constructor's checks.</summary>
internal sealed class AuditSummaryJsonConverter : LibraryConverter<AuditSummary>
{
    internal static readonly AuditSummaryJsonConverter Instance = new();

    internal override AuditSummary ReadElement(JsonElement element, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Of(
            element,
            nameof(AuditSummary),
            ["audits", "undefinedAudits", "knockedOut", "passedWeight", "applicableWeight", "indexSum", "sections"],
            ["pooledIndex", "meanIndex"]);
        var sections = new Dictionary<string, AuditSummary>();
        if (fields.Has("sections"))
        {
            foreach (JsonProperty section in fields.Element("sections").EnumerateObject())
            {
                sections[section.Name] = fields.Nested("sections", _ => ReadElement(section.Value, options));
            }
        }

        return fields.Build(() => new AuditSummary(
            fields.Int32("audits"),
            fields.Int32("undefinedAudits"),
            fields.Int32("knockedOut"),
            fields.Double("passedWeight"),
            fields.Double("applicableWeight"),
            fields.Double("indexSum"),
            sections));
    }

    protected override void WriteProperties(Utf8JsonWriter writer, AuditSummary value, JsonSerializerOptions options)
    {
        writer.WriteNumber("audits", value.Audits);
        writer.WriteNumber("undefinedAudits", value.UndefinedAudits);
        writer.WriteNumber("knockedOut", value.KnockedOut);
        writer.WriteNumber("passedWeight", value.PassedWeight);
        writer.WriteNumber("applicableWeight", value.ApplicableWeight);
        writer.WriteNumber("indexSum", value.IndexSum);
        writer.WriteStartObject("sections");
        foreach (KeyValuePair<string, AuditSummary> section in value.SectionMap)
        {
            WriteNamed(writer, section.Key, section.Value, options);
        }

        writer.WriteEndObject();
        JsonWriting.Number(writer, "pooledIndex", value.PooledIndex);
        JsonWriting.Number(writer, "meanIndex", value.MeanIndex);
    }
}
#endif
