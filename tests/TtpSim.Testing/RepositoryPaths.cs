namespace TtpSim.Testing;

/// <summary>Where the repository, its scenarios and the shared source articles are.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static string Baseline => Path.Combine(Scenarios, "baseline-2021-22.yaml");

    /// <summary>The five articles: TTPSIM_SOURCES, or ../shared/sources beside the repository.</summary>
    public static string Sources
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("TTPSIM_SOURCES");
            var path = string.IsNullOrWhiteSpace(configured) ? Path.GetFullPath(Path.Combine(Root, "..", "shared", "sources")) : configured;
            return Directory.Exists(path)
                ? path
                : throw new DirectoryNotFoundException($"the source articles are not at {path}; set TTPSIM_SOURCES to their folder");
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TtpSim.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("TtpSim.sln not found above " + AppContext.BaseDirectory);
    }
}
