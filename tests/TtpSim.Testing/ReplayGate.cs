using Npgsql;
using TtpSim.Storage.EventStore;

namespace TtpSim.Testing;

/// <summary>
/// Holds replays part-way through their transaction, so a fault test can strike at a known moment
/// instead of guessing with sleeps. While the gate is closed it holds a lock on the change-point table
/// that lets readers through but not writers: a replay writes all of its events, then waits at the
/// table, uncommitted. <see cref="WaitForHeldReplaysAsync"/> watches pg_stat_activity until the
/// expected number of replays are there, each with writes of its own (a transaction id) and waiting for a lock.
/// </summary>
public sealed class ReplayGate : IAsyncDisposable
{
    private const string HeldQuery = """
        select count(*) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and pid <> @gate
          and backend_type = 'client backend' and backend_xid is not null and wait_event_type = 'Lock'
        """;

    private readonly NpgsqlConnection connection;
    private readonly NpgsqlConnection probe;
    private NpgsqlTransaction? transaction;

    private ReplayGate(NpgsqlConnection connection, NpgsqlTransaction transaction, NpgsqlConnection probe)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.probe = probe;
    }

    /// <summary>Creates TtpSim's tables (so replays need no schema change) and closes the gate.</summary>
    public static async Task<ReplayGate> CloseAsync(string connectionString)
    {
        await using (var store = TtpSimStore.Create(connectionString))
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        }

        // Unpooled, so that disposing the gate really ends these sessions even if the test fails.
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(
            $"lock table {TtpSimStore.Schema}.mt_doc_statechangepoint in share row exclusive mode", connection, transaction);
        await command.ExecuteNonQueryAsync();

        // pg_stat_activity is a snapshot taken once per transaction, so it is watched from a session with none open.
        var probe = new NpgsqlConnection(unpooled);
        await probe.OpenAsync();
        return new ReplayGate(connection, transaction, probe);
    }

    /// <summary>
    /// Waits until <paramref name="count"/> replays are held mid-transaction. Fails at once if
    /// <paramref name="stillRunning"/> says a replay ended first (it could not have been held), and after
    /// two minutes in any case, so a broken replay cannot hang the test run.
    /// </summary>
    public async Task WaitForHeldReplaysAsync(int count, Func<string?> stillRunning)
    {
        var limit = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            await using var command = new NpgsqlCommand(HeldQuery, probe);
            command.Parameters.AddWithValue("gate", connection.ProcessID);
            var held = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            if (held >= count)
            {
                return;
            }

            if (stillRunning() is { } ended)
            {
                throw new InvalidOperationException($"a replay ended before it was held at the gate: {ended}");
            }

            if (DateTime.UtcNow > limit)
            {
                throw new TimeoutException($"{held} of {count} replays reached the gate within two minutes");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Lets held replays go on to commit.</summary>
    public async Task OpenAsync()
    {
        if (transaction is not null)
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            transaction = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await OpenAsync();
        }
        catch (NpgsqlException)
        {
            // The server was stopped under the gate (a fault test): the lock went with the session.
        }
        catch (InvalidOperationException)
        {
            // Likewise: the connection is already broken.
        }

        await connection.DisposeAsync();
        await probe.DisposeAsync();
    }
}
