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
            return snapshot.Ceasefire.History.FirstOrDefault(c => c.Id == ceasefire) is { } found ? Value(found) : null;
        }

        if (IdIn(path, "demands[") is { } demand)
        {
            return snapshot.Demands.FirstOrDefault(d => d.Id == demand) is { } found ? Value(found) : null;
        }

        throw new ArgumentException($"'{path}' is not a tracked status", nameof(path));
    }

    /// <summary>
    /// <see cref="Read"/> of every path, with the snapshot's ceasefires and demands looked up by id rather than
    /// searched once per path: a long history's groups track thousands of them.
    /// </summary>
    public static string?[] ReadAll(StateSnapshot snapshot, IReadOnlyList<string> paths)
    {
        Dictionary<string, string?>? ceasefires = null;
        Dictionary<string, string?>? demands = null;
        var values = new string?[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            if (IdIn(paths[i], "ceasefires[") is { } ceasefire)
            {
                ceasefires ??= FirstById(snapshot.Ceasefire.History.Select(c => (c.Id, Value(c))));
                values[i] = ceasefires.GetValueOrDefault(ceasefire);
            }
            else if (IdIn(paths[i], "demands[") is { } demand)
            {
                demands ??= FirstById(snapshot.Demands.Select(d => (d.Id, Value(d))));
                values[i] = demands.GetValueOrDefault(demand);
            }
            else
            {
                values[i] = Read(snapshot, paths[i]);
            }
        }

        return values;
    }

    private static string? Value(CeasefireHistoryView ceasefire) => ceasefire.Status;

    private static string? Value(DemandView demand) => Camel(demand.Status.ToString());

    /// <summary>Each id's first value, as a search from the start of the list finds it.</summary>
    private static Dictionary<string, string?> FirstById(IEnumerable<(string Id, string? Value)> items)
    {
        var first = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, value) in items)
        {
            first.TryAdd(id, value);
        }

        return first;
    }

    private static string? IdIn(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && path.EndsWith("].status", StringComparison.Ordinal)
            ? path[prefix.Length..^"].status".Length]
            : null;

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
