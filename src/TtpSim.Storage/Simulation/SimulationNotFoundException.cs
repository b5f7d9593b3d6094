namespace TtpSim.Storage.Simulation;

public sealed class SimulationNotFoundException(string name)
    : Exception($"no simulation named '{name}' is stored; run the simulation first, or check the name")
{
    public string Name { get; } = name;
}
