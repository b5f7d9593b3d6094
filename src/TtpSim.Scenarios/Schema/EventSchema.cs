using System.Text.Json.Nodes;
using TtpSim.Domain.Events;

namespace TtpSim.Scenarios.Schema;

/// <summary>
/// The event parts of scenario.schema.json, written from the event types' own readers: an event as a
/// file records it, as a replacement in a what-if (id and sources optional), and as a simulation's
/// template (no date, id or sources), and the actor kinds. Everything else in the schema is written by hand.
/// </summary>
public static class EventSchema
{
    /// <summary>The definitions this class owns under $defs, by name.</summary>
    public static IReadOnlyDictionary<string, JsonNode> Definitions()
    {
        var fields = EventTypes.Known.ToDictionary(t => t.Name, Record, StringComparer.Ordinal);
        return new Dictionary<string, JsonNode>(StringComparer.Ordinal)
        {
            ["event"] = Dispatch("events"),
            ["events"] = Each(fields, (name, own) => Shape(own, withCommon: true, required: ["id", "type", "date"])),
            ["replacement"] = Dispatch("replacements"),
            ["replacements"] = Each(fields, (name, own) => Shape(own, withCommon: true, required: ["type", "date"])),
            ["template"] = Dispatch("templates"),
            ["templates"] = Each(fields, (name, own) => Shape(own, withCommon: false, required: ["type"])),
        };
    }

    /// <summary>The committed schema with its event parts and actor kinds written anew.</summary>
    public static JsonObject Regenerate(JsonObject committed)
    {
        var schema = committed.DeepClone().AsObject();
        var definitions = schema["$defs"]!.AsObject();
        foreach (var (name, definition) in Definitions())
        {
            definitions[name] = definition;
        }

        // Written from the enum too: a kind added for an importer (nonState) was missing from the hand-written list.
        definitions["actor"]!["properties"]!["kind"] = new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray([.. Domain.Snapshots.SnapshotJson.EnumNames(typeof(Domain.Provenance.ActorKind)).Select(kind => (JsonNode?)kind.Name)]),
        };

        return schema;
    }

    /// <summary>The fields a type's reader asks for, in order, with their schema: the schema and the format docs both read this.</summary>
    internal static FieldRecorder Record(EventType type)
    {
        var recorder = new FieldRecorder();
        type.Read(new EventMeta("sample", Domain.Provenance.HistoricalDate.InYear(2000), new DateOnly(2000, 1, 1), [], 0), recorder);
        return recorder;
    }

    private static JsonObject Each(Dictionary<string, FieldRecorder> fields, Func<string, FieldRecorder, JsonObject> shape) =>
        new(EventTypes.Known.Select(t => KeyValuePair.Create(t.Name, (JsonNode?)shape(t.Name, fields[t.Name]))));

    private static JsonObject Shape(FieldRecorder own, bool withCommon, string[] required)
    {
        var properties = new JsonObject();
        var common = withCommon ? SchemaParts.Common() : [("type", SchemaParts.TypeNames())];
        foreach (var (key, schema) in common)
        {
            properties[key] = schema;
        }

        foreach (var (key, schema, _) in own.Fields)
        {
            properties[key] = schema.DeepClone();
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. required.Concat(own.Fields.Where(f => f.Required).Select(f => f.Key)).Select(k => (JsonNode)k)]),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Dispatch(string shapes) => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("type"),
        ["properties"] = new JsonObject { ["type"] = SchemaParts.TypeNames() },
        ["allOf"] = new JsonArray([.. EventTypes.Known.Select(t => (JsonNode)new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = t.Name } } },
            ["then"] = new JsonObject { ["$ref"] = $"#/$defs/{shapes}/{t.Name}" },
        })]),
    };
}
