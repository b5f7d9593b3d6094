using System.Collections.Immutable;
using System.Text.Json.Nodes;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Scenarios.Schema;

/// <summary>
/// Answers an event type's reader with placeholder values and writes down each field it asks for, with
/// its JSON Schema and whether it is required: the schema of a type is what its reader reads.
/// </summary>
internal sealed class FieldRecorder : IEventFields
{
    private static readonly ActorRef Placeholder = new("actor", "actor", ActorKind.State, []);

    public List<(string Key, JsonObject Schema, bool Required)> Fields { get; } = [];

    public string Name(string key) => Add(key, Id(), true, "name");

    public string Text(string key) => Add(key, NonEmptyText(), true, "text");

    public string? OptionalText(string key) => Add(key, NonEmptyText(), false, (string?)null);

    public ActorRef Actor(string key) => Add(key, ActorId(), true, Placeholder);

    public ActorRef? OptionalActor(string key) => Add(key, ActorId(), false, (ActorRef?)null);

    public ImmutableArray<ActorRef> Actors(string key, bool required) =>
        Add(key, new JsonObject { ["type"] = "array", ["items"] = ActorId() }, required, ImmutableArray<ActorRef>.Empty);

    public TEnum Choice<TEnum>(string key)
        where TEnum : struct, Enum => Add(key, Words<TEnum>(), true, default(TEnum));

    public TEnum? OptionalChoice<TEnum>(string key)
        where TEnum : struct, Enum => Add(key, Words<TEnum>(), false, (TEnum?)null);

    public DateOnly Day(string key) => Add(key, SchemaParts.Day(), true, DateOnly.MinValue);

    public DateOnly? OptionalDay(string key) => Add(key, SchemaParts.Day(), false, (DateOnly?)null);

    public HistoricalDate Date(string key) => Add(key, SchemaParts.Date(), true, HistoricalDate.InYear(2000));

    public Estimate Figures(string key, bool required) =>
        Add(key, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/figure" } }, required, Estimate.Unknown);

    public bool Flag(string key, bool fallback) => Add(key, new JsonObject { ["type"] = "boolean" }, false, fallback);

    public int? OptionalCount(string key) => Add(key, new JsonObject { ["type"] = "integer", ["minimum"] = 0 }, false, (int?)null);

    public ImmutableArray<string> Texts(string key, bool required)
    {
        var list = new JsonObject { ["type"] = "array", ["items"] = NonEmptyText() };
        if (required)
        {
            list["minItems"] = 1;
        }

        return Add(key, list, required, ImmutableArray<string>.Empty);
    }

    public ImmutableArray<T> Items<T>(string key, bool required, Func<IEventFields, T> read)
    {
        var item = new FieldRecorder();
        read(item);
        return Add(key, new JsonObject { ["type"] = "array", ["items"] = item.AsObject() }, required, ImmutableArray<T>.Empty);
    }

    /// <summary>The recorded fields as one closed object schema.</summary>
    public JsonObject AsObject() => new()
    {
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = new JsonArray([.. Fields.Where(f => f.Required).Select(f => (JsonNode)f.Key)]),
        ["properties"] = new JsonObject(Fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Schema.DeepClone()))),
    };

    private T Add<T>(string key, JsonObject schema, bool required, T placeholder)
    {
        Fields.Add((key, schema, required));
        return placeholder;
    }

    private static JsonObject Id() => new() { ["type"] = "string", ["pattern"] = SchemaParts.NamePattern };

    private static JsonObject ActorId() => new() { ["$ref"] = "#/$defs/actorId" };

    private static JsonObject NonEmptyText() => new() { ["type"] = "string", ["minLength"] = 1 };

    private static JsonObject Words<TEnum>()
        where TEnum : struct, Enum =>
        new() { ["type"] = "string", ["enum"] = new JsonArray([.. Enum.GetNames<TEnum>().Select(n => (JsonNode)(char.ToLowerInvariant(n[0]) + n[1..]))]) };
}
