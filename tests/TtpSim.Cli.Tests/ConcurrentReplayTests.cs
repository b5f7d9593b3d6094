using TtpSim.Testing;

namespace TtpSim.Cli.Tests;

/// <summary>
/// Replays racing each other. Both processes are held at the <see cref="ReplayGate"/> with their
/// events written but not committed before either may finish, so every run of these tests is a real race.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ConcurrentReplayTests(PrivateServerFixture postgres) : IDisposable
{
    private const int Events = 5_000;
    private const int ChangeDates = 365;
    private const string ConflictMessage = "ttpsim: another process replayed scenario 'race' at the same time; nothing of this run was written, run it again";

    private readonly string folder = FaultCollection.NewFolder();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Two_processes_replaying_the_same_file_leave_exactly_one_copy_of_its_events()
    {
        var connection = await postgres.CreateDatabaseAsync("samefile");
        var file = LargeScenario.Write(folder, "race", Events);

        var (first, second) = await RaceAsync(connection, file, file);

        Assert.All([first, second], AcceptableRaceOutcome);
        Assert.Contains($"race: appended {Events} events", first.Output + second.Output, StringComparison.Ordinal);
        var contents = await StoreContents.ReadAsync(connection);
        Assert.True(contents.HoldsComplete("race", Events, ChangeDates), $"the store holds {contents}");
        Assert.True((1, 1, Events) == (contents.Records, contents.Streams, contents.Events), $"the store holds {contents}");
    }

    [Fact]
    public async Task Two_processes_replaying_different_versions_of_one_scenario_leave_one_version_whole()
    {
        var connection = await postgres.CreateDatabaseAsync("versions");
        var versionA = LargeScenario.Write(Path.Combine(folder, "a"), "race", Events, variant: "a");
        var versionB = LargeScenario.Write(Path.Combine(folder, "b"), "race", Events + 1, variant: "b");

        var (first, second) = await RaceAsync(connection, versionA, versionB);

        // Both read "not replayed yet" before either committed, so one must lose, and say so.
        Assert.All([first, second], AcceptableRaceOutcome);
        Assert.Equal([0, ExitCodes.Conflict], new[] { first.ExitCode, second.ExitCode }.Order());
        var contents = await StoreContents.ReadAsync(connection);
        var stored = contents.Scenarios["race"].EventCount;
        Assert.Contains(stored, new[] { Events, Events + 1 });
        Assert.True(contents.HoldsComplete("race", stored, ChangeDates), $"the store holds {contents}");
        Assert.Equal((1, 1, stored), (contents.Records, contents.Streams, (int)contents.Events));
    }

    [Fact]
    public async Task Two_different_scenarios_replayed_at_once_are_both_stored_whole()
    {
        var connection = await postgres.CreateDatabaseAsync("different");
        var alpha = LargeScenario.Write(folder, "alpha", Events);
        var beta = LargeScenario.Write(folder, "beta", Events + 1);

        var (first, second) = await RaceAsync(connection, alpha, beta);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        var contents = await StoreContents.ReadAsync(connection);
        Assert.True(contents.HoldsComplete("alpha", Events, ChangeDates), $"the store holds {contents}");
        Assert.True(contents.HoldsComplete("beta", Events + 1, ChangeDates), $"the store holds {contents}");
        Assert.Equal((2, 2, Events + Events + 1), (contents.Records, contents.Streams, (int)contents.Events));

        var state = await CliProcess.RunAsync(FaultCollection.Environment(connection), "state", "--scenario", "beta", "--at", "2021-12-31", "--format", "json");
        Assert.True(state.ExitCode == 0, state.Error);
        Assert.Contains("Afghan Taliban", state.Output, StringComparison.Ordinal);
    }

    /// <summary>The loser of a race either waited and found the same file stored, or failed with the plain conflict line.</summary>
    private static void AcceptableRaceOutcome(CliResult result)
    {
        if (result.ExitCode == ExitCodes.Conflict)
        {
            Assert.Equal(ConflictMessage, result.Error.Trim());
            return;
        }

        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}: {result.Error}");
    }

    /// <summary>Starts both replays, waits until both are held mid-transaction, then lets them finish.</summary>
    private static async Task<(CliResult First, CliResult Second)> RaceAsync(string connection, string firstFile, string secondFile)
    {
        var environment = FaultCollection.Environment(connection);
        await using var gate = await ReplayGate.CloseAsync(connection);
        using var first = CliProcess.Start(environment, "replay", firstFile);
        using var second = CliProcess.Start(environment, "replay", secondFile);
        await gate.WaitForHeldReplaysAsync(2, () => first.Ended() ?? second.Ended());

        await gate.OpenAsync();
        return (await first.WaitForExitAsync(), await second.WaitForExitAsync());
    }
}
