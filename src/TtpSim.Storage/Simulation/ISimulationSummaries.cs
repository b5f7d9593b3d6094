using TtpSim.Domain.Simulation;

namespace TtpSim.Storage.Simulation;

/// <summary>Stored simulation results, found by name; null when no simulation of that name was stored.</summary>
public interface ISimulationSummaries
{
    Task<SimulationSummary?> FindAsync(string name, CancellationToken cancellation = default);
}
