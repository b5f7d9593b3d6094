using Marten;
using TtpSim.Domain.Simulation;
using TtpSim.Storage.EventStore;

namespace TtpSim.Storage.Simulation;

/// <summary>Stores simulations by name and reads them back: whole (definition and summary), or just the summary.</summary>
public sealed class SimulationRepository(IDocumentStore store) : ISimulationSummaries
{
    public async Task SaveAsync(StoredSimulation simulation, CancellationToken cancellation = default)
    {
        await using var session = store.LightweightSession();
        session.Store(simulation);
        await session.SaveChangesAsync(cancellation);
    }

    public async Task<StoredSimulation?> FindStoredAsync(string name, CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession();
        try
        {
            return await session.LoadAsync<StoredSimulation>(name, cancellation);
        }
        catch (Exception e) when (MissingTables.Caused(e))
        {
            return null;
        }
    }

    public async Task<SimulationSummary?> FindAsync(string name, CancellationToken cancellation = default) =>
        (await FindStoredAsync(name, cancellation))?.Summary;
}
