using System.Diagnostics.CodeAnalysis;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Marten.Services;
using Npgsql;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Projections;

namespace TtpSim.Storage.Replay;

public sealed partial class ScenarioRepository
{
    /// <summary>
    /// Replays a file checked as it is stored: its events are COPYed while the file is read, in the one
    /// transaction, and any check that fails (at any line, or at the end) rolls that transaction back, so a bad
    /// file writes nothing. The stream is named by a hash of the file's bytes, known before any event is read;
    /// the fingerprint, known at the end, still decides Unchanged (the transaction is then rolled back). The
    /// very bytes stored last time are checked first instead, as <see cref="ReplayAsync(IReplaySource, CancellationToken)"/>
    /// does (unchanged unless the rules moved), and so is a file one pass cannot serve (not in historical order).
    /// </summary>
    public async Task<ReplayResult> ReplayAsync(IOnePassReplaySource scenario, CancellationToken cancellation = default)
    {
        var streamKey = ScenarioRecord.StreamKeyFor(scenario.Name, scenario.ContentHash);
        var current = await FindAsync(scenario.Name, cancellation);
        if (!SameBytesStored(current, streamKey) && await ReplayInOnePassAsync(scenario, streamKey, cancellation) is { } done)
        {
            return done;
        }

        return await ReplayAsync(scenario.CheckFirst(), cancellation);
    }

    private static bool SameBytesStored([NotNullWhen(true)] ScenarioRecord? current, string streamKey) =>
        current is { Layout: ScenarioRecord.CurrentLayout } && current.StreamKey == streamKey;

    /// <summary>The one pass; null when the file needs checking first (nothing has then been written).</summary>
    private async Task<ReplayResult?> ReplayInOnePassAsync(IOnePassReplaySource scenario, string streamKey, CancellationToken cancellation)
    {
        var store = marten.Value;
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await using var session = store.LightweightSession(SessionOptions.ForTransaction(transaction, shouldAutoCommit: false));
        ScenarioRecord? current;
        try
        {
            // Read again inside the transaction: the record's version is what makes a concurrent replay fail.
            current = await session.LoadAsync<ScenarioRecord>(scenario.Name, cancellation);
            if (SameBytesStored(current, streamKey))
            {
                await transaction.RollbackAsync(CancellationToken.None);
                return null;
            }

            var copy = new StreamCopy(store);
            if (current?.StreamKey == streamKey)
            {
                // The same bytes stored in an earlier layout, under the same stream name: they go first.
                await copy.DeleteAsync(connection, transaction, streamKey, cancellation);
                session.DeleteWhere<StateChangePoint>(p => p.StreamKey == streamKey);
                await session.SaveChangesAsync(cancellation);
            }

            // Begun with no events: its version is set once their number is known.
            await copy.BeginStreamAsync(connection, transaction, streamKey, 0, cancellation);
            try
            {
                await WriteEventsAndPointsAsync(copy, connection, transaction, session, streamKey, scenario.CheckedEventsInHistoricalOrder(), cancellation);
            }
            catch (OnePassNotPossibleException)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                return null;
            }

            if (StoredScenario.IsCurrent(current, scenario.Fingerprint))
            {
                // Other bytes, the same history (a reformatted file): what is stored stands.
                await transaction.RollbackAsync(CancellationToken.None);
                return new ReplayResult(scenario.Name, ReplayOutcome.Unchanged, current.EventCount, current.StreamKey) { CheckedAsStored = true };
            }

            await copy.SetVersionAsync(connection, transaction, streamKey, scenario.EventCount, cancellation);
            var record = ScenarioRecord.Of(scenario, streamKey);
            await RetireOldStreamAndCommitAsync(session, transaction, current, record, cancellation);
        }
        catch (Exception e) when (LostARace(e))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            var winner = await FindAsync(scenario.Name, cancellation);

            // The winner stored the same bytes (the same stream name: that is where this one stopped), or the same history.
            if (SameBytesStored(winner, streamKey) || StoredScenario.IsCurrent(winner, scenario.Fingerprint))
            {
                return new ReplayResult(scenario.Name, ReplayOutcome.Unchanged, winner.EventCount, winner.StreamKey) { CheckedAsStored = true };
            }

            throw new ReplayConflictException(scenario.Name, e);
        }

        return new ReplayResult(scenario.Name, current is null ? ReplayOutcome.Appended : ReplayOutcome.Replaced, scenario.EventCount, streamKey) { CheckedAsStored = true };
    }
}
