using System.Text.Json;
using TtpSim.Storage.Database;
using TtpSim.Testing;

namespace TtpSim.Cli.Tests;

/// <summary>
/// Where the record ends, in timeline, diff and export. The baseline's last source was published on
/// 2022-05-19; a what-if replayed beside it invents one event on that day (inside the record) and one on
/// 2022-06-05 (past it), so each output has something on both sides of the line.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class RecordHorizonOutputTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Baseline = "baseline-2021-22";
    private const string PastTheRecord = "talks-break-after-the-record";
    private const string RecordEnds = "2022-05-19";
    private const string InventedInside = "parliament-briefed-2022-05-19";
    private const string InventedPast = "talks-break-down-2022-06-05";

    private const string WhatIf = $"""
        scenario: {PastTheRecord}
        title: The talks break down after the record ends
        question: What if the talks had broken down in June 2022, after the last source was published?
        basedOn: {Baseline}
        divergesFrom: {RecordEnds}
        events:
          - id: {InventedInside}
            type: ParliamentConsulted
            date: {RecordEnds}
            by: pakistan-government
            forum: in-camera briefing
            description: Invented for this test, on the last day of the record.
          - id: {InventedPast}
            type: TalksSuspended
            date: 2022-06-05
            by: ttp
            reason: Invented for this test, after the record ends.
        """;

    private const string Uncited = "invented-only";

    private const string UncitedHistory = $"""
        scenario: {Uncited}
        title: A history no source tells
        question: What if the only event were one no source reports?
        actors:
          - id: ttp
            name: TTP
            kind: militant
        events:
          - id: attack-2022-06-05
            type: AttackClaimed
            date: 2022-06-05
            perpetrator: ttp
            location: Somewhere
            target: Someone
        """;

    private static readonly SemaphoreSlim ReplayOnce = new(1, 1);
    private static string? database;
    private string? previousConnection;

    public async Task InitializeAsync()
    {
        previousConnection = Environment.GetEnvironmentVariable(DatabaseLocator.ConnectionVariable);
        await ReplayOnce.WaitAsync();
        try
        {
            if (database is null)
            {
                var created = await postgres.CreateDatabaseAsync("horizon");
                Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, created);
                var folder = Directory.CreateTempSubdirectory("ttpsim-horizon-").FullName;
                try
                {
                    File.Copy(RepositoryPaths.Baseline, Path.Combine(folder, $"{Baseline}.yaml"));
                    await File.WriteAllTextAsync(Path.Combine(folder, $"{PastTheRecord}.yaml"), WhatIf);
                    await File.WriteAllTextAsync(Path.Combine(folder, $"{Uncited}.yaml"), UncitedHistory);
                    foreach (var name in new[] { Baseline, PastTheRecord, Uncited })
                    {
                        var replay = await CliRun.InProcessAsync("replay", Path.Combine(folder, $"{name}.yaml"));
                        Assert.True(replay.ExitCode == 0, replay.Error);
                    }
                }
                finally
                {
                    Directory.Delete(folder, recursive: true);
                }

                database = created;
            }
        }
        finally
        {
            ReplayOnce.Release();
        }

        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, database);
    }

    public Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(DatabaseLocator.ConnectionVariable, previousConnection);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Timeline_table_draws_the_record_end_after_its_last_day_and_above_what_comes_later()
    {
        var result = await CliRun.InProcessAsync("timeline", "--scenario", PastTheRecord);

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n');
        var rule = Assert.Single(lines, l => l.Contains("── record ends", StringComparison.Ordinal));
        Assert.StartsWith(RecordEnds, rule.Trim(), StringComparison.Ordinal);
        var ruleAt = Array.IndexOf(lines, rule);
        var lastDayAt = Array.FindIndex(lines, l => l.Contains("consults parliament", StringComparison.Ordinal));
        var pastAt = Array.FindIndex(lines, l => l.TrimStart().StartsWith("2022-06-05", StringComparison.Ordinal));
        Assert.InRange(lastDayAt, 0, ruleAt - 1);
        Assert.True(pastAt > ruleAt, $"the event of 2022-06-05 is on line {pastAt}, the record's end on line {ruleAt}");
        Assert.All(lines, line => Assert.True(line.TrimEnd('\r').Length <= 100, line));
    }

    [Fact]
    public async Task Timeline_table_of_a_history_within_its_record_ends_with_the_rule()
    {
        var result = await CliRun.InProcessAsync("timeline", "--scenario", Baseline);

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = result.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.StartsWith(RecordEnds, rows[^1], StringComparison.Ordinal);
        Assert.EndsWith("── record ends: no source after this day ──", rows[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_of_a_history_that_cites_no_source_has_no_record_end()
    {
        var table = await CliRun.InProcessAsync("timeline", "--scenario", Uncited);
        var json = await CliRun.InProcessAsync("timeline", "--scenario", Uncited, "--format", "json");

        Assert.True(table.ExitCode == 0, table.Error);
        Assert.DoesNotContain("record ends", table.Output, StringComparison.Ordinal);
        using var entries = JsonDocument.Parse(json.Output);
        var entry = Assert.Single(entries.RootElement.EnumerateArray());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("horizon").ValueKind);
        Assert.False(entry.GetProperty("beyondHorizon").GetBoolean());
    }

    [Fact]
    public async Task Timeline_json_keeps_its_list_and_gives_every_entry_the_horizon_and_whether_it_is_past_it()
    {
        var result = await CliRun.InProcessAsync("timeline", "--scenario", PastTheRecord, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.All(entries, e => Assert.Equal(RecordEnds, e.GetProperty("horizon").GetString()));
        var recordEnds = DateOnly.Parse(RecordEnds, System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(entries, e => Assert.Equal(
            TtpSim.Domain.Provenance.HistoricalDate.Parse(e.GetProperty("date").GetString()!).Start > recordEnds,
            e.GetProperty("beyondHorizon").GetBoolean()));
        Assert.True(Entry(entries, InventedPast).GetProperty("beyondHorizon").GetBoolean());
        Assert.False(Entry(entries, InventedInside).GetProperty("beyondHorizon").GetBoolean());
    }

    [Fact]
    public async Task Diff_on_a_date_past_both_records_says_so_above_the_differences()
    {
        var result = await CliRun.InProcessAsync("diff", Baseline, PastTheRecord, "--at", "2022-06-10");

        Assert.True(result.ExitCode == 0, result.Error);
        var text = string.Join(" ", result.Output.Split('\n').Select(l => l.Trim()));
        Assert.Matches($@"record ends +{RecordEnds} \(the date is past it\) +{RecordEnds} \(the date is past it\)", text);
        Assert.Contains($"2022-06-10 is beyond both records (each ends {RecordEnds}):", text, StringComparison.Ordinal);
        Assert.True(
            text.IndexOf("is beyond", StringComparison.Ordinal) < text.IndexOf("≠ talks.status", StringComparison.Ordinal),
            "the note stands above the differences it qualifies");
    }

    [Fact]
    public async Task Diff_on_a_date_inside_the_records_says_nothing_is_beyond()
    {
        var result = await CliRun.InProcessAsync("diff", Baseline, PastTheRecord, "--at", RecordEnds);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches($@"record ends +{RecordEnds} +{RecordEnds}", result.Output);
        Assert.DoesNotContain("beyond", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_json_adds_both_horizons_beside_the_states()
    {
        var result = await CliRun.InProcessAsync("diff", Baseline, PastTheRecord, "--at", "2022-06-10", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(RecordEnds, root.GetProperty("horizonA").GetString());
        Assert.Equal(RecordEnds, root.GetProperty("horizonB").GetString());
        Assert.True(root.GetProperty("stateB").GetProperty("record").GetProperty("beyondHorizon").GetBoolean());
    }

    [Fact]
    public async Task Where_the_histories_part_only_the_dates_past_a_record_are_marked()
    {
        var result = await CliRun.InProcessAsync("diff", Baseline, PastTheRecord, "--from", "2022-05-01", "--to", "2022-06-30");

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains($"Records end: {Baseline} on {RecordEnds}, {PastTheRecord} on {RecordEnds}", string.Join(" ", lines), StringComparison.Ordinal);
        Assert.Contains(RecordEnds, lines);
        Assert.Contains($"2022-06-05  beyond both records (each ends {RecordEnds})", lines);
    }

    [Fact]
    public async Task Diff_names_the_one_scenario_whose_record_a_date_is_past()
    {
        var result = await CliRun.InProcessAsync("diff", Baseline, Uncited, "--from", "2022-05-01", "--to", "2022-06-30");

        Assert.True(result.ExitCode == 0, result.Error);
        var text = string.Join(" ", result.Output.Split('\n').Select(l => l.Trim()));
        Assert.Contains($"Records end: {Baseline} on {RecordEnds}, {Uncited} nowhere (it cites no source)", text, StringComparison.Ordinal);
        Assert.Contains($"2022-06-05 beyond {Baseline}'s record (ends {RecordEnds})", text.Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_the_histories_part_as_json_has_both_horizons()
    {
        var result = await CliRun.InProcessAsync("diff", Baseline, PastTheRecord, "--from", "2022-05-01", "--to", "2022-06-30", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(RecordEnds, json.RootElement.GetProperty("horizonA").GetString());
        Assert.Equal(RecordEnds, json.RootElement.GetProperty("horizonB").GetString());
        var dates = json.RootElement.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("date").GetString()).ToList();
        Assert.Contains(RecordEnds, dates);
        Assert.Contains("2022-06-05", dates);
    }

    [Theory]
    [InlineData("records", "recordHorizon")]
    [InlineData("plover", "record_horizon")]
    public async Task Export_as_json_gives_every_record_the_scenarios_horizon(string format, string field)
    {
        var result = await CliRun.InProcessAsync("export", "--scenario", PastTheRecord, "--format", format);

        Assert.True(result.ExitCode == 0, result.Error);
        var records = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal(RecordEnds, r.GetProperty(field).GetString()));
    }

    [Fact]
    public async Task Export_as_csv_ends_every_row_with_the_scenarios_horizon()
    {
        var result = await CliRun.InProcessAsync("export", "--scenario", PastTheRecord, "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = result.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",record_horizon", rows[0], StringComparison.Ordinal);
        var invented = Assert.Single(rows, r => r.Contains(InventedPast, StringComparison.Ordinal));
        Assert.EndsWith($",{RecordEnds}", invented, StringComparison.Ordinal);
    }

    private static JsonElement Entry(List<JsonElement> entries, string id) => entries.Single(e => e.GetProperty("id").GetString() == id);
}
