using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using TtpSim.Storage.EventStore;
using TtpSim.Storage.Projections;
using TtpSim.Storage.Replay;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

[Collection(PostgresCollection.Name)]
public class ReplayTests(PostgresFixture postgres) : StoreTestBase(postgres)
{
    [Fact]
    public async Task Replay_appends_every_event_of_the_scenario()
    {
        var result = await Scenarios.ReplayAsync(Baseline);

        Assert.Equal(ReplayOutcome.Appended, result.Outcome);
        Assert.Equal(Baseline.Events.Length, await StoredEventCountAsync());
        var stored = await Scenarios.EventsAsync(Baseline.Name);
        Assert.Equal(Timeline.InHistoricalOrder(Baseline.Events).Select(e => e.Meta.Id), stored.Select(e => e.Meta.Id));
    }

    [Fact]
    public async Task Replaying_the_same_file_again_duplicates_nothing()
    {
        await Scenarios.ReplayAsync(Baseline);
        var again = await Scenarios.ReplayAsync(Baseline);

        Assert.Equal(ReplayOutcome.Unchanged, again.Outcome);
        Assert.Equal(Baseline.Events.Length, await StoredEventCountAsync());
    }

    [Fact]
    public async Task Replaying_an_edited_file_replaces_the_scenarios_events()
    {
        await Scenarios.ReplayAsync(Baseline);
        var shorter = Baseline with { Events = Baseline.Events[..10], Fingerprint = new string('e', 64) };

        var result = await Scenarios.ReplayAsync(shorter);

        Assert.Equal(ReplayOutcome.Replaced, result.Outcome);
        Assert.Equal(10, await StoredEventCountAsync());
        Assert.Equal(10, (await Scenarios.EventsAsync(Baseline.Name)).Count);
    }

    [Fact]
    public async Task A_snapshot_after_an_edited_file_is_replayed_reads_the_new_events_not_those_kept_for_the_old_ones()
    {
        // The repository keeps each scenario's events for the uncertainty report, and starts a report from them before
        // its read shows whether the stream is still the same one.
        var day = new DateOnly(2022, 1, 15);
        await Scenarios.ReplayAsync(Baseline);
        Assert.Equal(
            SnapshotJson.Serialize(SnapshotBuilder.FromHistory(Baseline.Name, Baseline.Events, day, null)),
            SnapshotJson.Serialize(await Scenarios.SnapshotAtAsync(Baseline.Name, day, null)));

        var shorter = Baseline with { Events = Baseline.Events[..20], Fingerprint = new string('e', 64) };
        await Scenarios.ReplayAsync(shorter);

        Assert.Equal(
            SnapshotJson.Serialize(SnapshotBuilder.FromHistory(Baseline.Name, shorter.Events, day, null)),
            SnapshotJson.Serialize(await Scenarios.SnapshotAtAsync(Baseline.Name, day, null)));
        Assert.NotEqual(
            SnapshotJson.Serialize(SnapshotBuilder.FromHistory(Baseline.Name, Baseline.Events, day, null)),
            SnapshotJson.Serialize(SnapshotBuilder.FromHistory(Baseline.Name, shorter.Events, day, null)));
    }

    [Fact]
    public async Task A_scenario_stored_by_an_earlier_version_is_refused_for_reading_and_replaced_by_the_next_replay()
    {
        await Scenarios.ReplayAsync(Baseline);

        // What an earlier TtpSim left: the same file's record with no layout, and change points
        // holding every attack as a plain list.
        await StoreBaselinesRecordInLayoutAsync(0);

        await using (var connection = Store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await using var oldShape = new Npgsql.NpgsqlCommand(
                $"update {TtpSimStore.Schema}.mt_doc_statechangepoint set data = jsonb_set(data, '{{state,attacks}}', '[]'::jsonb)", connection);
            Assert.True(await oldShape.ExecuteNonQueryAsync() > 0);
        }

        var refusal = await Assert.ThrowsAsync<ScenarioNotReplayedException>(() => Scenarios.ProjectedStateAtAsync(Baseline.Name, new DateOnly(2021, 11, 20)));
        Assert.Contains("earlier version", refusal.Message, StringComparison.Ordinal);

        var again = await Scenarios.ReplayAsync(Baseline);

        Assert.Equal(ReplayOutcome.Replaced, again.Outcome);
        Assert.Equal(Baseline.Events.Length, await StoredEventCountAsync());
        Assert.Equal(ReplayOutcome.Unchanged, (await Scenarios.ReplayAsync(Baseline)).Outcome);
        Assert.Equal(
            SnapshotJson.Serialize(Timeline.StateAt(Baseline.Events, new DateOnly(2021, 11, 20))),
            SnapshotJson.Serialize(await Scenarios.ProjectedStateAtAsync(Baseline.Name, new DateOnly(2021, 11, 20))));
    }

    [Fact]
    public async Task A_store_whose_change_points_lack_a_column_read_now_is_refused_for_reading_and_updated_by_the_next_replay()
    {
        await Scenarios.ReplayAsync(Baseline);

        // What the previous layout left: its record, and the change points' table without their event counts.
        await StoreBaselinesRecordInLayoutAsync(ScenarioRecord.CurrentLayout - 1);

        await using (var connection = Store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await using var olderTable = new Npgsql.NpgsqlCommand(
                $"alter table {TtpSimStore.Schema}.mt_doc_statechangepoint drop column {ChangePointColumns.EventsApplied}", connection);
            await olderTable.ExecuteNonQueryAsync();
        }

        var refusal = await Assert.ThrowsAsync<ScenarioNotReplayedException>(() => Scenarios.ProjectedStateAtAsync(Baseline.Name, new DateOnly(2021, 11, 20)));
        Assert.Contains("earlier version", refusal.Message, StringComparison.Ordinal);

        Assert.Equal(ReplayOutcome.Replaced, (await Scenarios.ReplayAsync(Baseline)).Outcome);
        await AssertProjectsTheBaselinesStatesAsync(Baseline.Name);
    }

    [Fact]
    public async Task Scenarios_live_apart_and_do_not_see_each_others_events()
    {
        await Scenarios.ReplayAsync(Baseline);
        await Scenarios.ReplayAsync(Reordered(Baseline, "first-ten", Baseline.Events[..10]));

        Assert.Equal(Baseline.Events.Length, (await Scenarios.EventsAsync(Baseline.Name)).Count);
        Assert.Equal(10, (await Scenarios.EventsAsync("first-ten")).Count);
        Assert.Equal(["baseline-2021-22", "first-ten"], (await Scenarios.ListAsync()).Select(r => r.Id));
    }

    [Fact]
    public async Task Asking_for_a_scenario_never_replayed_says_how_to_replay_it()
    {
        var error = await Assert.ThrowsAsync<ScenarioNotReplayedException>(() => Scenarios.StateAtAsync("no-such-scenario", new DateOnly(2021, 11, 20), null));

        Assert.Contains("./ttpsim replay scenarios/no-such-scenario.yaml", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Rewrites the baseline's stored record as one written in <paramref name="layout"/> (0: before layouts).</summary>
    private async Task StoreBaselinesRecordInLayoutAsync(int layout)
    {
        await using var connection = Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var rewrite = new Npgsql.NpgsqlCommand(
            $"update {TtpSimStore.Schema}.mt_doc_scenariorecord set data = jsonb_set(data, '{{layout}}', to_jsonb(@layout)) where id = @id", connection);
        rewrite.Parameters.AddWithValue("layout", layout);
        rewrite.Parameters.AddWithValue("id", Baseline.Name);
        Assert.Equal(1, await rewrite.ExecuteNonQueryAsync());
    }
}
