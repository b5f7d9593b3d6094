using System.Text;
using System.Text.Json.Nodes;
using TtpSim.Domain.Events;

namespace TtpSim.Scenarios.Schema;

/// <summary>
/// The table of event types and their fields in docs/scenario-format.md, written from the same readers
/// as the schema, so the docs name exactly the fields the loader reads.
/// </summary>
public static class EventFormatTable
{
    public const string Start = "<!-- event types: written from each type's reader; a test keeps it current -->";
    public const string End = "<!-- end of event types -->";

    public static string Markdown()
    {
        var table = new StringBuilder();
        table.Append(Start).Append('\n');
        table.Append("| type | fields | what it records |\n|---|---|---|\n");
        foreach (var type in EventTypes.Known)
        {
            var recorder = EventSchema.Record(type);
            var fields = string.Join(", ", recorder.Fields.Select(f => $"`{f.Key}`{(f.Required ? "" : " (optional)")}: {Kind(f.Schema)}"));
            table.Append($"| {type.Name} | {fields} | {type.Definition} |\n");
        }

        table.Append(End);
        return table.ToString();
    }

    /// <summary>The section of <paramref name="document"/> between the markers, markers included; null when absent.</summary>
    public static string? Section(string document)
    {
        var from = document.IndexOf(Start, StringComparison.Ordinal);
        var to = document.IndexOf(End, StringComparison.Ordinal);
        return from < 0 || to < from ? null : document[from..(to + End.Length)];
    }

    private static string Kind(JsonObject schema) => schema switch
    {
        _ when schema["$ref"]?.GetValue<string>() == "#/$defs/actorId" => "actor",
        _ when schema["enum"] is JsonArray words => string.Join(" / ", words.Select(w => w!.GetValue<string>())),
        _ when schema["oneOf"] is not null => "date",
        _ when schema["pattern"]?.GetValue<string>() == SchemaParts.NamePattern => "id",
        _ when schema["description"]?.GetValue<string>() == "yyyy-mm-dd" => "day",
        _ when schema["type"]?.GetValue<string>() == "boolean" => "true / false",
        _ when schema["type"]?.GetValue<string>() == "integer" => "whole number",
        _ when schema["type"]?.GetValue<string>() == "array" && schema["items"] is JsonObject items => items["$ref"]?.GetValue<string>() switch
        {
            "#/$defs/figure" => "figures",
            "#/$defs/actorId" => "list of actors",
            _ when items["properties"] is JsonObject properties => $"list of {{ {string.Join(", ", properties.Select(p => p.Key))} }}",
            _ => "list of text",
        },
        _ => "text",
    };
}
