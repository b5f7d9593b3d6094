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

    /// <summary>For commands that write (replay, simulate): the store creates or updates its tables as needed.</summary>
    public static async Task<StoreSession> OpenForWritingAsync() => new(TtpSimStore.Create(await DatabaseLocator.ResolveAsync()));

    /// <summary>For commands that only read: no schema checks, which would be most of a short command's time.</summary>
    public static async Task<StoreSession> OpenForReadingAsync() =>
        new(TtpSimStore.Create(await DatabaseLocator.ResolveAsync(), updatesSchema: false));

    public ValueTask DisposeAsync() => store.DisposeAsync();
}
