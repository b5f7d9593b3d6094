using TtpSim.Domain.State;
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
}
