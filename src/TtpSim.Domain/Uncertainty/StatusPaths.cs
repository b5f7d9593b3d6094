using System.Text.Json;
using TtpSim.Domain.Snapshots;

namespace TtpSim.Domain.Uncertainty;

/// <summary>
/// The statuses whose possible values are worked out, named by their path in the state JSON, and how to
/// read each from a snapshot. A value is written as the JSON writes it; null for a ceasefire or demand
/// not yet in the record on that date, and for <c>ceasefire.active</c> when the record cannot say.
/// </summary>
public static class StatusPaths
{
    public const string TalksStatus = "talks.status";
    public const string CeasefireActive = "ceasefire.active";

    public static string Ceasefire(string id) => $"ceasefires[{id}].status";

    public static string Demand(string id) => $"demands[{id}].status";

    public static string Happened(string eventId) => $"events[{eventId}].happened";

    public static string Known(string eventId) => $"events[{eventId}].known";

    public static string? Read(StateSnapshot snapshot, string path)
    {
        if (path == TalksStatus)
        {
            return Camel(snapshot.Talks.Status.ToString());
        }

        if (path == CeasefireActive)
        {
            return snapshot.Ceasefire.Active switch { true => "true", false => "false", null => null };
        }

        if (IdIn(path, "ceasefires[") is { } ceasefire)
        {
            return snapshot.Ceasefire.History.FirstOrDefault(c => c.Id == ceasefire)?.Status;
        }

        if (IdIn(path, "demands[") is { } demand)
        {
            return snapshot.Demands.FirstOrDefault(d => d.Id == demand) is { } found ? Camel(found.Status.ToString()) : null;
        }

        throw new ArgumentException($"'{path}' is not a tracked status", nameof(path));
    }

    private static string? IdIn(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && path.EndsWith("].status", StringComparison.Ordinal)
            ? path[prefix.Length..^"].status".Length]
            : null;

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
