using System.Text.Json;
using TtpSim.Domain.Events;
using TtpSim.Domain.Snapshots;

namespace TtpSim.Reports.Html;

/// <summary>
/// How a scenario departs from the report's reference scenario: events of its own, events changed
/// (same id, different facts) and events of the reference it lacks, and the first day any of that happens.
/// </summary>
internal sealed record Divergence(
    string Reference,
    IReadOnlySet<string> Differing,
    IReadOnlyList<NegotiationEvent> OnlyInReference,
    int Added,
    int Changed,
    DateOnly? PartsOn)
{
    public static Divergence None(string reference) => new(reference, new HashSet<string>(), [], 0, 0, null);

    public static Divergence Between(string reference, IReadOnlyList<NegotiationEvent> referenceEvents, IReadOnlyList<NegotiationEvent> events)
    {
        var theirs = referenceEvents.ToDictionary(e => e.Meta.Id, StringComparer.Ordinal);
        var ours = events.Select(e => e.Meta.Id).ToHashSet(StringComparer.Ordinal);
        var added = events.Where(e => !theirs.ContainsKey(e.Meta.Id)).ToList();
        var changed = events.Where(e => theirs.TryGetValue(e.Meta.Id, out var other) && Serialized(other) != Serialized(e)).ToList();
        var missing = referenceEvents.Where(e => !ours.Contains(e.Meta.Id)).ToList();
        var dates = added.Concat(changed).Concat(missing).Concat(changed.Select(e => theirs[e.Meta.Id]))
            .Select(e => e.Meta.Occurred.Start)
            .ToList();
        return new Divergence(
            reference,
            added.Concat(changed).Select(e => e.Meta.Id).ToHashSet(StringComparer.Ordinal),
            missing,
            added.Count,
            changed.Count,
            dates.Count == 0 ? null : dates.Min());
    }

    public bool IsNone => Differing.Count == 0 && OnlyInReference.Count == 0;

    private static string Serialized(NegotiationEvent e) => JsonSerializer.Serialize(e, e.GetType(), SnapshotJson.Options);
}
