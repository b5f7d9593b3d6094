using TtpSim.Domain.Simulation;

namespace TtpSim.Storage.Simulation;

/// <summary>A simulation's summary as a Marten document, named (its id) so reports and other commands can ask for it.</summary>
public sealed class StoredSimulation
{
    public required string Id { get; init; }

    public required SimulationSummary Summary { get; init; }

    public static StoredSimulation Of(SimulationSummary summary) => new() { Id = summary.Name, Summary = summary };
}
