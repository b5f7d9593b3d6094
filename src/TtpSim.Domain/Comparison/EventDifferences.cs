using System.Text.Json;
using TtpSim.Domain.Events;
using TtpSim.Domain.Snapshots;

namespace TtpSim.Domain.Comparison;

/// <summary>An event both histories record under one id, with different facts.</summary>
public sealed record ChangedEvent(NegotiationEvent InA, NegotiationEvent InB)
{
    /// <summary>The earlier of its two dates: a shifted event makes the histories part from whichever comes first.</summary>
    public DateOnly FirstDate => InA.Meta.Occurred.Start < InB.Meta.Occurred.Start ? InA.Meta.Occurred.Start : InB.Meta.Occurred.Start;
}

/// <summary>
/// The events two histories do not share. Events are matched by id; a matched pair differs when any of
/// its facts does, as the JSON contract writes them (so a changed source, quote or figure counts too).
/// </summary>
/// <param name="OnlyInA">In the order of history A.</param>
/// <param name="OnlyInB">In the order of history B.</param>
/// <param name="Changed">In the order of history A.</param>
public sealed record EventDifferences(
    IReadOnlyList<NegotiationEvent> OnlyInA,
    IReadOnlyList<NegotiationEvent> OnlyInB,
    IReadOnlyList<ChangedEvent> Changed)
{
    public static EventDifferences Between(IEnumerable<NegotiationEvent> a, IEnumerable<NegotiationEvent> b)
    {
        var inA = a.ToList();
        var inB = b.ToList();
        var byIdA = inA.ToDictionary(e => e.Meta.Id, StringComparer.Ordinal);
        var byIdB = inB.ToDictionary(e => e.Meta.Id, StringComparer.Ordinal);
        return new EventDifferences(
            [.. inA.Where(e => !byIdB.ContainsKey(e.Meta.Id))],
            [.. inB.Where(e => !byIdA.ContainsKey(e.Meta.Id))],
            [.. inA.Where(e => byIdB.TryGetValue(e.Meta.Id, out var other) && Serialized(e) != Serialized(other))
                .Select(e => new ChangedEvent(e, byIdB[e.Meta.Id]))]);
    }

    private static string Serialized(NegotiationEvent e) => JsonSerializer.Serialize(e, e.GetType(), SnapshotJson.Options);
}
