using TtpSim.Domain.Events;

namespace TtpSim.Domain.State;

/// <summary>
/// Replay in historical time: events are folded in the order they happened (then by their place in
/// the scenario file), never in the order they were stored, so an October event stored after May's
/// still lands in October.
/// </summary>
public static class Timeline
{
    public static readonly IComparer<NegotiationEvent> HistoricalOrder =
        Comparer<NegotiationEvent>.Create((a, b) => EventKey.Of(a).CompareTo(EventKey.Of(b)));

    public static List<NegotiationEvent> InHistoricalOrder(IEnumerable<NegotiationEvent> events)
    {
        var ordered = events.ToList();
        ordered.Sort(HistoricalOrder);
        return ordered;
    }

    /// <summary>
    /// Whether an event counts on <paramref name="at"/>: it had begun by then and, when a knowledge date
    /// is given, the public knew of it by that date.
    /// </summary>
    public static bool Counts(NegotiationEvent @event, DateOnly at, DateOnly? knownAsOf) =>
        @event.Meta.Occurred.Start <= at && (knownAsOf is null || @event.Meta.KnownFrom <= knownAsOf);

    public static NegotiationState StateAt(IEnumerable<NegotiationEvent> events, DateOnly at, DateOnly? knownAsOf = null) =>
        InHistoricalOrder(events.Where(e => Counts(e, at, knownAsOf))).Aggregate(NegotiationState.Initial, NegotiationFold.Evolve);

    /// <summary>
    /// The state after each date on which something happened, in historical order: the state on any day
    /// is the last change point on or before it (or <see cref="NegotiationState.Initial"/>).
    /// </summary>
    public static IEnumerable<(DateOnly Date, NegotiationState State)> ChangePoints(IEnumerable<NegotiationEvent> events)
    {
        var state = NegotiationState.Initial;
        DateOnly? pending = null;
        foreach (var @event in InHistoricalOrder(events))
        {
            var day = @event.Meta.Occurred.Start;
            if (pending is { } previous && previous != day)
            {
                yield return (previous, state);
            }

            state = NegotiationFold.Evolve(state, @event);
            pending = day;
        }

        if (pending is { } last)
        {
            yield return (last, state);
        }
    }
}
