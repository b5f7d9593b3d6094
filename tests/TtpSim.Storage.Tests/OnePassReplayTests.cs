using System.Text.Json;
using TtpSim.Domain.Events;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using TtpSim.Scenarios.JsonLines;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Replay;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>
/// A .jsonl history in historical order is checked as it is stored: the same events, fingerprint and errors as
/// checking it first, and a file that fails any check, even after whole batches were copied, writes nothing.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OnePassReplayTests(PostgresFixture postgres) : StoreTestBase(postgres), IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ttpsim-onepass-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_exported_baseline_is_stored_in_one_pass_as_checking_it_first_would_store_it()
    {
        await Scenarios.ReplayAsync(Baseline);
        var path = ExportAsJsonLines(folder, "baseline-exported", [.. await Scenarios.EventsAsync(Baseline.Name)]);
        var checkedFirst = new ScenarioLoader().LoadForReplay(path);

        var result = await Scenarios.ReplayAsync(OpenOnePass(path));

        Assert.True(result.CheckedAsStored);
        Assert.Equal(ReplayOutcome.Appended, result.Outcome);
        Assert.Equal(checkedFirst.EventCount, result.Events);
        Assert.Equal(checkedFirst.Fingerprint, (await Scenarios.FindAsync("baseline-exported"))!.Fingerprint);
        Assert.Equal(Json(checkedFirst.EventsInHistoricalOrder()), Json(await Scenarios.EventsAsync("baseline-exported")));
        await AssertProjectsTheBaselinesStatesAsync("baseline-exported");

        // The same bytes again are checked first and found unchanged; other bytes of the same history, in one pass.
        var again = await Scenarios.ReplayAsync(OpenOnePass(path));
        Assert.Equal((ReplayOutcome.Unchanged, false), (again.Outcome, again.CheckedAsStored));
        File.WriteAllText(path, File.ReadAllText(path).Replace("\n", "\r\n", StringComparison.Ordinal));
        var reformatted = await Scenarios.ReplayAsync(OpenOnePass(path));
        Assert.Equal((ReplayOutcome.Unchanged, true), (reformatted.Outcome, reformatted.CheckedAsStored));
        Assert.Equal(result.StreamKey, (await Scenarios.FindAsync("baseline-exported"))!.StreamKey);
    }

    [Theory]
    [InlineData("""{"id":"bad","type":"TalksStalled","date":"2022-13","reason":"none"}""", "].date:")]
    [InlineData("""{"id":"bad","type":"TalksStalled","date":"2022-06","reason":"none","dependsOn":["never"]}""", "].dependsOn[0]: there is no event 'never'")]
    [InlineData("""{"id":"bad","type":"TalksResumed","date":"2022-06"}""", "].type:")]
    public async Task A_file_that_fails_a_check_after_whole_batches_were_copied_writes_nothing_and_names_what_checking_first_names(string lastLine, string expected)
    {
        const int Events = 3 * ScenarioRepository.EventsPerCopy / 2;
        var path = LongHistory("long-history", Events);
        File.AppendAllText(path, lastLine + "\n");
        var checkedFirst = Assert.Throws<ScenarioException>(() => new ScenarioLoader().LoadForReplay(path));

        var error = await Assert.ThrowsAsync<ScenarioException>(() => Scenarios.ReplayAsync(OpenOnePass(path)));

        Assert.Equal(checkedFirst.Message, error.Message);
        Assert.Contains($": events[{Events}{expected}", error.Message, StringComparison.Ordinal);
        Assert.Null(await Scenarios.FindAsync("long-history"));
        Assert.Equal(0, await StoredEventCountAsync());
    }

    [Fact]
    public async Task A_file_not_in_historical_order_is_checked_first_and_stored_the_same()
    {
        var path = LongHistory("shuffled-history", 2_000);
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [lines[0], .. lines[1..].Reverse()]);
        var checkedFirst = new ScenarioLoader().LoadForReplay(path);

        var result = await Scenarios.ReplayAsync(OpenOnePass(path));

        Assert.False(result.CheckedAsStored);
        Assert.Equal(ReplayOutcome.Appended, result.Outcome);
        Assert.Equal(Json(checkedFirst.EventsInHistoricalOrder()), Json(await Scenarios.EventsAsync("shuffled-history")));
    }

    [Fact]
    public async Task Two_replays_of_one_file_at_once_store_it_once()
    {
        var path = LongHistory("raced-history", 3 * ScenarioRepository.EventsPerCopy / 2);
        await Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync(); // the schema, which two first writers would race to create

        var outcomes = await Task.WhenAll(
            Task.Run(() => Scenarios.ReplayAsync(OpenOnePass(path))),
            Task.Run(() => new ScenarioRepository(Store).ReplayAsync(OpenOnePass(path))));

        Assert.Equal([ReplayOutcome.Appended, ReplayOutcome.Unchanged], outcomes.Select(r => r.Outcome).Order());
        Assert.Equal(outcomes.Max(r => r.Events), await StoredEventCountAsync());
    }

    private static IOnePassReplaySource OpenOnePass(string path) =>
        new ScenarioLoader().OpenForOnePassReplay(path) ?? throw new InvalidOperationException($"{path} is not a history of its own");

    private static string Json(IEnumerable<NegotiationEvent> events) =>
        string.Join('\n', events.Select(e => JsonSerializer.Serialize(e, e.GetType(), SnapshotJson.Options)));

    /// <summary>A generated history written in historical order, as an export is.</summary>
    private string LongHistory(string name, int events)
    {
        var yaml = LargeScenario.Write(folder, name, events);
        var loaded = new ScenarioLoader(maxFileBytes: 64 * 1024 * 1024).LoadFile(yaml).Events.Where(e => !e.Meta.IsDerived);
        var path = Path.Combine(folder, $"{name}.jsonl");
        using var file = File.Create(path);
        JsonLinesWriter.Write(file, name, "A long history", null, Timeline.InHistoricalOrder(loaded));
        return path;
    }
}
