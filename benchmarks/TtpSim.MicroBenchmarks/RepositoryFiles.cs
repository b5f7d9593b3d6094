namespace TtpSim.MicroBenchmarks;

/// <summary>
/// Finds the repository from wherever the benchmark runs: BenchmarkDotNet starts each benchmark in a
/// process of its own, built in a folder below this project's output, so paths relative to the
/// working directory cannot be trusted.
/// </summary>
public static class RepositoryFiles
{
    private const string SolutionFile = "TtpSim.sln";

    public static string Root { get; } = FindRoot();

    public static string BaselineScenario => Path.Combine(Root, "scenarios", "baseline-2021-22.yaml");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no {SolutionFile} above {AppContext.BaseDirectory}: run the benchmarks from the repository");
    }
}
