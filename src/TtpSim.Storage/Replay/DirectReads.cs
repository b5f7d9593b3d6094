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

    /// <summary>
    /// The current names as an SQL list. Written into the query rather than passed: the lean data source a short
    /// command reads through has no array types, and the names are TtpSim's own.
    /// </summary>
    private static readonly string CurrentNamesInSql = string.Join(", ", EventTypesByStoredName.Keys.Order(StringComparer.Ordinal).Select(name => $"'{name}'"));

    /// <summary>
    /// The stored names of the event types that move a status, as an SQL list. What an event moves depends on its type
    /// alone (each type answers with a constant), so an instance with no fields set tells.
    /// </summary>
    private static readonly string TypesMovingAStatusInSql = string.Join(", ", EventTypesByStoredName
        .Where(pair => ((NegotiationEvent)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(pair.Value)).Moves != StatusScope.None)
        .Select(pair => pair.Key)
        .Order(StringComparer.Ordinal)
        .Select(name => $"'{name}'"));

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
    /// Everything a state query on <paramref name="at"/> needs, in one round trip: the scenario's record, the
    /// latest change point of its stream on or before the date, of the first point after it only how many events it
    /// had folded and whether the events stored between the two count, and those of them that happened by the date.
    /// Each read was a round trip of its own (four, most of a query's time on a small history).
    /// </summary>
    /// <remarks>
    /// The points' event counts and ranges come from their own columns: taken from the JSON, each took a decompression
    /// of a whole state. The events between the points are stored in historical order, so those that happened by the
    /// date are the first of them, and only those are read; when a point falls on the date they are none. A row in an
    /// older shape is read whatever its date (its date may be elsewhere in its JSON) and makes
    /// <see cref="StoredStateOn.HappenedBetween"/> null.
    /// </remarks>
    public async Task<StoredStateOn> StateOnAsync(string scenario, DateOnly at, CancellationToken cancellation)
    {
        var stream = $"(select data ->> 'streamKey' from {records} where id = @scenario)";
        var onOrBeforeRow = $"from {changePoints} where {ChangePointColumns.StreamKey} = {stream} and {ChangePointColumns.Date} <= @at order by {ChangePointColumns.Date} desc limit 1";
        var nextRow = $"from {changePoints} where {ChangePointColumns.StreamKey} = {stream} and {ChangePointColumns.Date} > @at order by {ChangePointColumns.Date} limit 1";
        await using var connection = connect();
        await using var batch = Batch(
            connection,
            [("scenario", scenario), ("at", at)],
            $"select data from {records} where id = @scenario",
            $"""
            select on_or_before.data, next.{ChangePointColumns.EventsApplied}, next.{ChangePointColumns.PrecededByStoredRange}
            from (select 1) as one
            left join lateral (select data {onOrBeforeRow}) as on_or_before on true
            left join lateral (select {ChangePointColumns.EventsApplied}, {ChangePointColumns.PrecededByStoredRange} {nextRow}) as next on true
            """,
            $"""
            select type, data from {events}
            where stream_id = {stream}
                and version > coalesce((select {ChangePointColumns.EventsApplied} {onOrBeforeRow}), 0)
                and version <= (select case when {ChangePointColumns.PrecededByStoredRange} then {ChangePointColumns.EventsApplied} end {nextRow})
                and case when type in ({CurrentNamesInSql}) then (data -> 'meta' -> 'occurred' ->> 'start')::date <= @at else true end
            order by version
            """);
        await connection.OpenAsync(cancellation);
        await batch.PrepareAsync(cancellation);
        await using var reader = await batch.ExecuteReaderAsync(cancellation);

        var record = await reader.ReadAsync(cancellation) ? (ScenarioRecord)Json(typeof(ScenarioRecord), reader, 0) : null;
        await reader.NextResultAsync(cancellation);
        StateChangePoint? onOrBefore = null;
        NextPoint? next = null;
        if (await reader.ReadAsync(cancellation))
        {
            onOrBefore = await reader.IsDBNullAsync(0, cancellation) ? null : (StateChangePoint)Json(typeof(StateChangePoint), reader, 0);
            next = await reader.IsDBNullAsync(1, cancellation) ? null : new NextPoint(reader.GetInt32(1), reader.GetBoolean(2));
        }

        await reader.NextResultAsync(cancellation);
        var between = await EventsFromAsync(reader, cancellation);
        return new StoredStateOn(record, onOrBefore, next, between);
    }

    /// <summary>
    /// What the uncertainty report needs of a stream, in one round trip: its horizon, and the events that may bear on an
    /// uncertain status (<see cref="Domain.Uncertainty.DateUncertainty.CanMatter"/>), chosen in SQL so that a long
    /// history's others (nine in ten of the bench's) are neither sent nor parsed. The SQL keeps a superset of them; the
    /// caller applies the rule itself. Rows in an older shape are all kept, and make the events null, as a stream without
    /// change points does (nothing then holds its horizon).
    /// </summary>
    /// <remarks>
    /// The horizon is the last change point's <c>RecordEnds</c>: the fold keeps the latest publication day of the
    /// sources of every event it folds, and derived events cite none, so over the whole stream it is the recorded
    /// events' horizon (<see cref="Domain.State.Horizon.OfHistory"/>). Null when the stream has no point.
    /// </remarks>
    public async Task<(DateOnly? Horizon, IReadOnlyList<NegotiationEvent>? MayMatter)> UncertaintyInputsAsync(string streamKey, CancellationToken cancellation)
    {
        await using var connection = connect();
        await using var batch = Batch(
            connection,
            [("key", streamKey)],
            $"select (data -> 'state' ->> 'recordEnds')::date from {changePoints} where {ChangePointColumns.StreamKey} = @key order by {ChangePointColumns.Date} desc limit 1",
            $"""
            select type, data from {events}
            where stream_id = @key
                and (type not in ({CurrentNamesInSql})
                    or type in ({TypesMovingAStatusInSql})
                    or coalesce(data -> 'meta' -> 'dependsOn', '[]'::jsonb) not in ('[]'::jsonb, 'null'::jsonb)
                    or lower(data -> 'meta' -> 'occurred' ->> 'precision') <> 'day'
                    or coalesce(data -> 'meta' -> 'knownEarliest', 'null'::jsonb) <> 'null'::jsonb)
            order by version
            """);
        await connection.OpenAsync(cancellation);
        await using var reader = await batch.ExecuteReaderAsync(cancellation);
        var hasPoint = await reader.ReadAsync(cancellation);
        DateOnly? horizon = hasPoint && !await reader.IsDBNullAsync(0, cancellation) ? reader.GetFieldValue<DateOnly>(0) : null;
        await reader.NextResultAsync(cancellation);
        var mayMatter = await EventsFromAsync(reader, cancellation);
        return (horizon, hasPoint ? mayMatter : null);
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
        return await EventsFromAsync(reader, cancellation);
    }

    /// <summary>The events of a result of (type, data) rows; null if any is stored in an older shape.</summary>
    private async Task<IReadOnlyList<NegotiationEvent>?> EventsFromAsync(NpgsqlDataReader reader, CancellationToken cancellation)
    {
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

    /// <summary>Statements sent in one round trip, each given the same parameters.</summary>
    private static NpgsqlBatch Batch(NpgsqlConnection connection, (string Name, object Value)[] parameters, params string[] statements)
    {
        var batch = new NpgsqlBatch(connection);
        foreach (var sql in statements)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter(name, value));
            }

            batch.BatchCommands.Add(command);
        }

        return batch;
    }

    private object Json(Type type, NpgsqlDataReader reader, int column) =>
        (byReflection ? ReflectionJsonReader.Read(type, reader.GetString(column)) : serializer.FromJson(type, reader, column))
        ?? throw new System.Text.Json.JsonException($"{type.Name}: stored as null");
}

/// <summary>
/// What the store holds for a state query on a date: the scenario's record (null when it was never replayed), the
/// change point on or before the date (null before the first) and the next one's summary (null after the last), and
/// the events stored between the two that happened by the date, in historical order: empty when there is nothing
/// to fold, null when one of them is stored in an older shape and must be read through Marten.
/// </summary>
public sealed record StoredStateOn(ScenarioRecord? Record, StateChangePoint? OnOrBefore, NextPoint? Next, IReadOnlyList<NegotiationEvent>? HappenedBetween);

/// <summary>
/// What a read takes from the first change point after a date: the events it had folded, and whether the
/// events stored between the previous point and it are the ones that happened in between (see
/// <see cref="StateChangePoint.PrecededByStoredRange"/>).
/// </summary>
public sealed record NextPoint(long EventsApplied, bool PrecededByStoredRange);
