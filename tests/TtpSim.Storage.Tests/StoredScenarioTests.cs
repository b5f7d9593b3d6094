using TtpSim.Storage.Replay;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>One rule says whether a stored scenario is current; replay must do exactly what it says.</summary>
[Collection(PostgresCollection.Name)]
public class StoredScenarioTests(PostgresFixture postgres) : StoreTestBase(postgres)
{
    [Fact]
    public void A_record_of_the_same_file_in_an_earlier_layout_is_not_current()
    {
        var stored = RecordOf(Baseline.Fingerprint, layout: 0);

        Assert.Equal(StoredScenarioStatus.EarlierLayout, StoredScenario.StatusOf(stored, Baseline));
        Assert.False(StoredScenario.IsCurrent(stored, Baseline));
    }

    [Fact]
    public void Status_of_each_kind_of_record()
    {
        Assert.Equal(StoredScenarioStatus.NotReplayed, StoredScenario.StatusOf(null, Baseline));
        Assert.Equal(StoredScenarioStatus.Current, StoredScenario.StatusOf(RecordOf(Baseline.Fingerprint, ScenarioRecord.CurrentLayout), Baseline));
        Assert.Equal(StoredScenarioStatus.FileChanged, StoredScenario.StatusOf(RecordOf(new string('e', 64), ScenarioRecord.CurrentLayout), Baseline));
        Assert.Equal(StoredScenarioStatus.FileChanged, StoredScenario.StatusOf(RecordOf(new string('e', 64), layout: 0), Baseline));
    }

    [Fact]
    public async Task Replay_writes_exactly_when_the_rule_says_the_scenario_is_not_current()
    {
        var outcomes = new List<(StoredScenarioStatus Before, ReplayOutcome Replay)>();
        async Task ReplayAndNoteAsync(TtpSim.Scenarios.Loading.Scenario scenario)
        {
            var before = StoredScenario.StatusOf(await Scenarios.FindAsync(scenario.Name), scenario);
            outcomes.Add((before, (await Scenarios.ReplayAsync(scenario)).Outcome));
        }

        await ReplayAndNoteAsync(Baseline);
        await ReplayAndNoteAsync(Baseline);
        await ForgetLayoutAsync();
        await ReplayAndNoteAsync(Baseline);
        await ReplayAndNoteAsync(Baseline with { Events = Baseline.Events[..10], Fingerprint = new string('e', 64) });

        Assert.Equal(
            [
                (StoredScenarioStatus.NotReplayed, ReplayOutcome.Appended),
                (StoredScenarioStatus.Current, ReplayOutcome.Unchanged),
                (StoredScenarioStatus.EarlierLayout, ReplayOutcome.Replaced),
                (StoredScenarioStatus.FileChanged, ReplayOutcome.Replaced),
            ],
            outcomes);
    }

    /// <summary>Leaves the baseline's record as a TtpSim from before layouts wrote it.</summary>
    private async Task ForgetLayoutAsync()
    {
        await using var session = Store.LightweightSession();
        var stored = (await session.LoadAsync<ScenarioRecord>(Baseline.Name))!;
        session.Update(RecordOf(stored.Fingerprint, layout: 0, stored.StreamKey));
        await session.SaveChangesAsync();
    }

    private static ScenarioRecord RecordOf(string fingerprint, int layout, string? streamKey = null) => new()
    {
        Id = Baseline.Name,
        StreamKey = streamKey ?? ScenarioRecord.StreamKeyFor(Baseline.Name, fingerprint),
        Fingerprint = fingerprint,
        Title = Baseline.Title,
        Question = Baseline.Question,
        File = Baseline.File,
        EventCount = Baseline.Events.Length,
        Layout = layout,
    };
}
