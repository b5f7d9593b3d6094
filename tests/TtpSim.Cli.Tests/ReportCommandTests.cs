using System.Text.Json;
using TtpSim.Storage.Database;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Simulation;
using TtpSim.Testing;

namespace TtpSim.Cli.Tests;

/// <summary>report and export through the command line, on the baseline and one alternative replayed once into a database of their own.</summary>
[Collection(CliCollection.Name)]
public sealed class ReportCommandTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Baseline = "baseline-2021-22";
    private const string Alternative = "ttp-extends-ceasefire";
    private static readonly SemaphoreSlim PrepareOnce = new(1, 1);
    private static string? database;
    private readonly string folder = Directory.CreateTempSubdirectory("ttpsim-report-").FullName;
    private string? previousConnection;

    public async Task InitializeAsync()
    {
        previousConnection = Environment.GetEnvironmentVariable(DatabaseLocator.ConnectionVariable);
        await PrepareOnce.WaitAsync();
        try
        {
            if (database is null)
            {
                var created = await postgres.CreateDatabaseAsync("report");
                Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, created);
                foreach (var name in new[] { Baseline, Alternative })
                {
                    var replay = await CliRun.InProcessAsync("replay", Path.Combine(RepositoryPaths.Scenarios, $"{name}.yaml"));
                    Assert.True(replay.ExitCode == 0, replay.Error);
                }

                await using var store = TtpSimStore.Create(created);
                await using var session = store.LightweightSession();
                session.Store(StoredSimulation.Of(SimulationSummaries.Fading("truce-fades", Baseline, new DateOnly(2021, 12, 6), 20)));
                await session.SaveChangesAsync();
                database = created;
            }
        }
        finally
        {
            PrepareOnce.Release();
        }

        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, database);
    }

    public Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, previousConnection);
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Report_writes_one_html_file_with_every_scenario_and_the_simulation()
    {
        var output = Path.Combine(folder, "report.html");

        var result = await CliRun.InProcessAsync("report", Baseline, Alternative, "--simulation", "truce-fades", "--out", output);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("", result.Error);
        Assert.Matches(@"^wrote .+report\.html: 2 scenario\(s\), \d+ events, 1400x\d+ px$", result.Output.Trim());
        var html = await File.ReadAllTextAsync(output);
        Assert.Contains($"data-scenario=\"{Baseline}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-scenario=\"{Alternative}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-simulation=\"truce-fades\"", html, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.ChangeExtension(output, ".png")));
    }

    [Fact]
    public async Task A_backtest_adds_its_panel_and_a_scenario_without_a_simulation_is_refused_by_name()
    {
        var output = Path.Combine(folder, "backtest.html");

        var result = await CliRun.InProcessAsync("report", Baseline, "--backtest", Path.Combine(RepositoryPaths.Scenarios, "futures-after-may-2022.yaml"), "--out", output);
        var refused = await CliRun.InProcessAsync("report", Baseline, "--backtest", RepositoryPaths.Baseline, "--out", Path.Combine(folder, "r.html"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("id=\"backtest-futures-after-may-2022\"", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Contains("--backtest: scenario 'baseline-2021-22' has no simulation: section", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_simulation_that_was_never_stored_is_one_line_and_exit_code_4()
    {
        var result = await CliRun.InProcessAsync("report", Baseline, "--simulation", "never-run", "--out", Path.Combine(folder, "r.html"));

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Equal("ttpsim: no simulation named 'never-run' is stored; run the simulation first, or check the name", result.Error.Trim());
    }

    [Fact]
    public async Task Report_from_and_to_set_the_focus_window_and_compress_the_rest_on_either_side()
    {
        var output = Path.Combine(folder, "window.html");

        var result = await CliRun.InProcessAsync("report", Baseline, "--from", "2021-10", "--to", "2021-12-15", "--out", output);

        Assert.True(result.ExitCode == 0, result.Error);
        var html = await File.ReadAllTextAsync(output);
        Assert.Contains("data-focus-from=\"2021-10-01\" data-focus-to=\"2021-12-15\"", html, StringComparison.Ordinal);
        Assert.Contains("data-side=\"before\"", html, StringComparison.Ordinal);
        Assert.Contains("data-side=\"after\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2021-13", "ttpsim: --from: '2021-13' has month 13")]
    [InlineData("--to", "2022-02-30", "ttpsim: --to: '2022-02-30' is impossible")]
    [InlineData("--from", "October", "ttpsim: --from: 'October' is not a date")]
    [InlineData("--to", "2022", "ttpsim: --to: '2022' must be a day (yyyy-mm-dd) or a month (yyyy-mm)")]
    [InlineData("--to", "2021-11-01/2021-11-20", "ttpsim: --to: '2021-11-01/2021-11-20' must be a day (yyyy-mm-dd) or a month (yyyy-mm)")]
    public async Task A_window_bound_that_is_not_a_day_or_a_month_is_a_usage_error_naming_the_option(string option, string value, string message)
    {
        var output = Path.Combine(folder, "bad.html");

        var result = await CliRun.InProcessAsync("report", Baseline, option, value, "--out", output);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith(message, result.Error.Trim(), StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_window_that_ends_before_it_starts_is_a_usage_error_naming_both_options()
    {
        var result = await CliRun.InProcessAsync("report", Baseline, "--from", "2022-02", "--to", "2022-01-31", "--out", Path.Combine(folder, "r.html"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("ttpsim: --from 2022-02 is after --to 2022-01-31: the focus window would hold no day", result.Error.Trim());
    }

    [Fact]
    public async Task A_scenario_named_twice_is_a_usage_error()
    {
        var result = await CliRun.InProcessAsync("report", Baseline, Baseline);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("records")]
    [InlineData("plover")]
    public async Task Export_writes_one_record_per_event(string format)
    {
        var timeline = await CliRun.InProcessAsync("timeline", "--scenario", Baseline, "--format", "json");
        var entries = JsonDocument.Parse(timeline.Output).RootElement.EnumerateArray().ToList();

        // PLOVER has no record for what is below its threshold (a hint, a non-denial, a stall, an
        // aggregate); these are exactly the events with no CAMEO code or one of the statement types.
        string[] belowPlover = ["ConcessionSignalled", "TalksNeitherConfirmedNorDenied", "TalksStalled", "CasualtiesReported"];
        var events = format == "plover"
            ? entries.Count(e => !belowPlover.Contains(e.GetProperty("type").GetString()))
            : entries.Count;

        var result = await CliRun.InProcessAsync("export", "--scenario", Baseline, "--format", format);

        Assert.True(result.ExitCode == 0, result.Error);
        var records = format == "csv"
            ? result.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1
            : result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.True(format == "csv" ? records >= events : records == events, $"{records} records for {events} events");
    }

    [Fact]
    public async Task Export_as_jsonl_writes_a_scenario_that_replays_under_the_files_name_to_the_same_state()
    {
        var file = Path.Combine(folder, "baseline-exported.jsonl");

        var export = await CliRun.InProcessAsync("export", "--scenario", Baseline, "--format", "jsonl", "--out", file);
        var replay = await CliRun.InProcessAsync("replay", file);

        Assert.True(export.ExitCode == 0, export.Error);
        Assert.True(replay.ExitCode == 0, replay.Error);
        Assert.Contains("baseline-exported: appended", replay.Output, StringComparison.Ordinal);
        foreach (var date in new[] { "2021-11-20", "2021-12-15", "2022-05-19" })
        {
            var original = await CliRun.InProcessAsync("state", "--scenario", Baseline, "--at", date, "--format", "json");
            var copy = await CliRun.InProcessAsync("state", "--scenario", "baseline-exported", "--at", date, "--format", "json");
            Assert.Equal(original.Output.Replace(Baseline, "SCENARIO", StringComparison.Ordinal), copy.Output.Replace("baseline-exported", "SCENARIO", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Import_ucdp_ged_writes_a_scenario_that_validates()
    {
        var fixture = Path.Combine(RepositoryPaths.Root, "tests", "TtpSim.Scenarios.Tests", "Fixtures", "ged-fictitious.csv");
        var file = Path.Combine(folder, "ged-fixture.jsonl");

        var import = await CliRun.InProcessAsync("import", "ucdp-ged", fixture, "--scenario", "ged-fixture", "--out", file, "--country", "Exampleland");
        var validate = await CliRun.InProcessAsync("validate", file);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.StartsWith("wrote 2 events", import.Output, StringComparison.Ordinal);
        Assert.True(validate.ExitCode == 0, validate.Error);
        Assert.Contains("scenario ged-fixture, 2 events", validate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_to_a_file_says_where_it_wrote()
    {
        var file = Path.Combine(folder, "baseline.plover.jsonl");

        var result = await CliRun.InProcessAsync("export", "--scenario", Alternative, "--format", "plover", "--out", file);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("wrote ", result.Output, StringComparison.Ordinal);
        Assert.All(await File.ReadAllLinesAsync(file), line => JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public async Task Export_in_an_unknown_format_is_a_usage_error()
    {
        var result = await CliRun.InProcessAsync("export", "--scenario", Baseline, "--format", "xml");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("xml", result.Error, StringComparison.Ordinal);
    }
}
