using Npgsql;
using TtpSim.Storage.EventStore;

namespace TtpSim.Testing;

/// <summary>What the database holds, read with plain SQL rather than through TtpSim's own code, which is under test.</summary>
/// <param name="Streams">Event streams, not counting Marten's own <see cref="MartenTombstoneStream"/>.</param>
public sealed record StoreContents(
    int Records,
    int Streams,
    long Events,
    long ChangePoints,
    IReadOnlyDictionary<string, (string StreamKey, int EventCount)> Scenarios,
    IReadOnlyDictionary<string, long> EventsPerStream,
    IReadOnlyDictionary<string, long> ChangePointsPerStream,
    IReadOnlyDictionary<string, long> EventsFoldedPerStream)
{
    /// <summary>
    /// Where Marten marks event sequence numbers that a failed append used up, so its projection daemon
    /// does not wait for them; it holds no scenario's events.
    /// </summary>
    public const string MartenTombstoneStream = "mt_tombstone";

    public static async Task<StoreContents> ReadAsync(string connectionString)
    {
        var schema = TtpSimStore.Schema;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();

        var scenarios = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        await using (var records = new NpgsqlCommand($"select id, data->>'streamKey', (data->>'eventCount')::int from {schema}.mt_doc_scenariorecord", connection))
        await using (var reader = await records.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                scenarios[reader.GetString(0)] = (reader.GetString(1), reader.GetInt32(2));
            }
        }

        var eventsPerStream = await CountPerStreamAsync(connection, $"select stream_id, count(*) from {schema}.mt_events where stream_id <> '{MartenTombstoneStream}' group by stream_id");
        var pointsPerStream = await CountPerStreamAsync(connection, $"select data->>'streamKey', count(*) from {schema}.mt_doc_statechangepoint group by 1");
        var foldedPerStream = await CountPerStreamAsync(connection, $"select data->>'streamKey', max((data->'state'->>'eventsApplied')::bigint) from {schema}.mt_doc_statechangepoint group by 1");
        await using var streams = new NpgsqlCommand($"select count(*) from {schema}.mt_streams where id <> '{MartenTombstoneStream}'", connection);
        return new StoreContents(
            scenarios.Count,
            (int)(long)(await streams.ExecuteScalarAsync())!,
            eventsPerStream.Values.Sum(),
            pointsPerStream.Values.Sum(),
            scenarios,
            eventsPerStream,
            pointsPerStream,
            foldedPerStream);
    }

    public bool IsEmpty => Records == 0 && Streams == 0 && Events == 0 && ChangePoints == 0;

    /// <summary>
    /// True when the scenario is stored whole: its record, exactly its events in its one stream, and change
    /// points (no more than one a date) whose latest has folded every one of its events.
    /// </summary>
    public bool HoldsComplete(string scenario, int events, int changeDates) =>
        Scenarios.TryGetValue(scenario, out var record)
        && record.EventCount == events
        && EventsPerStream.GetValueOrDefault(record.StreamKey) == events
        && ChangePointsPerStream.GetValueOrDefault(record.StreamKey) is > 0 and var points && points <= changeDates
        && EventsFoldedPerStream.GetValueOrDefault(record.StreamKey) == events;

    public override string ToString() =>
        $"{Records} scenario records ({string.Join(", ", Scenarios.Select(s => $"{s.Key} -> {s.Value.StreamKey}, {s.Value.EventCount} events"))}), "
        + $"{Streams} streams, {Events} events ({string.Join(", ", EventsPerStream.Select(s => $"{s.Key}: {s.Value}"))}), {ChangePoints} change points";

    private static async Task<Dictionary<string, long>> CountPerStreamAsync(NpgsqlConnection connection, string sql)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
