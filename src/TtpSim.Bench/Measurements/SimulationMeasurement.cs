using TtpSim.Domain.Simulation;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Bench.Measurements;

/// <summary><c>Simulator.Run</c> over the scenario's own horizon, as <c>./ttpsim simulate</c> runs it (loading is not timed).</summary>
public static class SimulationMeasurement
{
    public const string Scenario = "futures-after-may-2022";
    public const int WarmUpRuns = 50;

    public static Rate Run(string scenariosFolder, int runs, int seed)
    {
        var loaded = new ScenarioLoader().LoadFile(Path.Combine(scenariosFolder, Scenario + ".yaml"));
        var definition = loaded.Simulation ?? throw new InvalidOperationException($"{Scenario} has no simulation: section");
        Simulator.Run("bench-warm-up", loaded.Name, loaded.Events, definition, Math.Min(WarmUpRuns, runs), seed, definition.Until);
        var elapsed = Timed.Fastest(() => Simulator.Run("bench", loaded.Name, loaded.Events, definition, runs, seed, definition.Until), TimeSpan.Zero, maxRepeats: 1);
        return Rate.Of(runs, elapsed);
    }
}
