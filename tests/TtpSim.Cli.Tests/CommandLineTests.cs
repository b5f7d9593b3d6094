using System.Text.Json;
using TtpSim.Storage.Database;
using TtpSim.Testing;

namespace TtpSim.Cli.Tests;

[Collection(CliCollection.Name)]
public sealed class CommandLineTests(PostgresFixture postgres) : IAsyncLifetime
{
    private string? previousConnection;

    public async Task InitializeAsync()
    {
        previousConnection = Environment.GetEnvironmentVariable(DatabaseLocator.ConnectionVariable);
        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, await postgres.CreateDatabaseAsync("cli"));
    }

    public Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, previousConnection);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Replay_then_state_as_json_gives_one_object_with_the_contract_keys()
    {
        var replay = await CliRun.InProcessAsync("replay", RepositoryPaths.Baseline);
        Assert.Equal(0, replay.ExitCode);
        Assert.Contains("baseline-2021-22: appended", replay.Output, StringComparison.Ordinal);

        var state = await CliRun.InProcessAsync("state", "--scenario", "baseline-2021-22", "--at", "2021-11-20", "--format", "json");

        Assert.Equal(0, state.ExitCode);
        Assert.Equal("", state.Error);
        using var json = JsonDocument.Parse(state.Output);
        var root = json.RootElement;
        Assert.Equal("2021-11-20", root.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("knownAsOf").ValueKind);
        Assert.True(root.GetProperty("ceasefire").GetProperty("active").GetBoolean());
        Assert.Equal("2021-12-09", root.GetProperty("ceasefire").GetProperty("scheduledEnd").GetString());
        Assert.Equal("unknown", root.GetProperty("talks").GetProperty("status").GetString());
        var talksOpen = root.GetProperty("uncertain").EnumerateArray().Single(u => u.GetProperty("path").GetString() == "talks.status");
        Assert.Equal(["open", "suspended"], talksOpen.GetProperty("possibleValues").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("talks-fail-2021-12-09", talksOpen.GetProperty("becauseOf").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("Sirajuddin Haqqani", root.GetProperty("talks").GetProperty("mediators").EnumerateArray().Select(m => m.GetString()));
        Assert.True(root.GetProperty("prisonersReleased").GetProperty("low").GetInt32() <= root.GetProperty("prisonersReleased").GetProperty("high").GetInt32());
        var attack = root.GetProperty("attacks").EnumerateArray().First();
        foreach (var key in new[] { "date", "perpetrator", "sources" })
        {
            Assert.True(attack.TryGetProperty(key, out _), key);
        }

        Assert.True(attack.GetProperty("fatalities").TryGetProperty("low", out _));
        Assert.True(attack.GetProperty("fatalities").TryGetProperty("high", out _));
    }

    [Fact]
    public async Task Timeline_lists_every_event_in_historical_order_with_precision_and_sources()
    {
        await CliRun.InProcessAsync("replay", RepositoryPaths.Baseline);

        var result = await CliRun.InProcessAsync("timeline", "--scenario", "baseline-2021-22", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.True(entries.Count >= 40);
        var starts = entries.Select(e => TtpSim.Domain.Provenance.HistoricalDate.Parse(e.GetProperty("date").GetString()!).Start).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.Contains(entries, e => e.GetProperty("datePrecision").GetString() == "month");
        Assert.All(entries.Where(e => e.GetProperty("derivedBy").ValueKind == JsonValueKind.Null), e => Assert.NotEqual(0, e.GetProperty("sources").GetArrayLength()));
        Assert.Contains(entries, e => e.GetProperty("derivedBy").GetString() == "ceasefire-lapses-at-scheduled-end");
        // Only the types no CAMEO code is as weak as (a stall, an aggregate) have none.
        Assert.All(entries, e => Assert.True(
            !string.IsNullOrEmpty(e.GetProperty("cameo").GetString()) || e.GetProperty("type").GetString() is "TalksStalled" or "CasualtiesReported",
            e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Replaying_twice_reports_the_second_as_unchanged()
    {
        await CliRun.InProcessAsync("replay", RepositoryPaths.Baseline);

        var again = await CliRun.InProcessAsync("replay", RepositoryPaths.Baseline);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("unchanged", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_fits_100_columns()
    {
        await CliRun.InProcessAsync("replay", RepositoryPaths.Baseline);

        var table = await CliRun.InProcessAsync("state", "--scenario", "baseline-2021-22", "--at", "2022-05-20");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Ceasefire:", table.Output, StringComparison.Ordinal);
        Assert.All(table.Output.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 100, $"{line.Length} columns: {line}"));
    }

    [Fact]
    public async Task A_scenario_never_replayed_is_one_plain_line_and_exit_code_4()
    {
        var result = await CliRun.InProcessAsync("state", "--scenario", "not-replayed", "--at", "2021-11-20");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Equal("ttpsim: scenario 'not-replayed' has not been replayed yet; run: ./ttpsim replay scenarios/not-replayed.yaml", result.Error.Trim());
    }

    [Fact]
    public async Task A_scenario_never_replayed_is_told_to_replay_its_own_file_when_that_is_a_jsonl()
    {
        var folder = Directory.CreateTempSubdirectory("ttpsim-cli-").FullName;
        var previousScenarios = Environment.GetEnvironmentVariable("TTPSIM_SCENARIOS");
        try
        {
            var file = Path.Combine(folder, "only-as-lines.jsonl");
            await File.WriteAllTextAsync(file, "{}\n");
            Environment.SetEnvironmentVariable("TTPSIM_SCENARIOS", folder);

            var result = await CliRun.InProcessAsync("state", "--scenario", "only-as-lines", "--at", "2021-11-20");

            Assert.Equal(ExitCodes.NotFound, result.ExitCode);
            Assert.Equal($"ttpsim: scenario 'only-as-lines' has not been replayed yet; run: ./ttpsim replay {file}", result.Error.Trim());
        }
        finally
        {
            Environment.SetEnvironmentVariable("TTPSIM_SCENARIOS", previousScenarios);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_date_that_is_not_a_day_is_a_usage_error()
    {
        var result = await CliRun.InProcessAsync("state", "--scenario", "baseline-2021-22", "--at", "2021-02-30");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--at: '2021-02-30' is impossible", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_table_names_each_source_readably_whatever_its_file_is_called()
    {
        var folder = Directory.CreateTempSubdirectory("ttpsim-sources-").FullName;
        try
        {
            var file = Path.Combine(folder, "own-sources.yaml");
            await File.WriteAllTextAsync(file, """
                scenario: own-sources
                title: Sources named in other ways
                sources:
                  - { file: dawn-2021-11-09.txt, outlet: Dawn, title: A report, published: 2021-11-09 }
                  - { file: 003_81c8160b4b399958.txt, outlet: Arab News, title: Another, published: 2021 }
                  - { file: an-archived-copy-of-a-long-article.txt, outlet: Archive, title: A copy, published: 2021 }
                actors:
                  - { id: ttp, name: TTP, kind: militant }
                events:
                  - id: attack
                    type: AttackClaimed
                    date: 2021-12-12
                    perpetrator: ttp
                    location: Somewhere
                    target: Someone
                    sources:
                      - { file: dawn-2021-11-09.txt, quote: "An attack." }
                      - { file: 003_81c8160b4b399958.txt, quote: "The same attack." }
                      - { file: an-archived-copy-of-a-long-article.txt, quote: "Again." }
                """);
            Assert.Equal(0, (await CliRun.InProcessAsync("replay", file)).ExitCode);

            var result = await CliRun.InProcessAsync("timeline", "--scenario", "own-sources");

            Assert.True(result.ExitCode == 0, result.Error);
            var lines = result.Output.Split('\n');
            var column = lines.Select(line => line.IndexOf("sources", StringComparison.Ordinal)).First(at => at >= 0);
            var sourcesColumn = string.Join(" ", lines.Select(line => line.Length > column ? line[column..].Trim() : ""));
            Assert.Contains("dawn-2021-11-09", sourcesColumn, StringComparison.Ordinal);
            Assert.Contains("003", sourcesColumn, StringComparison.Ordinal);
            Assert.DoesNotContain("81c8160b", sourcesColumn, StringComparison.Ordinal);
            Assert.Contains("an-archived-copy-of-a-l…", sourcesColumn, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_bad_scenario_file_is_one_line_with_its_place_and_exit_code_2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, "scenario: broken\ntitle: x\nactors: []\nevents:\n  - id: a\n    type: Nope\n");
        try
        {
            var result = await CliRun.InProcessAsync("replay", file);

            Assert.Equal(ExitCodes.BadScenario, result.ExitCode);
            var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Matches(@"^ttpsim: broken-[0-9a-f]+\.yaml:\d+:\d+: ", line);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_base_linked_from_outside_the_scenarios_folder_is_one_located_line_and_exit_code_2()
    {
        var root = Directory.CreateTempSubdirectory("ttpsim-linked-").FullName;
        try
        {
            var scenarios = Directory.CreateDirectory(Path.Combine(root, "scenarios")).FullName;
            var outside = Directory.CreateDirectory(Path.Combine(root, "outside")).FullName;
            File.Copy(RepositoryPaths.Baseline, Path.Combine(outside, "baseline-2021-22.yaml"));
            File.CreateSymbolicLink(Path.Combine(scenarios, "baseline-2021-22.yaml"), Path.Combine(outside, "baseline-2021-22.yaml"));
            File.Copy(Path.Combine(RepositoryPaths.Scenarios, "ttp-extends-ceasefire.yaml"), Path.Combine(scenarios, "ttp-extends-ceasefire.yaml"));

            var result = await CliRun.InProcessAsync("validate", Path.Combine(scenarios, "ttp-extends-ceasefire.yaml"));

            Assert.Equal(ExitCodes.BadScenario, result.ExitCode);
            var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Matches(@"^ttpsim: ttp-extends-ceasefire\.yaml:\d+:\d+: basedOn: baseline-2021-22\.yaml is a symbolic link to ", line);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task With_no_server_found_it_says_what_to_install_in_one_line_and_exits_non_zero()
    {
        var home = Path.Combine(Path.GetTempPath(), $"ttpsim-home-{Guid.NewGuid():N}");
        var result = await CliProcess.RunAsync(
            new Dictionary<string, string?>
            {
                [DatabaseLocator.ConnectionVariable] = null,
                [DatabaseLocator.HomeVariable] = home,
                [PostgresBinaries.BinariesVariable] = Path.Combine(home, "no-postgres-here"),
            },
            "state", "--scenario", "baseline-2021-22", "--at", "2021-11-20");

        Assert.Equal(ExitCodes.DatabaseUnavailable, result.ExitCode);
        Assert.Equal($"ttpsim: {PostgresBinaries.MissingMessage}", result.Error.Trim());
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
