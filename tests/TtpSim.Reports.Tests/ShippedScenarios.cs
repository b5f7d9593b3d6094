using TtpSim.Reports.Html;
using TtpSim.Scenarios.Loading;
using TtpSim.Testing;

namespace TtpSim.Reports.Tests;

/// <summary>The scenarios in scenarios/, loaded once: the baseline first, then the alternatives by name.</summary>
internal static class ShippedScenarios
{
    public static IReadOnlyList<Scenario> All { get; } = Load();

    public static IReadOnlyList<ReportScenario> ForReport { get; } = [.. All.Select(s => new ReportScenario(s.Name, s.Title, s.Question, s.Events))];

    private static List<Scenario> Load()
    {
        var loader = new ScenarioLoader();
        return [.. Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml")
            .Select(loader.LoadFile)
            .OrderBy(s => s.Name == "baseline-2021-22" ? 0 : 1)
            .ThenBy(s => s.Name, StringComparer.Ordinal)];
    }
}
