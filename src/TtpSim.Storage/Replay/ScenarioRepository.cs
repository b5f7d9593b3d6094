using System.Threading.Channels;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Marten.Services;
using Npgsql;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Projections;

namespace TtpSim.Storage.Replay;

public enum ReplayOutcome
{
    Appended,
    Replaced,
    Unchanged,
}

public sealed record ReplayResult(string Scenario, ReplayOutcome Outcome, int Events, string StreamKey)
{
    /// <summary>Whether the file was checked as it was stored, in the one pass, rather than checked first.</summary>
    public bool CheckedAsStored { get; init; }
}

/// <summary>
/// Scenarios in the event store: replay a file, read its events, ask for the state on a date. Reads go
/// through <see cref="DirectReads"/>; Marten's store serves replay, listings and events of an older shape.
/// </summary>
public sealed partial class ScenarioRepository
{
    private readonly Lazy<IDocumentStore> marten;
    private readonly DirectReads reads;

    public ScenarioRepository(IDocumentStore store)
        : this(DirectReads.Of(store), () => store)
    {
    }

    /// <summary>For commands that only read: <paramref name="store"/> is called only if something needs Marten's store.</summary>
    public ScenarioRepository(DirectReads reads, Func<IDocumentStore> store)
    {
        this.reads = reads;
        marten = new Lazy<IDocumentStore>(store);
    }

    /// <summary>
    /// Appends the scenario's events in one transaction. An unchanged file changes nothing; an edited one
    /// replaces the scenario's stream (old stream and its change points removed, new one written) atomically.
    /// The events go in by COPY, in historical order, and their change points are folded here by the same
    /// code as the projection's, in the same transaction; the projection itself serves Marten's own appends
    /// and rebuilds.
    /// </summary>
    public async Task<ReplayResult> ReplayAsync(IReplaySource scenario, CancellationToken cancellation = default)
    {
        var store = marten.Value;
        var streamKey = ScenarioRecord.StreamKeyFor(scenario.Name, scenario.Fingerprint);
        var current = await FindAsync(scenario.Name, cancellation);
        if (StoredScenario.IsCurrent(current, scenario.Fingerprint))
        {
            return new ReplayResult(scenario.Name, ReplayOutcome.Unchanged, current.EventCount, current.StreamKey);
        }

        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await using var session = store.LightweightSession(SessionOptions.ForTransaction(transaction, shouldAutoCommit: false));
        var record = ScenarioRecord.Of(scenario, streamKey);
        try
        {
            // Read again inside the transaction: the record's version is what makes a concurrent replay fail.
            current = await session.LoadAsync<ScenarioRecord>(scenario.Name, cancellation);
            if (StoredScenario.IsCurrent(current, scenario.Fingerprint))
            {
                return new ReplayResult(scenario.Name, ReplayOutcome.Unchanged, current.EventCount, current.StreamKey);
            }

            var copy = new StreamCopy(store);
            if (current?.StreamKey == streamKey)
            {
                // The same file stored in an earlier layout, under the same stream name: it goes first, points
                // and all, before any new point (with the same key) is stored.
                await copy.DeleteAsync(connection, transaction, streamKey, cancellation);
                session.DeleteWhere<StateChangePoint>(p => p.StreamKey == streamKey);
                await session.SaveChangesAsync(cancellation);
            }

            await copy.BeginStreamAsync(connection, transaction, streamKey, scenario.EventCount, cancellation);
            await WriteEventsAndPointsAsync(copy, connection, transaction, session, streamKey, scenario.EventsInHistoricalOrder(), cancellation);
            await RetireOldStreamAndCommitAsync(session, transaction, current, record, cancellation);
        }
        catch (Exception e) when (LostARace(e))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            var winner = await FindAsync(scenario.Name, cancellation);
            if (StoredScenario.IsCurrent(winner, scenario.Fingerprint))
            {
                return new ReplayResult(scenario.Name, ReplayOutcome.Unchanged, winner.EventCount, winner.StreamKey);
            }

            throw new ReplayConflictException(scenario.Name, e);
        }

        return new ReplayResult(scenario.Name, current is null ? ReplayOutcome.Appended : ReplayOutcome.Replaced, scenario.EventCount, streamKey);
    }

    /// <summary>
    /// The end of every replay: the scenario's earlier stream (under another key) and its change points
    /// removed, the record written last, so the replay becomes visible with it, and the transaction committed.
    /// </summary>
    private static async Task RetireOldStreamAndCommitAsync(IDocumentSession session, NpgsqlTransaction transaction, ScenarioRecord? current, ScenarioRecord record, CancellationToken cancellation)
    {
        if (current is not null && current.StreamKey != record.StreamKey)
        {
            session.Events.TombstoneStream(current.StreamKey);
            session.DeleteWhere<StateChangePoint>(p => p.StreamKey == current.StreamKey);
        }

        if (current is null)
        {
            session.Insert(record);
        }
        else
        {
            session.Update(record);
        }

        await session.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
    }

    /// <summary>Whether a replay failed because another replay of the same scenario committed first.</summary>
    private static bool LostARace(Exception e) =>
        e is ConcurrencyException or DocumentAlreadyExistsException
        || (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation });

    /// <summary>Events copied at most this many at a time; the change points folded meanwhile are stored in between.</summary>
    /// <remarks>Up to three batches are held at once (one being read, one waiting, one being written), as their events' JSON and types and their change points: 4,000 keeps a 10^6-event replay's peak under what one batch of 20,000 held before the reading and writing overlapped.</remarks>
    public const int EventsPerCopy = 4_000;

    /// <summary>
    /// Copies the events as they come (a streamed file is read as this goes) and folds their change points on
    /// the way, each batch of events COPYed with the points folded from it, so neither the events nor the points
    /// of a long history are held at once. All inside the one transaction. Reading, checking, folding and making
    /// the JSON run on another thread than the writing, at most one batch ahead of it, so the file is read
    /// while the server ingests (its COPY keeps a core busy); the points go in by COPY too, as Marten's rows.
    /// </summary>
    private static async Task WriteEventsAndPointsAsync(
        StreamCopy copy,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IDocumentSession session,
        string streamKey,
        IEnumerable<NegotiationEvent> inHistoricalOrder,
        CancellationToken cancellation)
    {
        // Anything the session holds (an old stream's points removed) goes before the new points are copied.
        await session.SaveChangesAsync(cancellation);
        await copy.CompressWithLz4WhereAvailableAsync(connection, transaction, cancellation);
        var batches = Channel.CreateBounded<Batch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var reading = Task.Run(() => ReadBatchesAsync(batches.Writer, copy, streamKey, inHistoricalOrder, stop.Token), stop.Token);
        try
        {
            var written = 0L;
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellation))
            {
                using (batch)
                {
                    if (batch.EventTypes.Count > 0)
                    {
                        await copy.WriteEventsAsync(connection, transaction, streamKey, written + 1, batch.EventTypes, batch.EventJson, cancellation);
                        written += batch.EventTypes.Count;
                    }

                    if (batch.Points.Count > 0)
                    {
                        await copy.WritePointsAsync(connection, transaction, batch.Points, batch.PointJson, cancellation);
                    }
                }
            }
        }
        catch
        {
            // The writing failed: the reading stops too, and its own failure (if any) is not the one to report.
            await stop.CancelAsync();
            await Task.WhenAny(reading);
            throw;
        }

        // A bad event stops the reading: its error surfaces here, and the caller's transaction is rolled back.
        await reading;
    }

    /// <summary>
    /// Events, as their types and the JSON they are stored as, and the change points folded from them with theirs, made on
    /// the reading thread. Not the events themselves: each is serialised as it is read and then let go, so that it dies
    /// young. Held in the batch until the COPY, a long history's events outlived two collections each and were collected
    /// from the oldest generation (about 150 full collections in a replay of 10^6 events).
    /// </summary>
    private sealed record Batch(List<Type> EventTypes, PooledJson EventJson, List<StateChangePoint> Points, PooledJson PointJson) : IDisposable
    {
        public static Batch Of(StreamCopy copy, List<Type> eventTypes, PooledJson eventJson, List<StateChangePoint> points)
        {
            copy.Measured<NegotiationEvent>(eventJson);
            return new(eventTypes, eventJson, points, copy.Json(points));
        }

        /// <summary>Gives the JSON's buffers back once the batch is written.</summary>
        public void Dispose()
        {
            EventJson.Dispose();
            PointJson.Dispose();
        }
    }

    private static async Task ReadBatchesAsync(
        ChannelWriter<Batch> batches,
        StreamCopy copy,
        string streamKey,
        IEnumerable<NegotiationEvent> inHistoricalOrder,
        CancellationToken cancellation)
    {
        PooledJson? eventJson = null;
        try
        {
            eventJson = copy.JsonFor<NegotiationEvent>(EventsPerCopy);
            var eventTypes = new List<Type>(EventsPerCopy);
            var points = new List<StateChangePoint>();
            IEnumerable<NegotiationEvent> Passing()
            {
                foreach (var @event in inHistoricalOrder)
                {
                    eventTypes.Add(@event.GetType());

                    // Never null here: a batch is handed over, and the next buffer taken, while the fold waits at a point.
                    eventJson!.Add(@event);
                    yield return @event;
                }
            }

            // The batch filled so far, whose buffer is then no longer the reading's to give back.
            Batch HandOver()
            {
                var batch = Batch.Of(copy, eventTypes, eventJson!, points);
                eventJson = null;
                return batch;
            }

            foreach (var point in StateTimelineProjection.ChangePoints(streamKey, null, Passing()))
            {
                points.Add(point);
                if (eventTypes.Count >= EventsPerCopy)
                {
                    await batches.WriteAsync(HandOver(), cancellation);
                    eventJson = copy.JsonFor<NegotiationEvent>(EventsPerCopy);
                    eventTypes = new List<Type>(EventsPerCopy);
                    points = [];
                }
            }

            await batches.WriteAsync(HandOver(), cancellation);
        }
        finally
        {
            // The buffer being filled when the reading stopped goes back to the pool. A batch handed to the channel is the
            // writer's to dispose; one whose hand-over was cancelled, or left in the channel when the writing failed, is
            // disposed by no one, and its buffers go to the garbage collector with the replay's own pool.
            eventJson?.Dispose();
            batches.TryComplete();
        }
    }

    public Task<ScenarioRecord?> FindAsync(string scenario, CancellationToken cancellation = default) =>
        reads.RecordAsync(scenario, cancellation);

    public async Task<IReadOnlyList<ScenarioRecord>> ListAsync(CancellationToken cancellation = default)
    {
        await using var session = marten.Value.QuerySession();
        try
        {
            return await session.Query<ScenarioRecord>().OrderBy(r => r.Id).ToListAsync(cancellation);
        }
        catch (Exception e) when (MissingTables.Caused(e))
        {
            return [];
        }
    }

    /// <summary>The scenario's events as stored: in the order they were appended, which replay makes historical order.</summary>
    public async Task<IReadOnlyList<NegotiationEvent>> EventsAsync(string scenario, CancellationToken cancellation = default) =>
        await EventsAsync(await RequireAsync(scenario, cancellation), cancellation);

    private Task<IReadOnlyList<NegotiationEvent>> EventsAsync(ScenarioRecord record, CancellationToken cancellation) =>
        StoredEventsAsync(record.StreamKey, null, null, cancellation);

    /// <summary>Versions <paramref name="fromVersion"/> to <paramref name="toVersion"/> of a stream; Marten reads them if any is of an older shape.</summary>
    private async Task<IReadOnlyList<NegotiationEvent>> StoredEventsAsync(string streamKey, long? fromVersion, long? toVersion, CancellationToken cancellation)
    {
        if (await reads.EventsAsync(streamKey, fromVersion, toVersion, cancellation) is { } read)
        {
            return read;
        }

        await using var session = marten.Value.QuerySession();
        var stored = await session.Events.FetchStreamAsync(streamKey, version: toVersion ?? 0, fromVersion: fromVersion ?? 0, token: cancellation);
        return [.. stored.Select(e => e.Data).OfType<NegotiationEvent>()];
    }

    /// <summary>
    /// The state on <paramref name="at"/>. With everything known it is one read of the projection;
    /// as known on an earlier date it is a live fold of the stored events, filtered by when each became known.
    /// </summary>
    public async Task<NegotiationState> StateAtAsync(string scenario, DateOnly at, DateOnly? knownAsOf, CancellationToken cancellation = default) =>
        (await RecordAndStateAtAsync(scenario, at, knownAsOf, cancellation)).State;

    public async Task<NegotiationState> ProjectedStateAtAsync(string scenario, DateOnly at, CancellationToken cancellation = default) =>
        (await ProjectedAtAsync(scenario, at, cancellation)).State;

    private async Task<(ScenarioRecord Record, NegotiationState State)> RecordAndStateAtAsync(string scenario, DateOnly at, DateOnly? knownAsOf, CancellationToken cancellation)
    {
        if (knownAsOf is null)
        {
            return await ProjectedAtAsync(scenario, at, cancellation);
        }

        var record = await RequireAsync(scenario, cancellation);
        return (record, Timeline.StateAt(await EventsAsync(record, cancellation), at, knownAsOf));
    }

    /// <summary>The scenario's record and its projected state on <paramref name="at"/>, from one read of the store.</summary>
    private async Task<(ScenarioRecord Record, NegotiationState State)> ProjectedAtAsync(string scenario, DateOnly at, CancellationToken cancellation)
    {
        StoredStateOn stored;
        try
        {
            stored = await reads.StateOnAsync(scenario, at, cancellation);
        }
        catch (Exception e) when (MissingTables.Caused(e))
        {
            throw new ScenarioNotReplayedException(scenario);
        }
        catch (Exception e) when (e.FindInChain<System.Text.Json.JsonException>() || e.FindInChain<PostgresException>(p => p.SqlState == PostgresErrorCodes.UndefinedColumn))
        {
            // Rows an earlier TtpSim wrote in another shape, or tables it made without a column read now, neither
            // replayed nor rebuilt since (a replay updates the tables).
            throw new ScenarioNotReplayedException(scenario, storedByAnEarlierVersion: true);
        }

        var record = stored.Record ?? throw new ScenarioNotReplayedException(scenario);
        var state = stored.OnOrBefore?.State ?? NegotiationState.Initial;
        if (stored.OnOrBefore?.Date == at || stored.Next is not { PrecededByStoredRange: true } next)
        {
            return (record, state);
        }

        // The events stored between the two points are in historical order: those that happened by the day count.
        var happened = stored.HappenedBetween
            ?? [.. (await StoredEventsAsync(record.StreamKey, state.EventsApplied + 1, next.EventsApplied, cancellation)).TakeWhile(e => e.Meta.Occurred.Start <= at)];
        return (record, happened.Aggregate(state, NegotiationFold.Evolve));
    }

    /// <summary>
    /// The snapshot a reader sees on <paramref name="at"/>: the state, with each status the record's uncertain
    /// dates leave open worked out from the events that can move it. Those events, and the record's
    /// horizon, are read once per scenario stream and kept, since they serve every later date.
    /// </summary>
    /// <remarks>
    /// The report does not depend on the state, only on those kept events: when they are kept, it is worked out on
    /// another thread while the state is read, and used once the record read with the state shows the stream is still
    /// the one they were read from.
    /// </remarks>
    public async Task<TtpSim.Domain.Snapshots.StateSnapshot> SnapshotAtAsync(string scenario, DateOnly at, DateOnly? knownAsOf, CancellationToken cancellation = default)
    {
        var kept = uncertaintyInputs.GetValueOrDefault(scenario);
        var early = kept is null ? null : Task.Run(() => kept.Prepared.On(at, knownAsOf), cancellation);
        try
        {
            var (record, state) = await RecordAndStateAtAsync(scenario, at, knownAsOf, cancellation);
            var inputs = await UncertaintyInputsAsync(record, cancellation);
            var uncertainty = early is not null && ReferenceEquals(inputs, kept) ? await early : inputs.Prepared.On(at, knownAsOf);
            return TtpSim.Domain.Snapshots.SnapshotBuilder.Build(scenario, state, at, knownAsOf, uncertainty);
        }
        finally
        {
            // A report worked out for a stream since replaced, or for a read that failed, is not wanted.
            _ = early?.ContinueWith(report => report.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    private sealed record UncertaintyInputs(string StreamKey, TtpSim.Domain.Uncertainty.PreparedUncertainty Prepared);

    private readonly Dictionary<string, UncertaintyInputs> uncertaintyInputs = new(StringComparer.Ordinal);

    private async Task<UncertaintyInputs> UncertaintyInputsAsync(ScenarioRecord record, CancellationToken cancellation)
    {
        if (uncertaintyInputs.TryGetValue(record.Id, out var kept) && kept.StreamKey == record.StreamKey)
        {
            return kept;
        }

        // Change points hold the horizon from layout 4 on; before that, or with events of an older shape, every event is read.
        var (horizon, mayMatter) = record.Layout >= 4 ? await reads.UncertaintyInputsAsync(record.StreamKey, cancellation) : (null, null);
        if (mayMatter is null)
        {
            mayMatter = await EventsAsync(record, cancellation);
            horizon = Horizon.OfHistory(mayMatter);
        }

        var inputs = new UncertaintyInputs(
            record.StreamKey,
            new TtpSim.Domain.Uncertainty.PreparedUncertainty([.. mayMatter.Where(e => !e.Meta.IsDerived && TtpSim.Domain.Uncertainty.DateUncertainty.CanMatter(e))], horizon));
        uncertaintyInputs[record.Id] = inputs;
        return inputs;
    }

    public async Task<NegotiationState> LiveStateAtAsync(string scenario, DateOnly at, DateOnly? knownAsOf, CancellationToken cancellation = default) =>
        Timeline.StateAt(await EventsAsync(scenario, cancellation), at, knownAsOf);

    private async Task<ScenarioRecord> RequireAsync(string scenario, CancellationToken cancellation) =>
        await FindAsync(scenario, cancellation) ?? throw new ScenarioNotReplayedException(scenario);
}
