using System.Text.Json;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Database;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Simulation;
using TtpSim.Testing;

namespace TtpSim.Cli.Tests;

[Collection(CliCollection.Name)]
public sealed class SimulateCommandTests(PostgresFixture postgres) : IAsyncLifetime
{
    private string? previousConnection;
    private string database = "";

    public async Task InitializeAsync()
    {
        previousConnection = Environment.GetEnvironmentVariable(DatabaseLocator.ConnectionVariable);
        database = await postgres.CreateDatabaseAsync("simulate");
        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, database);
    }

    public Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, previousConnection);
        return Task.CompletedTask;
    }

    private static Task<CliResult> Simulate(params string[] more) =>
        CliRun.InProcessAsync(["simulate", "futures-after-may-2022", "--folder", RepositoryPaths.Scenarios, "--runs", "300", .. more]);

    [Fact]
    public async Task The_same_seed_prints_the_same_json_and_another_seed_does_not()
    {
        var first = await Simulate("--seed", "7", "--format", "json");
        var second = await Simulate("--seed", "7", "--format", "json");
        var other = await Simulate("--seed", "8", "--format", "json");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(first.Output, second.Output);
        Assert.NotEqual(first.Output, other.Output);
        using var json = JsonDocument.Parse(first.Output);
        var weeks = json.RootElement.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal("2022-06-07", weeks[0].GetProperty("date").GetString());
        Assert.Equal("2022-12-31", weeks[^1].GetProperty("date").GetString());
        Assert.All(weeks, w => Assert.InRange(w.GetProperty("ceasefireInForce").GetDouble(), 0, 1));
    }

    [Fact]
    public async Task A_saved_simulation_is_read_back_by_name_with_its_definition()
    {
        var result = await Simulate("--seed", "3", "--save", "summer-2022", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);

        await using var store = TtpSimStore.Create(database);
        var stored = await new SimulationRepository(store).FindStoredAsync("summer-2022");

        Assert.NotNull(stored?.Definition);
        Assert.Equal(300, stored.Definition.Runs);
        Assert.Equal(3, stored.Definition.Seed);
        var attacks = stored.Definition.Parameters.AttacksPerMonthWithoutCeasefire;
        Assert.Equal(70, attacks.Estimated!.Posterior.A);
        Assert.Equal(attacks.Estimated.Posterior.Summary().Mean, attacks.Value);
        Assert.Equal(["truce-renewed-2022-06", "kabul-round-2022-07"], stored.Definition.Uncertain.Select(u => u.Id));
        var printed = System.Text.Json.Nodes.JsonNode.Parse(result.Output)!.AsObject();
        printed.Remove("parameters");
        Assert.Equal(printed.ToJsonString(Domain.Snapshots.SnapshotJson.Options), Domain.Snapshots.SnapshotJson.Serialize(stored.Summary));
    }

    [Fact]
    public async Task The_json_carries_each_parameter_and_each_estimate_as_the_table_prints_it()
    {
        var json = await Simulate("--seed", "7", "--format", "json");
        var table = await Simulate("--seed", "7");
        var definition = Domain.Simulation.Estimation.ParameterEstimation.Resolve(
            new ScenarioLoader().LoadFile(Path.Combine(RepositoryPaths.Scenarios, "futures-after-may-2022.yaml")) is var loaded && loaded.Simulation is { } simulation
                ? simulation
                : throw new InvalidOperationException("futures-after-may-2022 has no simulation"),
            loaded.Events,
            simulation.From);

        Assert.True(json.ExitCode == 0, json.Error);
        using var document = JsonDocument.Parse(json.Output);
        var parameters = document.RootElement.GetProperty("parameters").EnumerateArray().ToList();
        Assert.Equal(definition.Parameters.Named.Select(n => n.Name), parameters.Select(p => p.GetProperty("name").GetString()));
        foreach (var (name, parameter) in definition.Parameters.Named)
        {
            var printed = parameters.Single(p => p.GetProperty("name").GetString() == name);
            Assert.Equal(parameter.Value, printed.GetProperty("value").GetDouble());
            Assert.Equal(parameter.IsJudgement, printed.GetProperty("isJudgement").GetBoolean());
            if (parameter.Estimated is not { } estimated)
            {
                Assert.Equal(JsonValueKind.Null, printed.GetProperty("estimate").ValueKind);
                continue;
            }

            var estimate = printed.GetProperty("estimate");
            var (mean, p05, p95) = estimated.Posterior.Summary();
            Assert.Equal((mean, p05, p95), (estimate.GetProperty("mean").GetDouble(), estimate.GetProperty("p05").GetDouble(), estimate.GetProperty("p95").GetDouble()));
            Assert.Equal(estimated.Posterior.A, estimate.GetProperty("posterior").GetProperty("a").GetDouble());
            Assert.Equal(parameter.Estimate!.PriorA, estimate.GetProperty("prior").GetProperty("a").GetDouble());
            Assert.Equal(estimated.Evidence, estimate.GetProperty("counted").GetString());
            Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}: {(mean >= 10 ? Math.Round(mean, 1) : mean):0.###} [90%: "), table.Output, StringComparison.Ordinal);
        }

        Assert.Equal(5, parameters.Count(p => p.GetProperty("estimate").ValueKind == JsonValueKind.Object));
    }

    [Fact]
    public async Task A_scenario_is_taken_by_path_as_replay_and_validate_take_it()
    {
        var byName = await Simulate("--seed", "7", "--format", "json");
        var byPath = await CliRun.InProcessAsync(
            "simulate", Path.Combine(RepositoryPaths.Scenarios, "futures-after-may-2022.yaml"), "--runs", "300", "--seed", "7", "--format", "json");

        Assert.True(byPath.ExitCode == 0, byPath.Error);
        Assert.Equal(byName.Output, byPath.Output);
    }

    [Fact]
    public async Task A_path_to_no_file_is_refused_as_replay_refuses_it()
    {
        var missing = Path.Combine(RepositoryPaths.Scenarios, "no-such-future.yaml");

        var simulate = await CliRun.InProcessAsync("simulate", missing);
        var replay = await CliRun.InProcessAsync("replay", missing);

        Assert.Equal(ExitCodes.BadScenario, simulate.ExitCode);
        Assert.Equal(replay.ExitCode, simulate.ExitCode);
        Assert.Equal(replay.Error, simulate.Error);
    }

    [Fact]
    public async Task A_scenario_without_a_simulation_section_says_so()
    {
        var result = await CliRun.InProcessAsync("simulate", "baseline-2021-22", "--folder", RepositoryPaths.Scenarios);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("has no simulation: section", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_prints_each_estimate_with_its_interval_and_what_it_counted()
    {
        var result = await Simulate("--seed", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Estimated from the record as known on 2022-06-01", result.Output, StringComparison.Ordinal);
        Assert.Contains("attacksPerMonthWithoutCeasefire: 33.3 [90%: 27-40.2]; Gamma(70, 2.1), prior Gamma(1, 0.1)", result.Output, StringComparison.Ordinal);
        Assert.Contains("69 claimed attacks in 2 months", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"ceasefireBreakdownPerWeek: [0-9.]+ \[90%: [0-9.]+-[0-9.]+\]", result.Output);
    }

    [Fact]
    public async Task The_table_fits_100_columns()
    {
        var result = await Simulate("--seed", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Output.Split('\n'), line => Assert.True(line.Length <= 100, line));
    }
}
