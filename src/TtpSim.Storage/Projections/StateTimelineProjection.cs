using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;

namespace TtpSim.Storage.Projections;

/// <summary>
/// Keeps, per scenario stream, the state after each date on which something happened, computed with the
/// domain's own <see cref="NegotiationFold.Evolve"/> via <see cref="Timeline.ChangePoints"/>.
/// An event about an earlier date changes every later change point, so the stream's whole timeline is
/// recomputed from all its events whenever any arrive: the result never depends on append order, and
/// applying the same events twice (a rebuild) gives the same documents.
/// </summary>
public sealed class StateTimelineProjection : IProjection
{
    public const string Name = "state-timeline";

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var batch in events.Where(e => e.Data is NegotiationEvent).GroupBy(e => e.StreamKey!))
        {
            var stored = await operations.Events.FetchStreamAsync(batch.Key, token: cancellation);
            var all = stored
                .Concat(batch)
                .DistinctBy(e => e.Id)
                .Select(e => e.Data)
                .OfType<NegotiationEvent>();

            operations.DeleteWhere<StateChangePoint>(p => p.StreamKey == batch.Key);
            foreach (var (date, state) in Timeline.ChangePoints(all))
            {
                operations.Store(new StateChangePoint
                {
                    Id = StateChangePoint.IdFor(batch.Key, date),
                    StreamKey = batch.Key,
                    Date = date,
                    State = state,
                });
            }
        }
    }
}
