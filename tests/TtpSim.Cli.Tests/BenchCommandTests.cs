using System.Text.Json;
using TtpSim.Bench.Generation;
using TtpSim.Bench.Measurements;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Database;
using TtpSim.Testing;

namespace TtpSim.Cli.Tests;

[Collection(CliCollection.Name)]
public sealed class BenchCommandTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly string[] TopLevelFigures =
        ["stateQueryP50Ms", "stateQueryP99Ms", "coldStartMs", "simulationRunsPerSecond", "simulation10kRunsMs", "replayPeakMemoryMb"];

    private static readonly string[] SizeRates = ["load", "replay", "replayPath", "bulkInsert", "rawCopy", "rebuild", "fold", "rawRead"];

    private string? previousConnection;
    private string? previousScenarios;

    public async Task InitializeAsync()
    {
        previousConnection = Environment.GetEnvironmentVariable(DatabaseLocator.ConnectionVariable);
        previousScenarios = Environment.GetEnvironmentVariable("TTPSIM_SCENARIOS");
        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, await postgres.CreateDatabaseAsync("bench"));
        Environment.SetEnvironmentVariable("TTPSIM_SCENARIOS", RepositoryPaths.Scenarios);
    }

    public Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, previousConnection);
        Environment.SetEnvironmentVariable("TTPSIM_SCENARIOS", previousScenarios);
        return Task.CompletedTask;
    }

    [Fact]
    public void A_generated_file_loads_with_every_event_it_records_and_a_bounded_number_derived()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"ttpsim-bench-test-{Guid.NewGuid():N}");
        try
        {
            var generated = ScenarioGenerator.Write(folder, 500);
            var again = ScenarioGenerator.Write(Path.Combine(folder, "again"), 500);
            var scenario = new ScenarioLoader(ReplayPathMeasurement.GeneratedFileLimit).LoadFile(generated.Path);

            Assert.Equal(File.ReadAllBytes(generated.Path), File.ReadAllBytes(again.Path));
            Assert.Equal(500, scenario.Events.Count(e => !e.Meta.IsDerived));
            Assert.InRange(scenario.Events.Count(e => e.Meta.IsDerived), 1, 50);
            Assert.InRange(scenario.Events.Count(e => e.TypeName == "AttackClaimed") / 500.0, 0.6, 0.8);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_tiny_bench_prints_every_figure_positive_and_ratios_that_are_quotients_of_its_rates()
    {
        var plot = Path.Combine(Path.GetTempPath(), $"ttpsim-bench-{Guid.NewGuid():N}.png");
        try
        {
            var result = await CliRun.InProcessAsync("bench", "--sizes", "200", "--format", "json", "--simulation-runs", "100", "--cold-start-runs", "1", "--plot", plot);

            Assert.True(result.ExitCode == 0, result.Error);
            Assert.True(new FileInfo(plot).Length > 1000);
            using var json = JsonDocument.Parse(result.Output);
            var root = json.RootElement;
            foreach (var name in TopLevelFigures)
            {
                Assert.True(root.GetProperty(name).GetDouble() > 0, name);
            }

            var size = Assert.Single(root.GetProperty("sizes").EnumerateArray().ToList());
            Assert.Equal(200, size.GetProperty("events").GetInt32());
            foreach (var name in SizeRates)
            {
                Assert.True(size.GetProperty(name).GetProperty("perSecond").GetDouble() > 0, name);
                Assert.True(size.GetProperty(name).GetProperty("milliseconds").GetDouble() > 0, name);
            }

            var rate = (string name) => size.GetProperty(name).GetProperty("perSecond").GetDouble();
            var ratios = root.GetProperty("ratios");
            Assert.Equal(rate("replayPath") / rate("rawCopy"), ratios.GetProperty("appendVsCopy").GetDouble(), 9);
            Assert.Equal(rate("replay") / rate("rawCopy"), ratios.GetProperty("storeVsCopy").GetDouble(), 9);
            Assert.Equal(rate("rebuild") / rate("fold"), ratios.GetProperty("rebuildVsFold").GetDouble(), 9);
            Assert.Equal(rate("rebuild") / rate("rawRead"), ratios.GetProperty("rebuildVsRead").GetDouble(), 9);
            Assert.True(size.GetProperty("stateQuery").GetProperty("queries").GetInt32() >= StateQueryMeasurement.FewestQueries);
            foreach (var goal in new[] { "appendVsCopy", "stateQueryP50Ms", "coldStartMs", "simulation10kRunsMs", "replayPeakMemoryMb" })
            {
                Assert.True(root.GetProperty("goals").GetProperty(goal).GetProperty("limit").GetDouble() > 0, goal);
            }

            Assert.True(root.GetProperty("machine").GetProperty("cores").GetInt32() > 0);
        }
        finally
        {
            File.Delete(plot);
        }
    }
}
