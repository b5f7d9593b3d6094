using TtpSim.Testing;

namespace TtpSim.Cli.Tests;

/// <summary>
/// A replay is one transaction: when PostgreSQL or ttpsim itself dies in the middle of one, the scenario
/// is afterwards absent (never partly there), and replaying the file again completes it.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class CrashDuringReplayTests(PrivateServerFixture postgres) : IDisposable
{
    private const string Scenario = "large";
    private const int ChangeDates = 365;

    private readonly string folder = FaultCollection.NewFolder();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Postgres_stopped_hard_mid_replay_fails_in_one_line_leaves_nothing_and_the_next_replay_completes()
    {
        var connection = await postgres.CreateDatabaseAsync("pgcrash");
        var file = LargeScenario.Write(folder, Scenario);
        var environment = FaultCollection.Environment(connection);

        await using (var gate = await ReplayGate.CloseAsync(connection))
        {
            using var replay = CliProcess.Start(environment, "replay", file);
            await gate.WaitForHeldReplaysAsync(1, replay.Ended);

            await postgres.Server.StopAsync(immediate: true);
            var failed = await replay.WaitForExitAsync();

            Assert.Equal(ExitCodes.DatabaseUnavailable, failed.ExitCode);
            CliAssert.OnePlainLine(failed.Error, postgres.Server.Password);
            Assert.Matches("connection to the database was lost|database server shut down", failed.Error);
        }

        await postgres.Server.RestartAsync(durable: false);
        var afterCrash = await StoreContents.ReadAsync(connection);
        Assert.True(afterCrash.IsEmpty, $"after the crash the store holds {afterCrash}");

        await ReplayAgainAndAssertCompleteAsync(environment, file, connection);
    }

    [Fact]
    public async Task Ttpsim_killed_mid_replay_leaves_nothing_and_the_next_replay_completes()
    {
        var connection = await postgres.CreateDatabaseAsync("killed");
        var file = LargeScenario.Write(folder, Scenario);
        var environment = FaultCollection.Environment(connection);

        await using (var gate = await ReplayGate.CloseAsync(connection))
        {
            using var replay = CliProcess.Start(environment, "replay", file);
            await gate.WaitForHeldReplaysAsync(1, replay.Ended);

            replay.KillHard();
            await replay.WaitForExitAsync();

            // Let the orphaned transaction run on to where it needs its client again, as it would once
            // the lock it waited for is free; it must then roll back, not commit.
            await gate.OpenAsync();
        }

        await ServerSessions.WaitUntilOnlyThisOneAsync(connection);
        var afterKill = await StoreContents.ReadAsync(connection);
        Assert.True(afterKill.IsEmpty, $"after the kill the store holds {afterKill}");

        await ReplayAgainAndAssertCompleteAsync(environment, file, connection);
    }

    private static async Task ReplayAgainAndAssertCompleteAsync(Dictionary<string, string?> environment, string file, string connection)
    {
        var again = await CliProcess.RunAsync(environment, "replay", file);

        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains($"{Scenario}: appended {LargeScenario.DefaultEvents} events", again.Output, StringComparison.Ordinal);
        var contents = await StoreContents.ReadAsync(connection);
        Assert.True(contents.HoldsComplete(Scenario, LargeScenario.DefaultEvents, ChangeDates), $"after replaying again the store holds {contents}");
        Assert.Equal(1, contents.Streams);
    }
}
