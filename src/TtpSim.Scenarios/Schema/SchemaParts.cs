using System.Text.Json.Nodes;
using TtpSim.Domain.Events;

namespace TtpSim.Scenarios.Schema;

/// <summary>The schema fragments every event shares: ids, dates, citations, status, presuppositions.</summary>
internal static class SchemaParts
{
    public const string NamePattern = "^[a-z][a-z0-9-]*$";

    public static JsonObject Day() => new() { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", ["description"] = "yyyy-mm-dd" };

    /// <summary>A date as precise as the sources: a day, a month, a year, or a range they bound.</summary>
    public static JsonObject Date() => new()
    {
        ["oneOf"] = new JsonArray(
            new JsonObject
            {
                ["type"] = new JsonArray("string", "integer"),
                ["pattern"] = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
                ["minimum"] = 1,
                ["maximum"] = 9999,
            },
            new JsonObject
            {
                ["type"] = "object",
                ["additionalProperties"] = false,
                ["required"] = new JsonArray("from", "to"),
                ["properties"] = new JsonObject { ["from"] = Day(), ["to"] = Day() },
            }),
        ["description"] = "yyyy-mm-dd, or yyyy-mm / yyyy when only the month or year is known (a bare year may be written unquoted), or { from: yyyy-mm-dd, to: yyyy-mm-dd } for a range the sources bound",
    };

    /// <summary>The keys every recorded event may carry besides its type's own fields.</summary>
    public static IEnumerable<(string Key, JsonObject Schema)> Common() =>
    [
        ("id", new JsonObject { ["type"] = "string", ["pattern"] = NamePattern }),
        ("type", TypeNames()),
        ("date", Date()),
        ("known", Date()),
        ("sources", new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/citation" } }),
        ("status", new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray([.. Enum.GetNames<AssertionStatus>().Select(n => (JsonNode)(char.ToLowerInvariant(n[0]) + n[1..]))]),
            ["description"] = "reported (default: the outlet's own voice), claimed, alleged, denied or confirmed, by assertedBy",
        }),
        ("assertedBy", new JsonObject { ["$ref"] = "#/$defs/actorId" }),
        ("dependsOn", new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = NamePattern } }),
    ];

    public static JsonObject TypeNames() => new()
    {
        ["type"] = "string",
        ["enum"] = new JsonArray([.. EventTypes.Known.Select(t => (JsonNode)t.Name)]),
    };
}
