using Npgsql;
using TtpSim.Storage.Database;
using Xunit;

namespace TtpSim.Testing;

/// <summary>
/// A throw-away private PostgreSQL that tests may stop hard, restart and inspect. Unlike
/// <see cref="PostgresFixture"/> it ignores TTPSIM_CONNECTION: fault and security tests need a
/// server of their own, so they run (never skip) wherever the PostgreSQL binaries are installed.
/// </summary>
public sealed class PrivateServerFixture : IAsyncLifetime
{
    private int counter;

    public PrivatePostgres Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // fsync off: a hard stop of the server (not of the machine) loses nothing that fsync would keep.
        Server = await PrivatePostgres.StartAsync(Path.Combine(Path.GetTempPath(), $"ttpsim-faults-{Guid.NewGuid():N}"), durable: false);
    }

    /// <summary>A new empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        await EnsureRunningAsync();
        var name = $"f_{purpose.ToLowerInvariant()}_{Interlocked.Increment(ref counter)}_{Guid.NewGuid():N}"[..40];
        await DatabaseLocator.EnsureDatabaseAsync(Server.ConnectionString("postgres"), name);
        return new NpgsqlConnectionStringBuilder(Server.ConnectionString("postgres")) { Database = name }.ConnectionString;
    }

    /// <summary>Starts the server again if a test stopped it and failed before restarting it.</summary>
    public async Task EnsureRunningAsync()
    {
        if (!await Server.IsRunningAsync())
        {
            await Server.RestartAsync(durable: false);
        }
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await EnsureRunningAsync();
            await Server.StopAndDeleteAsync();
        }
    }
}
