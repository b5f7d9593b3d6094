using TtpSim.Scenarios.Loading;

namespace TtpSim.Testing;

/// <summary>The YAML scenarios in scenarios/, each loaded, in the order of their file names.</summary>
public static class ShippedScenarioFiles
{
    public static List<Scenario> Load()
    {
        var loader = new ScenarioLoader();
        return [.. Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml").Order(StringComparer.Ordinal).Select(loader.LoadFile)];
    }
}
