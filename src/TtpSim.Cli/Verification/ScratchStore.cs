using System.Security.Cryptography;
using Marten;
using Npgsql;
using TtpSim.Storage.Database;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Replay;

namespace TtpSim.Cli.Verification;

/// <summary>
/// A schema of verify's own in the user's database, for one run: every scenario is replayed into it from
/// its file, so what verify pins depends on the files alone, never on what the user last replayed, and
/// the user's <c>ttpsim</c> schema is never read or written. Dropped before use and when disposed.
/// </summary>
internal sealed class ScratchStore : IAsyncDisposable
{
    private readonly string connectionString;
    private readonly DocumentStore store;

    private ScratchStore(string connectionString, string schema)
    {
        this.connectionString = connectionString;
        Schema = schema;
        store = TtpSimStore.Create(connectionString, schema);
        Scenarios = new ScenarioRepository(store);
    }

    /// <summary>Named by the process and a random part, so two runs (or two in one test process) never share one.</summary>
    public string Schema { get; }

    public ScenarioRepository Scenarios { get; }

    public static async Task<ScratchStore> OpenAsync(CancellationToken cancellation)
    {
        var connectionString = await DatabaseLocator.ResolveAsync();
        var schema = $"{Prefix}{Environment.ProcessId}_{RandomNumberGenerator.GetHexString(8, lowercase: true)}";
        var scratch = new ScratchStore(connectionString, schema);
        await scratch.DropAsync(cancellation);
        return scratch;
    }

    /// <summary>What every scratch schema's name starts with; tests look for leftovers by it.</summary>
    public const string Prefix = "ttpsim_verify_";

    private async Task DropAsync(CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var drop = new NpgsqlCommand($"drop schema if exists {Schema} cascade", connection);
        await drop.ExecuteNonQueryAsync(cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        await DropAsync(CancellationToken.None);
    }
}
