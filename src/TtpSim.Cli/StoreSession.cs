using Marten;
using TtpSim.Storage.Database;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Replay;
using TtpSim.Storage.Simulation;

namespace TtpSim.Cli;

/// <summary>Opens the event store the CLI works on: TTPSIM_CONNECTION, or the private server.</summary>
public sealed class StoreSession : IAsyncDisposable
{
    private readonly DocumentStore store;

    private StoreSession(DocumentStore store)
    {
        this.store = store;
        Scenarios = new ScenarioRepository(store);
        Simulations = new SimulationRepository(store);
    }

    public ScenarioRepository Scenarios { get; }

    public SimulationRepository Simulations { get; }

    /// <summary>
    /// The schema to use instead of TtpSim's own. Only <c>./ttpsim bench</c> sets it, for the <c>state</c> and
    /// <c>replay</c> processes it starts, so they never read or write the user's scenarios.
    /// </summary>
    public const string SchemaVariable = "TTPSIM_SCHEMA";

    /// <summary>For commands that write (replay, simulate): the store creates or updates its tables as needed.</summary>
    public static async Task<StoreSession> OpenForWritingAsync() => new(TtpSimStore.Create(await DatabaseLocator.ResolveAsync(), Schema()));

    /// <summary>For commands that only read: no schema checks, which would be most of a short command's time.</summary>
    public static async Task<StoreSession> OpenForReadingAsync() =>
        new(TtpSimStore.Create(await DatabaseLocator.ResolveAsync(), Schema(), updatesSchema: false));

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

    public ValueTask DisposeAsync() => store.DisposeAsync();
}
