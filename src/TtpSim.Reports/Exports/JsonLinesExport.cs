using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Snapshots;

namespace TtpSim.Reports.Exports;

/// <summary>
/// One JSON object per line and per event: the common fields first, then under "fields" everything the
/// event itself records (every figure with its source), named as in the state JSON (camelCase).
/// </summary>
public static class JsonLinesExport
{
    // Names and quotes are written as they are (an en dash stays an en dash), not as \u escapes.
    private static readonly JsonSerializerOptions OneLine = new(SnapshotJson.Options) { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter writer, IEnumerable<ExportRecord> records)
    {
        foreach (var r in records)
        {
            var fields = JsonSerializer.SerializeToNode(r.Event, r.Event.GetType(), OneLine)!.AsObject();
            foreach (var common in new[] { "meta", "cameo", "typeName" })
            {
                fields.Remove(common);
            }

            var line = new JsonObject
            {
                ["scenario"] = r.Scenario,
                ["id"] = r.Id,
                ["type"] = r.Type,
                ["date"] = r.Date,
                ["datePrecision"] = r.DatePrecision.ToString().ToLowerInvariant(),
                ["knownFrom"] = r.KnownFromText,
                ["cameo"] = r.Cameo?.Code,
                ["cameoLabel"] = r.Cameo?.Label,
                ["status"] = r.Status,
                ["assertedBy"] = Actor(r.AssertedBy),
                ["dependsOn"] = new JsonArray([.. r.Event.Meta.DependsOn.Select(id => (JsonNode)id)]),
                ["actor"] = Actor(r.Actor),
                ["recipient"] = Actor(r.Recipient),
                ["summary"] = r.Summary,
                ["derivedBy"] = r.DerivedBy,
                ["sources"] = new JsonArray([.. r.Sources.Select(Source)]),
                ["recordHorizon"] = r.RecordHorizonText,
                ["fields"] = fields,
            };
            writer.Write(line.ToJsonString(OneLine));
            writer.Write('\n');
        }
    }

    // The kind in the word the fields and the scenario format use ("nonState"), not lower-cased ("nonstate").
    private static JsonObject? Actor(ActorRef? actor) =>
        actor is null ? null : new JsonObject { ["id"] = actor.Id, ["name"] = actor.Name, ["kind"] = JsonNamingPolicy.CamelCase.ConvertName(actor.Kind.ToString()) };

    private static JsonObject Source(SourceCitation source) => new()
    {
        ["file"] = source.File,
        ["outlet"] = source.Outlet,
        ["title"] = source.Title,
        ["published"] = source.Published.ToString(),
        ["quote"] = source.Quote,
    };
}
