namespace TtpSim.Bench;

/// <summary>What one bench run measures, and where.</summary>
public sealed record BenchOptions(
    IReadOnlyList<int> Sizes,
    string ConnectionString,
    string ScenariosFolder,
    string CliDll,
    int SimulationRuns = BenchOptions.DefaultSimulationRuns,
    int ColdStartRuns = BenchOptions.DefaultColdStartRuns,
    int Seed = 1)
{
    public const int DefaultSimulationRuns = 10_000;
    public const int DefaultColdStartRuns = 5;

    public static readonly IReadOnlyList<int> FullSizes = [1_000, 10_000, 100_000, 1_000_000];
    public static readonly IReadOnlyList<int> QuickSizes = [1_000, 10_000, 100_000];
}
