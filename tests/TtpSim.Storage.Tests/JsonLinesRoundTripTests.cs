using System.Text.Json;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using TtpSim.Scenarios.JsonLines;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Replay;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>An export in the .jsonl format replays, under a new name, to the same state on every change date.</summary>
[Collection(PostgresCollection.Name)]
public sealed class JsonLinesRoundTripTests(PostgresFixture postgres) : StoreTestBase(postgres), IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ttpsim-roundtrip-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_exported_baseline_replays_under_a_new_name_to_the_same_state_on_every_change_date()
    {
        await Scenarios.ReplayAsync(Baseline);
        var stored = await Scenarios.EventsAsync(Baseline.Name);
        var path = ExportAsJsonLines(folder, "baseline-exported", [.. stored]);

        var exported = new ScenarioLoader().LoadForReplay(path);
        var result = await Scenarios.ReplayAsync(exported);

        Assert.Equal(ReplayOutcome.Appended, result.Outcome);
        Assert.Equal(Baseline.Events.Length, result.Events);
        await AssertProjectsTheBaselinesStatesAsync("baseline-exported");

        Assert.Equal(ReplayOutcome.Unchanged, (await Scenarios.ReplayAsync(new ScenarioLoader().LoadForReplay(path))).Outcome);
    }

    [Fact]
    public async Task A_long_streamed_history_is_stored_in_several_copies_with_the_change_points_of_one()
    {
        var yaml = LargeScenario.Write(folder, "long-history", events: 3 * ScenarioRepository.EventsPerCopy / 2);
        var events = new ScenarioLoader(maxFileBytes: 64 * 1024 * 1024).LoadFile(yaml).Events;
        var path = Path.Combine(folder, "long-history.jsonl");
        await using (var file = File.Create(path))
        {
            JsonLinesWriter.Write(file, "long-history", "A long history", null, Timeline.InHistoricalOrder(events));
        }

        var streamed = Assert.IsType<StreamedScenario>(new ScenarioLoader().LoadForReplay(path));
        await Scenarios.ReplayAsync(streamed);

        var all = await Scenarios.EventsAsync("long-history");
        Assert.Equal(streamed.EventCount, all.Count);
        foreach (var (date, state) in Timeline.ChangePoints(all).Where((_, i) => i % 97 == 0))
        {
            Assert.Equal(
                JsonSerializer.Serialize(state, SnapshotJson.Options),
                JsonSerializer.Serialize(await Scenarios.ProjectedStateAtAsync("long-history", date), SnapshotJson.Options));
        }
    }
}
