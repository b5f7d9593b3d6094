using Npgsql;
using TtpSim.Storage.Database;
using Xunit;

namespace TtpSim.Testing;

/// <summary>
/// A PostgreSQL for one test run: the server named by TTPSIM_CONNECTION, or a private throw-away one
/// started from the installed binaries and deleted afterwards. Each caller gets a database of its own.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private readonly List<string> databases = [];
    private string maintenance = "";
    private int counter;

    public PrivatePostgres? Server { get; private set; }

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(DatabaseLocator.ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            maintenance = configured;
            return;
        }

        var root = Path.Combine(Path.GetTempPath(), $"ttpsim-tests-{Guid.NewGuid():N}");
        Server = await PrivatePostgres.StartAsync(root, durable: false);
        maintenance = Server.ConnectionString("postgres");
    }

    /// <summary>A new empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"t_{purpose.ToLowerInvariant()}_{Interlocked.Increment(ref counter)}_{Guid.NewGuid():N}"[..40];
        await DatabaseLocator.EnsureDatabaseAsync(maintenance, name);
        lock (databases)
        {
            databases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(maintenance) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Server is not null)
        {
            await Server.StopAndDeleteAsync();
            return;
        }

        await using var connection = new NpgsqlConnection(maintenance);
        await connection.OpenAsync();
        foreach (var name in databases)
        {
            await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
