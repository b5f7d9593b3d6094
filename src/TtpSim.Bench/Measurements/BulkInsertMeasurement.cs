using JasperFx.Events;
using Marten;
using TtpSim.Domain.Events;

namespace TtpSim.Bench.Measurements;

/// <summary>
/// Marten's <c>IDocumentStore.BulkInsertEventsAsync</c> (COPY ... FROM STDIN BINARY) of the same events as one
/// stream, into a store of its own. It skips what the replay path does besides writing: inline projections,
/// optimistic concurrency, the scenario record.
/// </summary>
public static class BulkInsertMeasurement
{
    public const int BatchSize = 10_000;

    public static async Task<Rate> RunAsync(DocumentStore store, string streamKey, IReadOnlyList<NegotiationEvent> events, CancellationToken cancellation)
    {
        var stream = StreamAction.Start((Marten.Events.EventGraph)store.Options.Events, streamKey, [.. events.Cast<object>()]);
        var elapsed = await Timed.ElapsedAsync(() => store.BulkInsertEventsAsync([stream], BatchSize, cancellation));
        return Rate.Of(events.Count, elapsed);
    }
}
