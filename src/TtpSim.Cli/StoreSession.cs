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

    public static async Task<StoreSession> OpenAsync() => new(TtpSimStore.Create(await DatabaseLocator.ResolveAsync()));

    public ValueTask DisposeAsync() => store.DisposeAsync();
}
