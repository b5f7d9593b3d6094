using Marten;
using TtpSim.Storage.Projections;

namespace TtpSim.Bench.Measurements;

/// <summary>
/// The <c>state-timeline</c> projection rebuilt from the stored events by Marten's projection daemon:
/// <c>BuildProjectionDaemonAsync()</c>, then <c>RebuildProjectionAsync(name, shardTimeout, token)</c>.
/// </summary>
public static class RebuildMeasurement
{
    /// <summary>Marten's default gives up on a shard after 5 minutes; at 10^6 events a rebuild may honestly take longer.</summary>
    private static readonly TimeSpan ShardTimeout = TimeSpan.FromHours(2);

    public static async Task<Rate> RunAsync(IDocumentStore store, long events, CancellationToken cancellation)
    {
        using var daemon = await store.BuildProjectionDaemonAsync();
        var elapsed = await Timed.ElapsedAsync(() => daemon.RebuildProjectionAsync(StateTimelineProjection.Name, ShardTimeout, cancellation));
        return Rate.Of(events, elapsed);
    }
}
