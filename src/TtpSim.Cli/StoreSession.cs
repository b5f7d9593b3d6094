using Marten;
using TtpSim.Storage.Database;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Replay;
using TtpSim.Storage.Simulation;

namespace TtpSim.Cli;

/// <summary>
/// Opens the event store the CLI works on: TTPSIM_CONNECTION, or the private server. Marten's store is
/// built on first use: a command that only reads a scenario's state never needs it.
/// </summary>
public sealed class StoreSession : IAsyncDisposable
{
    private readonly Lazy<DocumentStore> store;

    private readonly ReadingDatabase? reading;

    private StoreSession(DirectReads reads, Func<DocumentStore> createStore, ReadingDatabase? reading = null)
    {
        this.reading = reading;
        store = new Lazy<DocumentStore>(createStore);
        Scenarios = new ScenarioRepository(reads, () => store.Value);
        simulations = new Lazy<SimulationRepository>(() => new SimulationRepository(store.Value));
    }

    private readonly Lazy<SimulationRepository> simulations;

    public ScenarioRepository Scenarios { get; }

    public SimulationRepository Simulations => simulations.Value;

    /// <summary>
    /// The schema to use instead of TtpSim's own. Only <c>./ttpsim bench</c> sets it, for the <c>state</c> and
    /// <c>replay</c> processes it starts, so they never read or write the user's scenarios.
    /// </summary>
    public const string SchemaVariable = "TTPSIM_SCHEMA";

    /// <summary>For commands that write (replay, simulate): the store creates or updates its tables as needed.</summary>
    public static Task<StoreSession> OpenForWritingAsync() => OpenAsync(updatesSchema: true);

    /// <summary>For commands that only read: no schema checks, which would be most of a short command's time.</summary>
    public static async Task<StoreSession> OpenForReadingAsync()
    {
        // Direct reads take their connections from the reading source's pool, where the check that the database
        // exists left one already logged in: the command logs in once.
        var schema = Schema();
        var database = await DatabaseLocator.ResolveForReadingAsync();
        return new(DirectReads.Of(database.Source, schema), () => TtpSimStore.Create(database.ConnectionString, schema, updatesSchema: false), database);
    }

    private static async Task<StoreSession> OpenAsync(bool updatesSchema)
    {
        // Direct reads take their connections from Npgsql's pool for this connection string, where the check
        // that the database exists left one already logged in: the command logs in once, not once more for Marten.
        var connection = await DatabaseLocator.ResolveAsync();
        var schema = Schema();
        return new(DirectReads.Of(connection, schema), () => TtpSimStore.Create(connection, schema, updatesSchema));
    }

    private static string Schema()
    {
        var configured = Environment.GetEnvironmentVariable(SchemaVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return TtpSimStore.Schema;
        }

        return System.Text.RegularExpressions.Regex.IsMatch(configured, "^[a-z_][a-z0-9_]{0,62}$")
            ? configured
            : throw new UsageException($"{SchemaVariable} must be a lower-case PostgreSQL schema name, not '{configured}'");
    }

    public async ValueTask DisposeAsync()
    {
        if (store.IsValueCreated)
        {
            await store.Value.DisposeAsync();
        }

        if (reading is not null)
        {
            await reading.DisposeAsync();
        }
    }
}
