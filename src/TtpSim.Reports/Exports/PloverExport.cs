using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TtpSim.Reports.Exports;

/// <summary>
/// PLOVER-style dyadic event records, one JSON object per line, with the field names event-data tools
/// use (snake_case): who did what to whom, when, coded in PLOVER and in CAMEO, and on whose word.
/// </summary>
public static class PloverExport
{
    // Names and quotes are written as they are (an en dash stays an en dash), not as \u escapes.
    private static readonly JsonSerializerOptions OneLine = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <remarks>Events below PLOVER's threshold (a hint, a non-denial, an aggregate) have no PLOVER record and are left out.</remarks>
    public static void Write(TextWriter writer, IEnumerable<ExportRecord> records)
    {
        foreach (var r in records)
        {
            if (r.Plover is null)
            {
                continue;
            }

            var record = new JsonObject
            {
                ["id"] = $"{r.Scenario}/{r.Id}",
                ["date"] = r.Date,
                ["date_precision"] = r.DatePrecision.ToString().ToLowerInvariant(),
                ["event_type"] = r.Plover.EventType,
                ["mode"] = r.Plover.Mode,
                ["context"] = r.Plover.Context,
                ["actor"] = r.Actor?.Name,
                ["actor_id"] = r.Actor?.Id,
                ["recipient"] = r.Recipient?.Name,
                ["recipient_id"] = r.Recipient?.Id,
                ["cameo"] = r.Cameo?.Code,
                ["cameo_label"] = r.Cameo?.Label,
                ["status"] = r.Status,
                ["asserted_by"] = r.AssertedBy?.Id,
                ["source_event_type"] = r.Type,
                ["summary"] = r.Summary,
                ["derived_by"] = r.DerivedBy,
                ["sources"] = new JsonArray([.. r.Sources.DistinctBy(s => s.File).Select(s => (JsonNode)new JsonObject
                {
                    ["file"] = s.File,
                    ["outlet"] = s.Outlet,
                    ["published"] = s.Published.ToString(),
                })]),
                ["record_horizon"] = r.RecordHorizonText,
            };
            writer.Write(record.ToJsonString(OneLine));
            writer.Write('\n');
        }
    }
}
