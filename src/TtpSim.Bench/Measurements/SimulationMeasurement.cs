using TtpSim.Domain.Simulation;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Bench.Measurements;

/// <summary>
/// <c>Simulator.Run</c> over the scenario's own horizon, as <c>./ttpsim simulate</c> runs it (loading is not timed):
/// the fastest of <see cref="TimedBatches"/> batches, after a warm-up. Why more than one: the first batch ran while the
/// runtime was still re-compiling the hot methods (tiered compilation, with its instrumented tier), 2.1 to 2.4 s
/// against 1.3 to 1.6 s for the batches after it in the same process, so one batch measured the JIT as much as the runs.
/// </summary>
public static class SimulationMeasurement
{
    public const string Scenario = "futures-after-may-2022";
    public const int WarmUpRuns = 50;
    public const int TimedBatches = 3;

    public static Rate Run(string scenariosFolder, int runs, int seed)
    {
        var loaded = new ScenarioLoader().LoadFile(Path.Combine(scenariosFolder, Scenario + ".yaml"));
        var definition = loaded.Simulation ?? throw new InvalidOperationException($"{Scenario} has no simulation: section");
        Simulator.Run("bench-warm-up", loaded.Name, loaded.Events, definition, Math.Min(WarmUpRuns, runs), seed, definition.Until);
        var elapsed = Timed.Fastest(() => Simulator.Run("bench", loaded.Name, loaded.Events, definition, runs, seed, definition.Until), TimeSpan.MaxValue, maxRepeats: TimedBatches);
        return Rate.Of(runs, elapsed);
    }
}
