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
        var events = EventDifferences.Between(a, b);
        var onlyInA = events.OnlyInA.ToLookup(e => e.Meta.Occurred.Start, Line);
        var onlyInB = events.OnlyInB.ToLookup(e => e.Meta.Occurred.Start, Line);
        var changed = events.Changed.ToLookup(c => c.FirstDate, ChangedLine);

        var dates = Timeline.ChangePoints(a).Select(p => p.Date)
            .Union(Timeline.ChangePoints(b).Select(p => p.Date))
            .Union(onlyInA.Concat(onlyInB).Concat(changed).Select(g => g.Key))
            .Union(a.Concat(b).Where(e => e.Meta.Occurred.End != e.Meta.Occurred.Start).Select(e => e.Meta.Occurred.End.AddDays(1)))
            .Where(d => from <= d && d <= to)
            .Order();

        var points = new List<PartingPoint>();
        var previous = StateDifferences(a, b, from.AddDays(-1));
        foreach (var date in dates)
        {
            var differences = StateDifferences(a, b, date);
            if (onlyInA.Contains(date) || onlyInB.Contains(date) || changed.Contains(date) || !differences.SequenceEqual(previous))
            {
                points.Add(new PartingPoint(date, [.. onlyInA[date]], [.. onlyInB[date]], [.. changed[date]], differences));
            }

            previous = differences;
        }

        return points;
    }

    private static List<string> StateDifferences(IReadOnlyCollection<NegotiationEvent> a, IReadOnlyCollection<NegotiationEvent> b, DateOnly date) =>
        [.. SnapshotDiff.Between(
                SnapshotBuilder.FromHistory("a", a, date, null),
                SnapshotBuilder.FromHistory("b", b, date, null))
            .Select(d => d.Path)
            .Where(p => p != "asOf" && p != "eventsApplied")];

    private static string Line(NegotiationEvent e) => $"{e.Meta.Id} ({e.Meta.Occurred}): {e.Describe()}";

    private static string ChangedLine(ChangedEvent c) =>
        $"{c.InA.Meta.Id}: {c.InA.Describe()} -> {c.InB.Describe()} ({c.InB.Meta.Occurred})";
}
