using System.Text.Json;
using TtpSim.Domain.Snapshots;

namespace TtpSim.Cli.Output;

/// <summary>
/// The JSON of `timeline`: the list of entries other tools already read, unchanged, with two fields added to
/// each entry: <c>horizon</c>, where the scenario's record ends (the same on every entry), and
/// <c>beyondHorizon</c>, whether the entry begins after it.
/// </summary>
internal static class TimelineJson
{
    public static string Serialize(IReadOnlyList<TimelineEntryView> entries, DateOnly? recordEnds)
    {
        // Wrapping the list in an object would break every reader of the top-level array, so the horizon
        // travels on each entry instead.
        var list = JsonSerializer.SerializeToNode(entries, SnapshotJson.Options)!.AsArray();
        foreach (var (node, entry) in list.Zip(entries))
        {
            var fields = node!.AsObject();
            fields["horizon"] = recordEnds is { } end ? RecordHorizon.Day(end) : null;
            fields["beyondHorizon"] = RecordHorizon.IsPast(entry, recordEnds);
        }

        return list.ToJsonString(SnapshotJson.Options);
    }
}
