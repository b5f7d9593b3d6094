using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;

namespace TtpSim.Storage.Projections;

/// <summary>
/// Keeps, per scenario stream, change points: the state after all events of a date, computed with the
/// domain's own <see cref="NegotiationFold.Evolve"/>, in historical order.
/// A stream stored in historical order (as replay stores it) gets a point about every
/// <see cref="EventsBetweenPoints"/> events or <see cref="DaysBetweenPoints"/> days, whichever comes
/// first, at the end of a date, and one at its last date: the state on a
/// day is then the point before it plus a fold of the few events stored after that point, read by version.
/// A batch that carries on from the latest point folds on from it; one that reaches back before it (an
/// event about an earlier date, events stored out of order) recomputes the stream with a point on every
/// date, so that no read ever has to fold events stored out of order. Either way a point is the fold of
/// every event of the stream up to its date, so a rebuild gives the same states.
/// </summary>
public sealed class StateTimelineProjection : IProjection
{
    public const string Name = "state-timeline";

    /// <summary>
    /// About how many events a read may fold after a point. Fewer means faster reads and more points to write;
    /// a point never falls inside a date, so a history with many events a day gets one a day.
    /// </summary>
    public const int EventsBetweenPoints = 50;

    /// <summary>At most this many days pass between points, so a sparse history's reads fold little too.</summary>
    public const int DaysBetweenPoints = 15;

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var batch in events.Where(e => e.Data is NegotiationEvent).GroupBy(e => e.StreamKey!))
        {
            var arrived = batch.OrderBy(e => e.Version).ToList();
            var latest = await LatestAsync(operations, batch.Key, cancellation);
            if (Continues(latest, arrived))
            {
                Store(operations, ChangePoints(batch.Key, latest, arrived.Select(e => (NegotiationEvent)e.Data)));
            }
            else
            {
                await RecomputeAsync(operations, batch.Key, arrived, cancellation);
            }
        }
    }

    /// <summary>
    /// The change points of events stored in historical order, one version after another, folded on from
    /// <paramref name="resumeFrom"/> (the stream's latest point, or none for a new stream). The latest point's
    /// date is written again when the events carry on within it.
    /// </summary>
    public static IEnumerable<StateChangePoint> ChangePoints(string streamKey, StateChangePoint? resumeFrom, IEnumerable<NegotiationEvent> inHistoricalOrder) =>
        Points(streamKey, resumeFrom, inHistoricalOrder, everyDate: false);

    /// <summary>
    /// Whether the batch simply extends the stream's timeline: it holds the next versions after the ones the
    /// latest change point folded, and its events come, in version order, after that point's last event in
    /// historical order.
    /// </summary>
    private static bool Continues(StateChangePoint? latest, List<IEvent> arrived)
    {
        var folded = latest?.State.EventsApplied ?? 0;
        if (arrived[0].Version != folded + 1)
        {
            return false;
        }

        var previous = latest?.LastEvent;
        foreach (var e in arrived)
        {
            var key = EventKey.Of((NegotiationEvent)e.Data);
            if (previous is { } before && before.CompareTo(key) >= 0)
            {
                return false;
            }

            previous = key;
        }

        return true;
    }

    private static IEnumerable<StateChangePoint> Points(string streamKey, StateChangePoint? resumeFrom, IEnumerable<NegotiationEvent> inHistoricalOrder, bool everyDate)
    {
        var state = resumeFrom?.State ?? NegotiationState.Initial;
        var appliedAtLastPoint = state.EventsApplied;
        var lastPointDate = resumeFrom?.Date;
        DateOnly? pending = null;
        EventKey last = default;
        foreach (var @event in inHistoricalOrder)
        {
            var day = @event.Meta.Occurred.Start;
            if (pending is { } previous && previous != day
                && (everyDate || previous == resumeFrom?.Date
                    || state.EventsApplied - appliedAtLastPoint >= EventsBetweenPoints
                    || previous.DayNumber - (lastPointDate ?? previous).DayNumber >= DaysBetweenPoints))
            {
                yield return Point(previous);
                appliedAtLastPoint = state.EventsApplied;
                lastPointDate = previous;
            }

            lastPointDate ??= day;

            state = NegotiationFold.Evolve(state, @event);
            last = EventKey.Of(@event);
            pending = day;
        }

        if (pending is { } final)
        {
            yield return Point(final);
        }

        // A point rewritten for the date it already covered keeps what it said of the events before it.
        StateChangePoint Point(DateOnly date) => StateChangePoint.For(
            streamKey, date, state, last, precededByStoredRange: !everyDate && (date != resumeFrom?.Date || resumeFrom.PrecededByStoredRange));
    }

    private static void Store(IDocumentOperations operations, IEnumerable<StateChangePoint> points)
    {
        foreach (var point in points)
        {
            operations.Store(point);
        }
    }

    private static async Task RecomputeAsync(IDocumentOperations operations, string streamKey, List<IEvent> arrived, CancellationToken cancellation)
    {
        var stored = await operations.Events.FetchStreamAsync(streamKey, token: cancellation);
        var all = stored
            .Concat(arrived)
            .DistinctBy(e => e.Id)
            .Select(e => e.Data)
            .OfType<NegotiationEvent>();
        operations.DeleteWhere<StateChangePoint>(p => p.StreamKey == streamKey);
        Store(operations, Points(streamKey, null, Timeline.InHistoricalOrder(all), everyDate: true));
    }

    private static Task<StateChangePoint?> LatestAsync(IDocumentOperations operations, string streamKey, CancellationToken cancellation) =>
        operations.Query<StateChangePoint>()
            .Where(p => p.StreamKey == streamKey)
            .OrderByDescending(p => p.Date)
            .FirstOrDefaultAsync(cancellation);
}
