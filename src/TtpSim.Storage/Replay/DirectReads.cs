using Marten;
using Npgsql;
using TtpSim.Domain.Events;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Projections;

namespace TtpSim.Storage.Replay;

/// <summary>
/// The reads a state query makes (a scenario's record, the change points either side of a date, a stream's
/// events), as plain SQL over Marten's tables and deserialised by the serializer Marten itself is given.
/// A short command then never builds Marten's store, whose set-up and first queries were most of its time.
/// A test holds these reads equal to Marten's own (the same objects from the same rows). Rows of an event
/// stored in an older shape are not read here: <see cref="EventsAsync"/> answers null and the caller asks
/// Marten, which upcasts them.
/// </summary>
public sealed class DirectReads
{
    private readonly Func<NpgsqlConnection> connect;
    private readonly ISerializer serializer;
    private readonly string records;
    private readonly string changePoints;
    private readonly string events;
    private readonly string schema;

    /// <summary>
    /// Whether the JSON is read by <see cref="ReflectionJsonReader"/> rather than by the serializer. A process that
    /// turned the runtime's dynamic code off (a <c>state</c> command: it reads one change point and one stream's
    /// events, then exits) does: the serializer's metadata for TtpSim's types was most of its start-up, JIT-compiled
    /// in every process, and without emitted accessors the serializer reads by reflection per object anyway. Every
    /// other process keeps the serializer, faster once warm (a bench reads a million events).
    /// </summary>
    private readonly bool byReflection;

    private DirectReads(Func<NpgsqlConnection> connect, ISerializer serializer, string schema, bool? byReflection = null)
    {
        this.connect = connect;
        this.serializer = serializer;
        this.schema = schema;
        this.byReflection = byReflection ?? !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported;
        records = $"{schema}.mt_doc_scenariorecord";
        changePoints = $"{schema}.mt_doc_statechangepoint";
        events = $"{schema}.mt_events";
    }

    /// <summary>Reads through a store's own connections and serializer.</summary>
    public static DirectReads Of(IDocumentStore store) =>
        new(store.Storage.Database.CreateConnection, store.Options.Serializer(), store.Options.DatabaseSchemaName);

    /// <summary>Reads without a store: connections from Npgsql's pool for this connection string, TtpSim's serializer.</summary>
    public static DirectReads Of(string connectionString, string schema) =>
        new(() => new NpgsqlConnection(connectionString), TtpSimStore.Serializer(), schema);

    /// <summary>Reads without a store: connections from <paramref name="source"/>, TtpSim's serializer.</summary>
    public static DirectReads Of(NpgsqlDataSource source, string schema) =>
        new(source.CreateConnection, TtpSimStore.Serializer(), schema);

    /// <summary>The same reads, with the JSON read by <see cref="ReflectionJsonReader"/> (or not) whatever the process.</summary>
    public DirectReads ReadingByReflection(bool byReflection) => new(connect, serializer, schema, byReflection);

    /// <summary>Every event type by the name its current shape is stored under.</summary>
    public static IReadOnlyDictionary<string, Type> EventTypesByStoredName { get; } = EventVersions.CurrentNames();

    /// <summary>The scenario's record; null when it was never replayed (or nothing was, and the table is not there yet).</summary>
    public async Task<ScenarioRecord?> RecordAsync(string scenario, CancellationToken cancellation)
    {
        try
        {
            return await SingleAsync<ScenarioRecord>($"select data from {records} where id = @key", scenario, cancellation);
        }
        catch (Exception e) when (MissingTables.Caused(e))
        {
            return null;
        }
    }

    /// <summary>
    /// The latest change point of the stream on or before <paramref name="at"/>, and of the first point after it
    /// only what a read needs (how many events it had folded, and whether events stored between the two count),
    /// in one round trip: the next point's whole state would be read only to be dropped. Its two fields are taken
    /// from the one row chosen, outside the sort: taken inside it, a plan that sorts the stream's points (as the
    /// planner chooses for a table just written, before statistics) unpacked every later point's state to get them.
    /// </summary>
    public async Task<PointsAround> PointsAroundAsync(string streamKey, DateOnly at, CancellationToken cancellation)
    {
        await using var connection = connect();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"""
            select on_or_before.data,
                (next.data -> 'state' ->> 'eventsApplied')::bigint,
                (next.data ->> 'precededByStoredRange')::boolean
            from (select 1) as one
            left join lateral (select data from {changePoints} where stream_key = @key and date <= @at order by date desc limit 1) as on_or_before on true
            left join lateral (select data from {changePoints} where stream_key = @key and date > @at order by date limit 1) as next on true
            """,
            connection);
        command.Parameters.AddWithValue("key", streamKey);
        command.Parameters.AddWithValue("at", at);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        var onOrBefore = await reader.IsDBNullAsync(0, cancellation) ? null : (StateChangePoint)Json(typeof(StateChangePoint), reader, 0);
        var next = await reader.IsDBNullAsync(1, cancellation) ? null : new NextPoint(reader.GetInt64(1), reader.GetBoolean(2));
        return new PointsAround(onOrBefore, next);
    }

    /// <summary>
    /// The stream's events with versions from <paramref name="fromVersion"/> to <paramref name="toVersion"/>
    /// (each bound optional), in version order; null if any of them is stored in an older shape.
    /// </summary>
    public async Task<IReadOnlyList<NegotiationEvent>?> EventsAsync(string streamKey, long? fromVersion, long? toVersion, CancellationToken cancellation)
    {
        await using var connection = connect();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"select type, data from {events} where stream_id = @key and version >= @from and version <= @to order by version", connection);
        command.Parameters.AddWithValue("key", streamKey);
        command.Parameters.AddWithValue("from", fromVersion ?? long.MinValue);
        command.Parameters.AddWithValue("to", toVersion ?? long.MaxValue);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var read = new List<NegotiationEvent>();
        while (await reader.ReadAsync(cancellation))
        {
            if (!EventTypesByStoredName.TryGetValue(reader.GetString(0), out var type))
            {
                return null;
            }

            read.Add((NegotiationEvent)Json(type, reader, 1));
        }

        return read;
    }

    private async Task<T?> SingleAsync<T>(string sql, string key, CancellationToken cancellation)
        where T : class
    {
        await using var connection = connect();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        return await reader.ReadAsync(cancellation) ? (T)Json(typeof(T), reader, 0) : null;
    }

    private object Json(Type type, NpgsqlDataReader reader, int column) =>
        (byReflection ? ReflectionJsonReader.Read(type, reader.GetString(column)) : serializer.FromJson(type, reader, column))
        ?? throw new System.Text.Json.JsonException($"{type.Name}: stored as null");
}

/// <summary>The change point on or before a date (null before the first), and the next one's summary (null after the last).</summary>
public sealed record PointsAround(StateChangePoint? OnOrBefore, NextPoint? Next);

/// <summary>
/// What a read takes from the first change point after a date: the events it had folded, and whether the
/// events stored between the previous point and it are the ones that happened in between (see
/// <see cref="StateChangePoint.PrecededByStoredRange"/>).
/// </summary>
public sealed record NextPoint(long EventsApplied, bool PrecededByStoredRange);
