using System.Text.Json;
using TtpSim.Domain.Events;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Comparison;

/// <summary>A date on which two histories part: the events that differ that day, and what then differs in the state.</summary>
public sealed record PartingPoint(
    DateOnly Date,
    IReadOnlyList<string> OnlyInA,
    IReadOnlyList<string> OnlyInB,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> StateDifferences);

/// <summary>Where and when two histories part, between two dates.</summary>
public static class HistoryParting
{
    public static IReadOnlyList<PartingPoint> Between(
        IReadOnlyCollection<NegotiationEvent> a,
        IReadOnlyCollection<NegotiationEvent> b,
        DateOnly from,
        DateOnly to)
    {
        var byIdA = a.ToDictionary(e => e.Meta.Id, StringComparer.Ordinal);
        var byIdB = b.ToDictionary(e => e.Meta.Id, StringComparer.Ordinal);
        var eventChanges = byIdA.Keys.Union(byIdB.Keys)
            .Select(id => Classify(byIdA.GetValueOrDefault(id), byIdB.GetValueOrDefault(id)))
            .OfType<(DateOnly Date, string Kind, string Line)>()
            .ToLookup(c => c.Date);

        var dates = Timeline.ChangePoints(a).Select(p => p.Date)
            .Union(Timeline.ChangePoints(b).Select(p => p.Date))
            .Union(eventChanges.Select(g => g.Key))
            .Where(d => from <= d && d <= to)
            .Order();

        var points = new List<PartingPoint>();
        var previous = StateDifferences(a, b, from.AddDays(-1));
        foreach (var date in dates)
        {
            var differences = StateDifferences(a, b, date);
            var changes = eventChanges[date].ToList();
            if (changes.Count > 0 || !differences.SequenceEqual(previous))
            {
                points.Add(new PartingPoint(
                    date,
                    [.. changes.Where(c => c.Kind == "a").Select(c => c.Line)],
                    [.. changes.Where(c => c.Kind == "b").Select(c => c.Line)],
                    [.. changes.Where(c => c.Kind == "changed").Select(c => c.Line)],
                    differences));
            }

            previous = differences;
        }

        return points;
    }

    private static (DateOnly Date, string Kind, string Line)? Classify(NegotiationEvent? a, NegotiationEvent? b) => (a, b) switch
    {
        (not null, null) => (a.Meta.Occurred.Start, "a", Line(a)),
        (null, not null) => (b.Meta.Occurred.Start, "b", Line(b)),
        (not null, not null) when Serialized(a) != Serialized(b) =>
            (Min(a.Meta.Occurred.Start, b.Meta.Occurred.Start), "changed", $"{a.Meta.Id}: {a.Describe()} -> {b.Describe()} ({b.Meta.Occurred})"),
        _ => null,
    };

    private static List<string> StateDifferences(IEnumerable<NegotiationEvent> a, IEnumerable<NegotiationEvent> b, DateOnly date) =>
        [.. SnapshotDiff.Between(
                SnapshotBuilder.Build("a", Timeline.StateAt(a, date), date, null),
                SnapshotBuilder.Build("b", Timeline.StateAt(b, date), date, null))
            .Select(d => d.Path)
            .Where(p => p != "asOf" && p != "eventsApplied")];

    private static string Line(NegotiationEvent e) => $"{e.Meta.Id} ({e.Meta.Occurred}): {e.Describe()}";

    private static string Serialized(NegotiationEvent e) => JsonSerializer.Serialize(e, e.GetType(), SnapshotJson.Options);

    private static DateOnly Min(DateOnly x, DateOnly y) => x < y ? x : y;
}
