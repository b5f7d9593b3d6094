using System.Buffers;
using System.Collections.Concurrent;
using Marten;
using Npgsql;
using NpgsqlTypes;
using TtpSim.Domain.Events;
using TtpSim.Storage.Projections;

namespace TtpSim.Storage.Replay;

/// <summary>
/// Writes a new stream's events with PostgreSQL's binary COPY, inside the caller's transaction, as the
/// very rows Marten's own append writes (same JSON from Marten's serializer, same type names, sequence
/// numbers from Marten's sequence), so Marten reads, upcasts and rebuilds from them as from its own.
/// Marten's ordinary append sends one statement per event; COPY streams them, which is what lets
/// replay run near the database's limit.
/// </summary>
internal sealed class StreamCopy(IDocumentStore store)
{
    private const string DefaultTenant = "*DEFAULT*";

    /// <summary>A batch's JSON larger than this (none of the bench's is a tenth of it) is held in an array of its own, not pooled.</summary>
    private const int LargestPooledBuffer = 64 * 1024 * 1024;

    /// <summary>The size of a kind's first buffer, before a batch of it has been measured.</summary>
    private const int FirstBufferBytes = 64 * 1024;

    private readonly string schema = store.Options.Events.DatabaseSchemaName;

    private readonly Dictionary<Type, (string Type, string DotNetType)> names = [];

    private readonly ISerializer serializer = store.Options.Serializer();

    /// <summary>The stream's row, with the version its last event will have.</summary>
    public async Task BeginStreamAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string streamKey, int eventCount, CancellationToken cancellation)
    {
        await using var stream = new NpgsqlCommand($"insert into {schema}.mt_streams (id, version, tenant_id) values (@id, @version, @tenant)", connection, transaction);
        stream.Parameters.AddWithValue("id", streamKey);
        stream.Parameters.AddWithValue("version", (long)eventCount);
        stream.Parameters.AddWithValue("tenant", DefaultTenant);
        await stream.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>
    /// The buffers of the batches' JSON. A pool of this replay's own, holding few arrays: at most three batches are alive
    /// at once, and the shared pool, filled on the reading thread and emptied on the writing one, kept a dozen MB more
    /// of them through a long replay (measured as the replay's peak memory).
    /// </summary>
    private readonly ArrayPool<byte> jsonBuffers = ArrayPool<byte>.Create(maxArrayLength: LargestPooledBuffer, maxArraysPerBucket: 4);

    /// <summary>Bytes of JSON per value in the last batch of each kind, so a batch's buffer is taken at its size rather than grown to it.</summary>
    private readonly ConcurrentDictionary<Type, int> bytesPerValue = new();

    /// <summary>The JSON Marten stores for each event or document; thread-safe, so a reading thread can make it ahead of the COPY.</summary>
    public PooledJson Json<T>(IReadOnlyList<T> values)
        where T : notnull
    {
        var json = JsonFor<T>(values.Count);
        foreach (var value in values)
        {
            json.Add(value);
        }

        Measured<T>(json);
        return json;
    }

    /// <summary>
    /// An empty buffer for the JSON of about <paramref name="expectedCount"/> values of <typeparamref name="T"/>, sized from the
    /// last batch of them. Before any batch of them is measured it starts small and grows: most scenarios are short, and a
    /// buffer taken at a full batch's size would be a new large array for each replay of one.
    /// </summary>
    public PooledJson JsonFor<T>(int expectedCount)
    {
        var expected = bytesPerValue.TryGetValue(typeof(T), out var each)
            ? Math.Min(LargestPooledBuffer, (long)expectedCount * each * 5 / 4)
            : Math.Min(FirstBufferBytes, (long)expectedCount * 1024);
        return new PooledJson(jsonBuffers, serializer, (int)expected);
    }

    /// <summary>Takes the size of a filled batch's values as the size of the next batch's.</summary>
    public void Measured<T>(PooledJson json)
    {
        if (json.Count > 0)
        {
            bytesPerValue[typeof(T)] = (json.Length / json.Count) + 1;
        }
    }

    /// <summary>
    /// One COPY of consecutive events, the first at <paramref name="firstVersion"/>. A long stream goes in as
    /// several, so that between them the same connection can store the change points folded so far.
    /// </summary>
    /// <param name="eventTypes">The events' types, in order: all the COPY needs of them besides their JSON.</param>
    /// <param name="json">The events' JSON, made ahead on the reading thread.</param>
    public async Task WriteEventsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string streamKey, long firstVersion, IReadOnlyList<Type> eventTypes, PooledJson json, CancellationToken cancellation)
    {
        var sequence = await ReserveSequenceAsync(connection, transaction, eventTypes.Count, cancellation);
        var graph = (Marten.Events.EventGraph)store.Options.Events;
        var appended = DateTimeOffset.UtcNow;
        await using var import = await connection.BeginBinaryImportAsync(
            $"copy {schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, is_archived) from stdin (format binary)",
            cancellation);
        for (var i = 0; i < eventTypes.Count; i++)
        {
            var type = eventTypes[i];
            if (!names.TryGetValue(type, out var name))
            {
                var mapping = graph.EventMappingFor(type);
                name = (mapping.EventTypeName, mapping.DotNetTypeName);
                names.Add(type, name);
            }

            await import.StartRowAsync(cancellation);
            await import.WriteAsync(sequence[i], NpgsqlDbType.Bigint, cancellation);
            await import.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, cancellation);
            await import.WriteAsync(streamKey, NpgsqlDbType.Varchar, cancellation);
            await import.WriteAsync(firstVersion + i, NpgsqlDbType.Bigint, cancellation);
            await import.WriteAsync(json[i], NpgsqlDbType.Jsonb, cancellation);
            await import.WriteAsync(name.Type, NpgsqlDbType.Varchar, cancellation);
            await import.WriteAsync(appended, NpgsqlDbType.TimestampTz, cancellation);
            await import.WriteAsync(DefaultTenant, NpgsqlDbType.Varchar, cancellation);
            await import.WriteAsync(name.DotNetType, NpgsqlDbType.Varchar, cancellation);
            await import.WriteAsync(false, NpgsqlDbType.Boolean, cancellation);
        }

        await import.CompleteAsync(cancellation);
    }

    /// <summary>
    /// New change points, as the rows Marten's own store of them writes (its JSON, its duplicated members named in
    /// <see cref="ChangePointColumns"/>, the version and time stamp its table's defaults give), by COPY rather than
    /// one upsert each: a long history has thousands, each the whole state. Their ids are new: replay removed any
    /// old ones first.
    /// </summary>
    public async Task WritePointsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<StateChangePoint> points, PooledJson json, CancellationToken cancellation)
    {
        await using var import = await connection.BeginBinaryImportAsync(
            $"copy {store.Options.DatabaseSchemaName}.mt_doc_statechangepoint (id, data, mt_dotnet_type, {ChangePointColumns.StreamKey}, {ChangePointColumns.Date}, {ChangePointColumns.EventsApplied}, {ChangePointColumns.PrecededByStoredRange}) from stdin (format binary)",
            cancellation);
        for (var i = 0; i < points.Count; i++)
        {
            await import.StartRowAsync(cancellation);
            await import.WriteAsync(points[i].Id, NpgsqlDbType.Varchar, cancellation);
            await import.WriteAsync(json[i], NpgsqlDbType.Jsonb, cancellation);
            await import.WriteAsync(typeof(StateChangePoint).FullName!, NpgsqlDbType.Varchar, cancellation);
            await import.WriteAsync(points[i].StreamKey, NpgsqlDbType.Varchar, cancellation);
            await import.WriteAsync(points[i].Date, NpgsqlDbType.Date, cancellation);
            await import.WriteAsync(points[i].State.EventsApplied, NpgsqlDbType.Integer, cancellation);
            await import.WriteAsync(points[i].PrecededByStoredRange, NpgsqlDbType.Boolean, cancellation);
        }

        await import.CompleteAsync(cancellation);
    }

    /// <summary>
    /// For the rest of the caller's transaction, values stored out of line (a change point's state: tens of KB of JSON,
    /// thousands of them in a long history) are compressed with LZ4 where the server was built with it, instead of
    /// PostgreSQL's own pglz, which was about 8% of the server's work in a profile of a 10^6-event replay. Reading
    /// either needs no setting; a server without LZ4 (or older than 14) keeps its default.
    /// </summary>
    public async Task CompressWithLz4WhereAvailableAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellation)
    {
        await using var setting = new NpgsqlCommand(
            "select set_config('default_toast_compression', 'lz4', true) from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)",
            connection,
            transaction);
        await setting.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>The stream's version once its events are all written, when it was begun before their number was known.</summary>
    public async Task SetVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string streamKey, long version, CancellationToken cancellation)
    {
        await using var update = new NpgsqlCommand($"update {schema}.mt_streams set version = @version where id = @id", connection, transaction);
        update.Parameters.AddWithValue("id", streamKey);
        update.Parameters.AddWithValue("version", version);
        await update.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>Removes a stream and its events, inside the caller's transaction.</summary>
    public async Task DeleteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string streamKey, CancellationToken cancellation)
    {
        await using var delete = new NpgsqlCommand(
            $"delete from {schema}.mt_events where stream_id = @id; delete from {schema}.mt_streams where id = @id", connection, transaction);
        delete.Parameters.AddWithValue("id", streamKey);
        await delete.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>Numbers from Marten's event sequence, as its own append takes them (a rolled-back replay leaves a gap, as Marten's does).</summary>
    private async Task<long[]> ReserveSequenceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int count, CancellationToken cancellation)
    {
        await using var next = new NpgsqlCommand($"select nextval('{schema}.mt_events_sequence') from generate_series(1, @count)", connection, transaction);
        next.Parameters.AddWithValue("count", count);
        var numbers = new long[count];
        await using var reader = await next.ExecuteReaderAsync(cancellation);
        for (var i = 0; await reader.ReadAsync(cancellation); i++)
        {
            numbers[i] = reader.GetInt64(0);
        }

        return numbers;
    }
}
