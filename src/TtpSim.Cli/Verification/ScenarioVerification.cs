using System.Text.Json.Nodes;
using TtpSim.Domain.Comparison;
using TtpSim.Domain.Snapshots;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Replay;

namespace TtpSim.Cli.Verification;

internal enum DayOutcome
{
    Matches,
    Differs,
    Missing,

    /// <summary>An accepted snapshot for a day verify no longer pins (its history moved); accepting removes it.</summary>
    NoLongerPinned,
}

/// <summary>One day of one scenario: the state verify computed (as <c>state --format json</c> prints it) against the accepted one.</summary>
internal sealed record DayCheck(DateOnly Day, DayOutcome Outcome, string? Computed, IReadOnlyList<Difference> Differences);

internal sealed record ScenarioCheck(Scenario Scenario, IReadOnlyList<DayCheck> Days)
{
    public bool Passes => Days.All(d => d.Outcome == DayOutcome.Matches);
}

/// <summary>What <c>--accept</c> did to one scenario's snapshots.</summary>
internal sealed record Acceptance(int Days, int Changed, int Added, int Removed);

/// <summary>
/// Verifies one scenario: its state on each pinned day, computed in the scratch store, against the file
/// accepted for that day. Records the result: a received file beside each snapshot that differs or is
/// missing, and none beside one that matches; or, when accepting, the computed states as the snapshots.
/// </summary>
internal sealed class ScenarioVerification(SnapshotFolder folder)
{
    public async Task<ScenarioCheck> CheckAsync(
        Scenario scenario,
        Scenario? baseScenario,
        IReadOnlyDictionary<DateOnly, AcceptedSnapshot> accepted,
        ScenarioRepository store,
        CancellationToken cancellation)
    {
        var days = await PinnedDays.ForAsync(scenario, baseScenario, store, cancellation);
        var checks = new List<DayCheck>();
        foreach (var day in days)
        {
            var snapshot = await store.SnapshotAtAsync(scenario.Name, day, knownAsOf: null, cancellation);
            var computed = Text(snapshot);
            checks.Add(accepted.GetValueOrDefault(day) switch
            {
                null => new DayCheck(day, DayOutcome.Missing, computed, []),
                var file when SameText(file.Text, computed) => new DayCheck(day, DayOutcome.Matches, computed, []),
                var file => new DayCheck(day, DayOutcome.Differs, computed, SnapshotDiff.Between(file.Json, JsonNode.Parse(computed))),
            });
        }

        checks.AddRange(accepted.Keys.Except(days).Select(day => new DayCheck(day, DayOutcome.NoLongerPinned, null, [])));
        return new ScenarioCheck(scenario, [.. checks.OrderBy(c => c.Day)]);
    }

    /// <summary>The bytes <c>./ttpsim state --format json</c> prints for the same day, trailing newline included.</summary>
    public static string Text(StateSnapshot snapshot) => SnapshotJson.Serialize(snapshot) + "\n";

    /// <summary>Line endings aside (a checkout may turn them into CRLF), the accepted text must be the computed one byte for byte.</summary>
    private static bool SameText(string accepted, string computed) =>
        string.Equals(accepted.ReplaceLineEndings("\n"), computed, StringComparison.Ordinal);

    /// <summary>Leaves a received file beside every snapshot that differs or is missing, and removes any left by an earlier run for the rest.</summary>
    public void RecordReceived(ScenarioCheck check, IReadOnlySet<DateOnly> receivedBefore)
    {
        var name = check.Scenario.Name;
        foreach (var day in check.Days)
        {
            if (day.Outcome is DayOutcome.Differs or DayOutcome.Missing)
            {
                SnapshotFolder.WriteWhole(folder.ReceivedFile(name, day.Day), day.Computed!);
            }
            else
            {
                File.Delete(folder.ReceivedFile(name, day.Day));
            }
        }

        foreach (var stale in receivedBefore.Except(check.Days.Select(d => d.Day)))
        {
            File.Delete(folder.ReceivedFile(name, stale));
        }
    }

    /// <summary>Makes the computed states the accepted snapshots: writes those that changed, removes days no longer pinned and every received file.</summary>
    public Acceptance Accept(ScenarioCheck check, IReadOnlySet<DateOnly> receivedBefore)
    {
        var name = check.Scenario.Name;
        int changed = 0, added = 0, removed = 0;
        foreach (var day in check.Days)
        {
            switch (day.Outcome)
            {
                case DayOutcome.Differs:
                    changed++;
                    SnapshotFolder.WriteWhole(folder.AcceptedFile(name, day.Day), day.Computed!);
                    break;
                case DayOutcome.Missing:
                    added++;
                    SnapshotFolder.WriteWhole(folder.AcceptedFile(name, day.Day), day.Computed!);
                    break;
                case DayOutcome.NoLongerPinned:
                    removed++;
                    File.Delete(folder.AcceptedFile(name, day.Day));
                    break;
            }
        }

        foreach (var day in receivedBefore.Union(check.Days.Select(d => d.Day)))
        {
            File.Delete(folder.ReceivedFile(name, day));
        }

        return new Acceptance(check.Days.Count(d => d.Outcome != DayOutcome.NoLongerPinned), changed, added, removed);
    }
}
