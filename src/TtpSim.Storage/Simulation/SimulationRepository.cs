using Marten;
using TtpSim.Domain.Simulation;

namespace TtpSim.Storage.Simulation;

public sealed class SimulationRepository(IDocumentStore store)
{
    public async Task SaveAsync(StoredSimulation simulation, CancellationToken cancellation = default)
    {
        await using var session = store.LightweightSession();
        session.Store(simulation);
        await session.SaveChangesAsync(cancellation);
    }

    public async Task<StoredSimulation?> FindAsync(string name, CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<StoredSimulation>(name, cancellation);
    }

    public async Task<SimulationSummary?> FindSummaryAsync(string name, CancellationToken cancellation = default) =>
        (await FindAsync(name, cancellation))?.Summary;
}
