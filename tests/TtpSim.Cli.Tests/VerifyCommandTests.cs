using System.Globalization;
using Npgsql;
using TtpSim.Domain.State;
using TtpSim.Scenarios.JsonLines;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Database;
using TtpSim.Testing;

namespace TtpSim.Cli.Tests;

/// <summary>
/// <c>./ttpsim verify</c>: every shipped scenario against its accepted snapshots; a what-if whose event moves
/// fails and names the JSON path, and passes once accepted; each bad snapshot folder is one located line.
/// Anything that changes a folder works on a copy in a temporary folder, never on scenarios/.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class VerifyCommandTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Baseline = "baseline-2021-22";
    private const string WhatIf = "parliament-consulted";

    private static string? database;
    private string? previousConnection;
    private readonly List<string> temporaryFolders = [];

    public async Task InitializeAsync()
    {
        previousConnection = Environment.GetEnvironmentVariable(DatabaseLocator.ConnectionVariable);
        database ??= await postgres.CreateDatabaseAsync("verify");
        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, database);
    }

    public Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, previousConnection);
        foreach (var folder in temporaryFolders)
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_scenario_file_in_scenarios_is_as_its_accepted_snapshots()
    {
        var result = await CliRun.InProcessAsync("verify", "--folder", RepositoryPaths.Scenarios);

        Assert.True(result.ExitCode == 0, $"a scenario's state drifted from its accepted snapshots (exit {result.ExitCode}):\n{result.Output}{result.Error}");
        foreach (var name in ScenarioFiles.NamesIn(RepositoryPaths.Scenarios))
        {
            Assert.Contains($"{name}: ", result.Output, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(RepositoryPaths.Scenarios, "__snapshots__"), "*.received.json", SearchOption.AllDirectories));
        Assert.DoesNotContain(await SchemasAsync(), s => s.StartsWith("ttpsim_verify_", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_scenario_is_pinned_on_its_divergence_its_horizon_and_its_own_pins_and_at_most_twelve_chosen_days()
    {
        foreach (var file in ScenarioFiles.In(RepositoryPaths.Scenarios))
        {
            var scenario = new ScenarioLoader().LoadFile(file);
            var pinned = Directory.GetFiles(Path.Combine(RepositoryPaths.Scenarios, "__snapshots__", scenario.Name), "*.json")
                .Where(f => !f.EndsWith(".received.json", StringComparison.Ordinal))
                .Select(f => DateOnly.ParseExact(Path.GetFileNameWithoutExtension(f), "yyyy-MM-dd", CultureInfo.InvariantCulture))
                .ToHashSet();

            Assert.Contains(Horizon.OfHistory(scenario.Events)!.Value, pinned);
            Assert.All(scenario.Pins, day => Assert.Contains(day, pinned));
            Assert.InRange(pinned.Except(scenario.Pins).Count(), 1, 12);
            if (scenario.DivergesFrom is { } divergence)
            {
                Assert.Contains(divergence.Start, pinned);
            }
            else
            {
                Assert.Contains(scenario.Events.Min(e => e.Meta.Occurred.Start), pinned);
            }
        }
    }

    [Fact]
    public async Task Each_pinned_state_is_what_state_prints_for_that_day()
    {
        var folder = CopyOf(Baseline, WhatIf);
        Assert.Equal(0, (await CliRun.InProcessAsync("replay", Path.Combine(folder, $"{WhatIf}.yaml"))).ExitCode);
        var pinned = Directory.GetFiles(Path.Combine(folder, "__snapshots__", WhatIf), "*.json").Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(pinned);
        foreach (var file in new[] { pinned[0], pinned[^1] })
        {
            var state = await CliRun.InProcessAsync("state", "--scenario", WhatIf, "--at", Path.GetFileNameWithoutExtension(file), "--format", "json");
            Assert.Equal(await File.ReadAllTextAsync(file), state.Output);
        }
    }

    [Fact]
    public async Task Verify_never_touches_the_replayed_scenarios_and_drops_its_scratch_schema()
    {
        var folder = CopyOf(Baseline, WhatIf);
        Assert.Equal(0, (await CliRun.InProcessAsync("replay", Path.Combine(folder, $"{Baseline}.yaml"))).ExitCode);
        var before = await StoredAsync();

        var result = await CliRun.InProcessAsync("verify", "--folder", folder, WhatIf);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal(before, await StoredAsync());
        Assert.Equal(["ttpsim"], await SchemasAsync());
        Assert.Contains($"{WhatIf}: ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_an_event_of_a_what_if_fails_verify_naming_the_path_and_accepting_makes_it_pass()
    {
        var folder = CopyOf(Baseline, WhatIf);
        var file = Path.Combine(folder, $"{WhatIf}.yaml");
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("    date: 2021-10-15\n", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, text.Replace("    date: 2021-10-15\n", "    date: 2021-10-20\n", StringComparison.Ordinal));

        var moved = await CliRun.InProcessAsync("verify", "--folder", folder, WhatIf);
        var accepted = await CliRun.InProcessAsync("verify", "--folder", folder, "--accept", WhatIf);
        var again = await CliRun.InProcessAsync("verify", "--folder", folder, WhatIf);

        Assert.Equal(ExitCodes.SnapshotsDiffer, moved.ExitCode);
        Assert.Contains(
            "parliamentConsulted[parliament-briefed-on-talks-2021-10-15].date: expected \"2021-10-15\", actual \"2021-10-20\"",
            moved.Output,
            StringComparison.Ordinal);
        Assert.Contains($"./ttpsim verify --accept {WhatIf}", moved.Error, StringComparison.Ordinal);
        Assert.True(accepted.ExitCode == 0, accepted.Error);
        Assert.True(again.ExitCode == 0, again.Output + again.Error);
        Assert.Empty(Received(folder));
        var horizon = await File.ReadAllTextAsync(Path.Combine(folder, "__snapshots__", WhatIf, "2022-05-19.json"));
        Assert.Contains("\"date\": \"2021-10-20\"", horizon, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_snapshot_fails_and_is_never_created_a_received_file_is_written_and_removed_once_it_passes()
    {
        var folder = CopyOf(Baseline, WhatIf);
        var snapshots = Path.Combine(folder, "__snapshots__", WhatIf);
        var missing = Directory.GetFiles(snapshots, "*.json").Order(StringComparer.Ordinal).First();
        var kept = await File.ReadAllTextAsync(missing);
        File.Delete(missing);

        var result = await CliRun.InProcessAsync("verify", "--folder", folder, WhatIf);

        Assert.Equal(ExitCodes.SnapshotsDiffer, result.ExitCode);
        Assert.Contains($"{Path.GetFileNameWithoutExtension(missing)}: no accepted snapshot", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        var received = Assert.Single(Received(folder));
        Assert.Equal(kept, await File.ReadAllTextAsync(received));

        File.Move(received, missing);
        Assert.Equal(0, (await CliRun.InProcessAsync("verify", "--folder", folder, WhatIf)).ExitCode);
        Assert.Empty(Received(folder));
    }

    [Fact]
    public async Task A_snapshot_for_a_day_no_longer_pinned_fails_and_accepting_removes_it()
    {
        var folder = CopyOf(Baseline, WhatIf);
        var snapshots = Path.Combine(folder, "__snapshots__", WhatIf);
        var unpinned = Path.Combine(snapshots, "2021-10-15.json");
        Assert.False(File.Exists(unpinned));
        File.Copy(Directory.GetFiles(snapshots, "*.json").Order(StringComparer.Ordinal).First(), unpinned);

        var result = await CliRun.InProcessAsync("verify", "--folder", folder, WhatIf);
        var accepted = await CliRun.InProcessAsync("verify", "--folder", folder, "--accept", WhatIf);

        Assert.Equal(ExitCodes.SnapshotsDiffer, result.ExitCode);
        Assert.Contains("2021-10-15: accepted, but no longer a pinned day", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{WhatIf}: accepted 12 days (0 changed, 0 new, 1 removed)", accepted.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(unpinned));
        Assert.Empty(Received(folder));
    }

    [Fact]
    public async Task A_snapshot_that_is_not_valid_JSON_is_one_line_with_its_file_line_and_column()
    {
        var folder = CopyOf(Baseline, WhatIf);
        var file = Directory.GetFiles(Path.Combine(folder, "__snapshots__", WhatIf), "*.json").Order(StringComparer.Ordinal).First();
        await File.WriteAllTextAsync(file, "{\n  \"scenario\": \"parliament-consulted\",\n  asOf: null\n}\n");

        var result = await CliRun.InProcessAsync("verify", "--folder", folder, WhatIf);

        Assert.Equal(ExitCodes.BadScenario, result.ExitCode);
        Assert.Matches($@"^ttpsim: \S*{Path.GetFileName(file)}:3:3: is not valid JSON \(.+\)", result.Error);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Empty(Received(folder));
    }

    [Theory]
    [InlineData("renamed-scenario", null, "holds snapshots of 'renamed-scenario', but there is no scenario file renamed-scenario.yaml")]
    [InlineData(WhatIf, "latest.json", "is not a snapshot: name each one after its day")]
    [InlineData(WhatIf, "2021-02-30.json", "is not a snapshot: name each one after its day")]
    [InlineData(WhatIf, "1999-12-31.json", "1999-12-31 is outside parliament-consulted (2009-01-01 to 2022-05-20)")]
    [InlineData(WhatIf, "2030-01-01.received.json", "2030-01-01 is outside parliament-consulted")]
    public async Task A_snapshot_folder_or_file_that_fits_no_scenario_day_is_one_line_naming_it(string folderName, string? fileName, string message)
    {
        var folder = CopyOf(Baseline, WhatIf);
        var odd = Path.Combine(folder, "__snapshots__", folderName);
        Directory.CreateDirectory(odd);
        if (fileName is not null)
        {
            odd = Path.Combine(odd, fileName);
            await File.WriteAllTextAsync(odd, "{}\n");
        }

        var result = await CliRun.InProcessAsync("verify", "--folder", folder);

        Assert.Equal(ExitCodes.BadScenario, result.ExitCode);
        Assert.StartsWith($"ttpsim: {odd}: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.All(Received(folder), f => Assert.Equal(odd, f));
    }

    [Fact]
    public async Task A_name_that_is_no_scenario_is_a_usage_error()
    {
        var result = await CliRun.InProcessAsync("verify", "--folder", RepositoryPaths.Scenarios, "no-such-scenario");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("no scenario 'no-such-scenario'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_jsonl_baseline_is_verified_and_serves_as_a_base_like_its_yaml()
    {
        var folder = CopyOf(Baseline, WhatIf);
        var yaml = Path.Combine(folder, $"{Baseline}.yaml");
        var baseline = new ScenarioLoader().LoadFile(yaml);
        await using (var jsonl = File.Create(Path.Combine(folder, $"{Baseline}.jsonl")))
        {
            JsonLinesWriter.Write(jsonl, baseline.Name, baseline.Title, baseline.Question, baseline.Events);
        }

        var both = await CliRun.InProcessAsync("verify", "--folder", folder);
        File.Delete(yaml);
        var result = await CliRun.InProcessAsync("verify", "--folder", folder);

        Assert.Equal(ExitCodes.Usage, both.ExitCode);
        Assert.Contains($"two files for scenario '{Baseline}'", both.Error, StringComparison.Ordinal);
        Assert.Contains($"{Baseline}.yaml and {Baseline}.jsonl", both.Error, StringComparison.Ordinal);
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}:\n{result.Output}{result.Error}");
        Assert.Contains($"{Baseline}: ", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{WhatIf}: ", result.Output, StringComparison.Ordinal);
        Assert.Empty(Received(folder));
    }

    /// <summary>The named scenario files and their accepted snapshots, copied to a temporary folder of the test's own.</summary>
    private string CopyOf(params string[] scenarios)
    {
        var folder = Directory.CreateTempSubdirectory("ttpsim-verify-").FullName;
        temporaryFolders.Add(folder);
        foreach (var name in scenarios)
        {
            File.Copy(Path.Combine(RepositoryPaths.Scenarios, $"{name}.yaml"), Path.Combine(folder, $"{name}.yaml"));
            var snapshots = Path.Combine(RepositoryPaths.Scenarios, "__snapshots__", name);
            var copy = Directory.CreateDirectory(Path.Combine(folder, "__snapshots__", name)).FullName;
            foreach (var file in Directory.GetFiles(snapshots, "*.json").Where(f => !f.EndsWith(".received.json", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }
        }

        return folder;
    }

    private static string[] Received(string folder) =>
        Directory.GetFiles(Path.Combine(folder, "__snapshots__"), "*.received.json", SearchOption.AllDirectories);

    /// <summary>The TtpSim schemas in the test database: the user's <c>ttpsim</c>, once something is replayed, and any scratch schema verify left.</summary>
    private async Task<List<string>> SchemasAsync()
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("select nspname from pg_namespace where nspname like 'ttpsim%' order by nspname", connection);
        await using var reader = await query.ExecuteReaderAsync();
        var schemas = new List<string>();
        while (await reader.ReadAsync())
        {
            schemas.Add(reader.GetString(0));
        }

        return schemas;
    }

    /// <summary>Everything the user's store holds of its scenarios: each event row and each record, as text.</summary>
    private async Task<string> StoredAsync()
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "select (select count(*) || ':' || coalesce(max(seq_id), 0) from ttpsim.mt_events) || '|' || "
            + "(select string_agg(id || '@' || mt_version::text, ',' order by id) from ttpsim.mt_doc_scenariorecord)",
            connection);
        return (string)(await query.ExecuteScalarAsync())!;
    }
}
