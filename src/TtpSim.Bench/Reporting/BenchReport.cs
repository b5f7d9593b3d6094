using TtpSim.Bench.Measurements;

namespace TtpSim.Bench.Reporting;

/// <summary>
/// The whole result, as <c>bench --format json</c> prints it. The headline figures sit at the top level (the
/// ratios and state-query latencies of the largest size run); <see cref="Sizes"/> holds every raw rate.
/// </summary>
public sealed record BenchReport(
    Ratios Ratios,
    double StateQueryP50Ms,
    double StateQueryP99Ms,
    double ColdStartMs,
    double SimulationRunsPerSecond,
    double Simulation10kRunsMs,
    double ReplayPeakMemoryMb,
    IReadOnlyList<SizeResult> Sizes,
    IReadOnlyDictionary<string, Goal> Goals,
    Rate Simulation,
    ColdStartMeasurement.Result ColdStart,
    PeakMemoryMeasurement.Result ReplayPeakMemory,
    MachineInfo Machine,
    IReadOnlyList<string> Notes)
{
    public int LargestSize => Sizes.Count == 0 ? 0 : Sizes[^1].Events;

    /// <summary>The .jsonl path and <c>import ucdp-ged</c> at the largest size (null when not run).</summary>
    public JsonLinesMeasurement.Result? Jsonl { get; init; }
}
