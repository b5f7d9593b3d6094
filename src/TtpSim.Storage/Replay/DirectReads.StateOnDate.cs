using Npgsql;
using TtpSim.Domain.Events;
using TtpSim.Storage.Projections;

namespace TtpSim.Storage.Replay;

/// <summary>What a stream holds for the state on one date (see <see cref="DirectReads.StreamOnDateAsync"/>).</summary>
/// <param name="Before">The latest change point on or before the date; null when there is none.</param>
/// <param name="RangeEnd">
/// When the first point after the date is preceded by a stored range and the date has no point of its own, the
/// range's last version (that point's count of events applied); otherwise null: nothing stored in between counts.
/// </param>
/// <param name="Between">
/// The range's events after <paramref name="Before"/>'s, up to <paramref name="RangeEnd"/>, in version order;
/// null when there is no range, or when one of them is stored in an older shape (Marten must read them).
/// </param>
public sealed record StreamOnDate(StateChangePoint? Before, long? RangeEnd, IReadOnlyList<NegotiationEvent>? Between);

public sealed partial class DirectReads
{
    /// <summary>
    /// The change point on or before <paramref name="at"/>, the stored range after it and that range's events, in
    /// one round trip. The next point's two fields the range needs are read in the database: the point itself
    /// (60-75 KB of JSON) never travels. Apart, these reads took three round trips and deserialised the next point whole.
    /// </summary>
    public async Task<StreamOnDate> StreamOnDateAsync(string streamKey, DateOnly at, CancellationToken cancellation)
    {
        const string Applied = "(data -> 'state' ->> 'eventsApplied')::bigint";
        var before = $"select data from {changePoints} where stream_key = @key and date <= @at order by date desc limit 1";
        var beforeApplied = $"select {Applied} from {changePoints} where stream_key = @key and date <= @at order by date desc limit 1";
        var rangeEnd = $"""
            select {Applied} from {changePoints}
            where stream_key = @key and date > @at and (data ->> 'precededByStoredRange')::boolean
                and date = (select min(date) from {changePoints} where stream_key = @key and date > @at)
                and not exists (select 1 from {changePoints} where stream_key = @key and date = @at)
            """;
        var between = $"""
            select type, data from {events}
            where stream_id = @key and version > coalesce(({beforeApplied}), 0) and version <= ({rangeEnd})
            order by version
            """;

        await using var connection = connect();
        await connection.OpenAsync(cancellation);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var sql in new[] { before, rangeEnd, between })
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.AddWithValue("key", streamKey);
            command.Parameters.AddWithValue("at", at);
            batch.BatchCommands.Add(command);
        }

        // Prepared once on each pooled connection: the database then plans the three statements once, not per query.
        await batch.PrepareAsync(cancellation);
        await using var reader = await batch.ExecuteReaderAsync(cancellation);
        var point = await reader.ReadAsync(cancellation) ? serializer.FromJson<StateChangePoint>(reader, 0) : null;
        await reader.NextResultAsync(cancellation);
        long? end = await reader.ReadAsync(cancellation) ? reader.GetInt64(0) : null;
        await reader.NextResultAsync(cancellation);
        var read = new List<NegotiationEvent>();
        var olderShape = false;
        while (await reader.ReadAsync(cancellation))
        {
            if (EventTypesByStoredName.TryGetValue(reader.GetString(0), out var type))
            {
                read.Add((NegotiationEvent)serializer.FromJson(type, reader, 1));
            }
            else
            {
                olderShape = true;
            }
        }

        return new StreamOnDate(point, end, end is null || olderShape ? null : read);
    }
}
