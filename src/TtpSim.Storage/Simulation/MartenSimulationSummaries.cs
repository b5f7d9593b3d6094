using Marten;
using TtpSim.Domain.Simulation;

namespace TtpSim.Storage.Simulation;

/// <summary>Reads the <see cref="StoredSimulation"/> documents the simulator writes.</summary>
public sealed class MartenSimulationSummaries(IDocumentStore store) : ISimulationSummaries
{
    public async Task<SimulationSummary?> FindAsync(string name, CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<StoredSimulation>(name, cancellation))?.Summary;
    }
}
