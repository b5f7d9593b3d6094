using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using TtpSim.Domain.Uncertainty;
using TtpSim.Testing;

namespace TtpSim.Scenarios.Tests;

/// <summary>Reading many statuses at once gives what reading each alone gives.</summary>
public sealed class StatusPathsTests
{
    [Fact]
    public void Every_path_read_together_reads_as_alone_on_every_change_of_every_shipped_scenario()
    {
        var read = 0;
        foreach (var scenario in ShippedScenarioFiles.Load())
        {
            foreach (var (date, state) in Timeline.ChangePoints(scenario.Events))
            {
                var snapshot = SnapshotBuilder.FromHistory(scenario.Name, scenario.Events, date, null);
                List<string> paths =
                [
                    StatusPaths.TalksStatus,
                    StatusPaths.CeasefireActive,
                    .. state.Ceasefires.Select(c => StatusPaths.Ceasefire(c.Id)),
                    .. state.Demands.Select(d => StatusPaths.Demand(d.Id)),
                    StatusPaths.Ceasefire("never-declared"),
                    StatusPaths.Demand("never-tabled"),
                ];

                Assert.Equal(paths.Select(p => StatusPaths.Read(snapshot, p)), StatusPaths.ReadAll(snapshot, paths));
                read += paths.Count(p => StatusPaths.Read(snapshot, p) is not null);
            }
        }

        Assert.True(read > 100, $"only {read} statuses had a value to compare");
    }
}
