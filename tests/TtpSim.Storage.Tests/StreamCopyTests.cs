using System.Text.Json.Nodes;
using Npgsql;
using TtpSim.Domain.State;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Replay;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>
/// Replay writes Marten's event tables by hand (binary COPY) and promises the very rows Marten's own
/// append writes. The same events go into one stream through Marten and into another through replay,
/// and the stored rows are compared column by column, whatever columns this Marten version has.
/// </summary>
[Collection(PostgresCollection.Name)]
public class StreamCopyTests(PostgresFixture postgres) : StoreTestBase(postgres)
{
    private const string AppendedByMarten = "appended-by-marten";

    /// <summary>
    /// Columns of mt_events that differ between any two appends, Marten's or ours: seq_id is the
    /// global sequence (the second stream takes later numbers), id is a fresh identifier per event,
    /// stream_id names the stream, and timestamp is the moment of writing.
    /// </summary>
    private static readonly HashSet<string> EventColumnsThatMustDiffer = ["seq_id", "id", "stream_id", "timestamp"];

    /// <summary>Columns of mt_streams that differ likewise: id names the stream, timestamp and created are the moment of writing.</summary>
    private static readonly HashSet<string> StreamColumnsThatMustDiffer = ["id", "timestamp", "created"];

    [Fact]
    public async Task Replay_writes_the_same_event_and_stream_rows_as_Martens_own_append()
    {
        var events = Timeline.InHistoricalOrder(Baseline.Events);
        await using (var session = Store.LightweightSession())
        {
            session.Events.StartStream(AppendedByMarten, events.Cast<object>());
            await session.SaveChangesAsync();
        }

        var copied = (await Scenarios.ReplayAsync(Baseline)).StreamKey;

        var differences = new List<string>();
        var martenEvents = await RowsAsync("mt_events", "stream_id", AppendedByMarten, "version");
        var copiedEvents = await RowsAsync("mt_events", "stream_id", copied, "version");
        Assert.Equal(events.Count, martenEvents.Count);
        Assert.Equal(events.Count, copiedEvents.Count);
        for (var i = 0; i < events.Count; i++)
        {
            differences.AddRange(Differences($"event {i + 1}", martenEvents[i], copiedEvents[i], EventColumnsThatMustDiffer));
        }

        var martenStream = Assert.Single(await RowsAsync("mt_streams", "id", AppendedByMarten, "id"));
        var copiedStream = Assert.Single(await RowsAsync("mt_streams", "id", copied, "id"));
        differences.AddRange(Differences("stream", martenStream, copiedStream, StreamColumnsThatMustDiffer));

        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{string.Join("\n", differences.Take(20))}");
        // Within a stream, both number the events in the order of their versions.
        Assert.True(IsAscending(copiedEvents.Select(r => (long)r["seq_id"]!)), "replay's sequence numbers do not follow its versions");
    }

    /// <summary>
    /// Replay asks for LZ4 on the change points it stores, through a setting that is silently left alone where the
    /// server has no LZ4: so a misspelt setting would go unnoticed but for this. The test server (PostgreSQL 15 from
    /// Debian) has LZ4; where one has not, the points must be in the server's default, pglz. The setting is the
    /// transaction's alone: the pooled connection replay gave back, and any other, keeps the server's default.
    /// </summary>
    [Fact]
    public async Task Replay_stores_the_change_points_compressed_with_lz4_where_the_server_has_it()
    {
        var before = await ToastCompressionSettingAsync();
        await Scenarios.ReplayAsync(Baseline);
        Assert.Equal("pglz", before);
        Assert.Equal(before, await ToastCompressionSettingAsync());

        await using var connection = Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            $"""
            select exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)),
                array_agg(distinct pg_column_compression(data)) filter (where pg_column_compression(data) is not null)
            from {Store.Options.DatabaseSchemaName}.mt_doc_statechangepoint
            """,
            connection);
        await using var reader = await query.ExecuteReaderAsync();
        await reader.ReadAsync();
        var compressions = reader.IsDBNull(1) ? [] : reader.GetFieldValue<string[]>(1);
        Assert.NotEmpty(compressions);
        Assert.Equal(reader.GetBoolean(0) ? ["lz4"] : ["pglz"], compressions);
    }

    private async Task<string> ToastCompressionSettingAsync()
    {
        await using var connection = Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var setting = new NpgsqlCommand("select current_setting('default_toast_compression')", connection);
        return (string)(await setting.ExecuteScalarAsync())!;
    }

    private static IEnumerable<string> Differences(string row, JsonObject marten, JsonObject copied, HashSet<string> mustDiffer)
    {
        foreach (var column in marten.Select(c => c.Key).Union(copied.Select(c => c.Key)).Where(c => !mustDiffer.Contains(c)).Order(StringComparer.Ordinal))
        {
            var expected = marten.TryGetPropertyValue(column, out var m) ? m?.ToJsonString() ?? "null" : "(no such column)";
            var actual = copied.TryGetPropertyValue(column, out var c) ? c?.ToJsonString() ?? "null" : "(no such column)";
            if (expected != actual)
            {
                yield return $"{row}, {column}: Marten wrote {Shortened(expected)}, replay wrote {Shortened(actual)}";
            }
        }
    }

    private static string Shortened(string value) => value.Length <= 200 ? value : $"{value[..200]}...";

    private static bool IsAscending(IEnumerable<long> numbers) => numbers.Zip(numbers.Skip(1)).All(pair => pair.First < pair.Second);

    /// <summary>Every column of the rows, read with plain SQL as PostgreSQL's own JSON of each row.</summary>
    private async Task<List<JsonObject>> RowsAsync(string table, string keyColumn, string key, string orderBy)
    {
        await using var connection = Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select to_jsonb(r)::text from {TtpSimStore.Schema}.{table} r where {keyColumn} = @key order by {orderBy}", connection);
        command.Parameters.AddWithValue("key", key);
        var rows = new List<JsonObject>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(JsonNode.Parse(reader.GetString(0))!.AsObject());
        }

        return rows;
    }
}
