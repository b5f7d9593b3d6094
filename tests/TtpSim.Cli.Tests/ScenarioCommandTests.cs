using System.Text.Json;
using Newtonsoft.Json.Linq;
using Npgsql;
using Snapshooter;
using Snapshooter.Xunit;
using TtpSim.Scenarios.JsonLines;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Database;
using TtpSim.Storage.EventStore;
using TtpSim.Testing;

namespace TtpSim.Cli.Tests;

/// <summary>The what-if workflow through the command line: validate, replay every shipped scenario, list them, diff one against the baseline.</summary>
[Collection(CliCollection.Name)]
public sealed class ScenarioCommandTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Baseline = "baseline-2021-22";

    /// <summary>
    /// The alternative whose diffs pin the diff command's JSON. Every scenario's own states are pinned by
    /// <c>./ttpsim verify</c> (VerifyCommandTests), on each day it differs from its base, so these tests need no list of them.
    /// </summary>
    private const string Alternative = "ttp-extends-ceasefire";

    private static readonly SemaphoreSlim ReplayOnce = new(1, 1);
    private static string? replayedDatabase;
    private string? previousConnection;

    /// <summary>Every shipped scenario is replayed once, through the CLI, into one database these tests share (they only read it).</summary>
    public async Task InitializeAsync()
    {
        previousConnection = Environment.GetEnvironmentVariable(DatabaseLocator.ConnectionVariable);
        await ReplayOnce.WaitAsync();
        try
        {
            if (replayedDatabase is null)
            {
                var database = await postgres.CreateDatabaseAsync("scenarios");
                Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, database);
                foreach (var file in Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml"))
                {
                    var replay = await CliRun.InProcessAsync("replay", file);
                    Assert.True(replay.ExitCode == 0, replay.Error);
                }

                replayedDatabase = database;
            }
        }
        finally
        {
            ReplayOnce.Release();
        }

        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, replayedDatabase);
    }

    public Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, previousConnection);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Diff_of_the_baseline_against_an_alternative_on_one_day()
    {
        var result = await CliRun.InProcessAsync("diff", Baseline, Alternative, "--at", "2021-12-15", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = JObject.Parse(result.Output);
        Assert.NotEmpty(json["differences"]!);
        Snapshot.Match(json, new SnapshotNameExtension(Alternative));
    }

    [Fact]
    public async Task Where_the_baseline_and_an_alternative_part()
    {
        var result = await CliRun.InProcessAsync("diff", Baseline, Alternative, "--from", "2021-01-01", "--to", "2022-06-30", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = JObject.Parse(result.Output);
        Assert.NotEmpty(json["points"]!);
        Snapshot.Match(json, new SnapshotNameExtension(Alternative));
    }

    [Fact]
    public async Task A_scenario_compared_with_itself_has_no_differences()
    {
        var result = await CliRun.InProcessAsync("diff", Baseline, Baseline, "--at", "2022-05-20", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(0, json.RootElement.GetProperty("differences").GetArrayLength());
    }

    [Fact]
    public async Task Diff_table_marks_what_differs_and_fits_100_columns()
    {
        var result = await CliRun.InProcessAsync("diff", Baseline, "ttp-extends-ceasefire", "--at", "2021-12-15");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"≠ +ceasefire in force", result.Output);
        Assert.All(result.Output.Split('\n'), line => Assert.True(line.Length <= 100, line));
    }

    [Fact]
    public async Task Diff_needs_either_a_date_or_a_window()
    {
        var result = await CliRun.InProcessAsync("diff", Baseline, "ttp-extends-ceasefire");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("give either --at <date>, or both --from <date> and --to <date>", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenarios_lists_every_file_as_valid_replayed_and_current()
    {
        var result = await CliRun.InProcessAsync("scenarios", "--folder", RepositoryPaths.Scenarios, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var listed = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(ScenarioFiles.In(RepositoryPaths.Scenarios).Count, listed.Count);
        Assert.All(listed, l => Assert.True(l.GetProperty("valid").GetBoolean()));
        Assert.All(listed, l => Assert.Equal("replayed, current", l.GetProperty("store").GetString()));
    }

    [Fact]
    public async Task Scenarios_lists_a_jsonl_file_and_calls_a_jsonl_copy_of_a_replayed_yaml_current()
    {
        var folder = Directory.CreateTempSubdirectory("ttpsim-jsonl-").FullName;
        try
        {
            var baseline = new ScenarioLoader().LoadFile(RepositoryPaths.Baseline);
            await using (var jsonl = File.Create(Path.Combine(folder, "baseline-2021-22.jsonl")))
            {
                JsonLinesWriter.Write(jsonl, baseline.Name, baseline.Title, baseline.Question, baseline.Events);
            }

            var result = await CliRun.InProcessAsync("scenarios", "--folder", folder, "--format", "json");

            Assert.True(result.ExitCode == 0, result.Error);
            using var json = JsonDocument.Parse(result.Output);
            var listed = Assert.Single(json.RootElement.EnumerateArray());
            Assert.Equal("baseline-2021-22.jsonl", listed.GetProperty("file").GetString());
            Assert.True(listed.GetProperty("valid").GetBoolean(), listed.GetProperty("error").GetString());
            Assert.Equal(baseline.EventCount, listed.GetProperty("events").GetInt32());
            Assert.Equal("replayed, current", listed.GetProperty("store").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Scenarios_says_when_a_replayed_file_has_since_changed()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"ttpsim-edit-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            File.Copy(RepositoryPaths.Baseline, Path.Combine(folder, "baseline-2021-22.yaml"));
            var copy = Path.Combine(folder, "baseline-2021-22.yaml");
            File.WriteAllText(copy, File.ReadAllText(copy).Replace("as the five sources tell them", "as five sources tell them, edited", StringComparison.Ordinal));

            var result = await CliRun.InProcessAsync("scenarios", "--folder", folder, "--format", "json");

            using var json = JsonDocument.Parse(result.Output);
            Assert.Equal("replayed, out of date (replay it again)", json.RootElement[0].GetProperty("store").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Scenarios_calls_a_file_stored_by_an_earlier_TtpSim_out_of_date_as_replay_does()
    {
        var database = await postgres.CreateDatabaseAsync("earlier-layout");
        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, database);
        Assert.Equal(0, (await CliRun.InProcessAsync("replay", RepositoryPaths.Baseline)).ExitCode);
        await using (var connection = new NpgsqlConnection(database))
        {
            // What a TtpSim from before layouts left: the same file's record, with no layout.
            await connection.OpenAsync();
            await using var forget = new NpgsqlCommand($"update {TtpSimStore.Schema}.mt_doc_scenariorecord set data = data - 'layout'", connection);
            Assert.Equal(1, await forget.ExecuteNonQueryAsync());
        }

        var listed = await CliRun.InProcessAsync("scenarios", "--folder", RepositoryPaths.Scenarios, "--format", "json");
        var replayed = await CliRun.InProcessAsync("replay", RepositoryPaths.Baseline);
        var listedAfter = await CliRun.InProcessAsync("scenarios", "--folder", RepositoryPaths.Scenarios, "--format", "json");

        Assert.Equal("replayed by an earlier TtpSim, out of date (replay it again)", StoreStatusOf(listed, Baseline));
        Assert.Contains($"{Baseline}: replaced its stored events", replayed.Output, StringComparison.Ordinal);
        Assert.Equal("replayed, current", StoreStatusOf(listedAfter, Baseline));
    }

    private static string? StoreStatusOf(CliResult listing, string scenario)
    {
        Assert.True(listing.ExitCode == 0, listing.Error);
        using var json = JsonDocument.Parse(listing.Output);
        return json.RootElement.EnumerateArray().Single(l => l.GetProperty("name").GetString() == scenario).GetProperty("store").GetString();
    }

    [Fact]
    public async Task Validate_checks_a_file_without_touching_the_store()
    {
        var home = Path.Combine(Path.GetTempPath(), $"ttpsim-home-{Guid.NewGuid():N}");
        var result = await CliProcess.RunAsync(
            new Dictionary<string, string?>
            {
                [DatabaseLocator.ConnectionVariable] = "Host=127.0.0.1;Port=1;Username=nobody;Password=secret-never-used",
                [DatabaseLocator.HomeVariable] = home,
            },
            "validate", Path.Combine(RepositoryPaths.Scenarios, "ttp-extends-ceasefire.yaml"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("valid; scenario ttp-extends-ceasefire", result.Output, StringComparison.Ordinal);
        Assert.Contains("based on baseline-2021-22 from 2021-11-09", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(home));
    }
}
