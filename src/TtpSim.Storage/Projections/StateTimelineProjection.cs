using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;

namespace TtpSim.Storage.Projections;

/// <summary>
/// Keeps, per scenario stream, the state after each date on which something happened, computed with the
/// domain's own <see cref="NegotiationFold.Evolve"/>, in historical order.
/// Replay appends a scenario's events in historical order, so a batch usually carries on where the
/// stream's latest change point stopped: the fold resumes from that point's state and only the dates the
/// batch touches are written. A batch that reaches back before the latest point (an event about an earlier
/// date, or events stored out of order) recomputes the stream's whole timeline from all its events. Either
/// way the documents are those of folding every event of the stream in historical order, so a rebuild
/// gives the same documents.
/// </summary>
public sealed class StateTimelineProjection : IProjection
{
    public const string Name = "state-timeline";

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var batch in events.Where(e => e.Data is NegotiationEvent).GroupBy(e => e.StreamKey!))
        {
            var arrived = batch.OrderBy(e => e.Version).ToList();
            var latest = await LatestAsync(operations, batch.Key, cancellation);
            if (Continues(latest, arrived))
            {
                Store(operations, batch.Key, latest?.State ?? NegotiationState.Initial, arrived.Select(e => (NegotiationEvent)e.Data));
            }
            else
            {
                await RecomputeAsync(operations, batch.Key, arrived, cancellation);
            }
        }
    }

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

    /// <summary>The change points of a stream's events, folded on from <paramref name="from"/>: one for each date, after all of that date's events.</summary>
    public static IEnumerable<StateChangePoint> ChangePoints(string streamKey, NegotiationState from, IEnumerable<NegotiationEvent> inHistoricalOrder)
    {
        var state = from;
        DateOnly? pending = null;
        EventKey last = default;
        foreach (var @event in inHistoricalOrder)
        {
            var day = @event.Meta.Occurred.Start;
            if (pending is { } previous && previous != day)
            {
                yield return StateChangePoint.For(streamKey, previous, state, last);
            }

            state = NegotiationFold.Evolve(state, @event);
            last = EventKey.Of(@event);
            pending = day;
        }

        if (pending is { } final)
        {
            yield return StateChangePoint.For(streamKey, final, state, last);
        }
    }

    private static void Store(IDocumentOperations operations, string streamKey, NegotiationState from, IEnumerable<NegotiationEvent> inHistoricalOrder)
    {
        foreach (var point in ChangePoints(streamKey, from, inHistoricalOrder))
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
        Store(operations, streamKey, NegotiationState.Initial, Timeline.InHistoricalOrder(all));
    }

    private static Task<StateChangePoint?> LatestAsync(IDocumentOperations operations, string streamKey, CancellationToken cancellation) =>
        operations.Query<StateChangePoint>()
            .Where(p => p.StreamKey == streamKey)
            .OrderByDescending(p => p.Date)
            .FirstOrDefaultAsync(cancellation);
}
