using Marten;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using TtpSim.Storage.Projections;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>The Marten projection, the live fold over stored events and the pure fold must agree on every date where something changed.</summary>
[Collection(PostgresCollection.Name)]
public class ProjectionAgreementTests(PostgresFixture postgres) : StoreTestBase(postgres)
{
    private static IEnumerable<DateOnly> DatesToCheck() =>
        Timeline.ChangePoints(Baseline.Events).Select(p => p.Date)
            .SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) })
            .Distinct()
            .Order();

    private async Task AssertAllAgreeAsync(string scenario)
    {
        var disagreements = new List<string>();
        foreach (var date in DatesToCheck())
        {
            var pure = SnapshotJson.Serialize(Timeline.StateAt(Baseline.Events, date));
            var projected = SnapshotJson.Serialize(await Scenarios.ProjectedStateAtAsync(scenario, date));
            var live = SnapshotJson.Serialize(await Scenarios.LiveStateAtAsync(scenario, date, null));
            if (pure != projected || pure != live)
            {
                disagreements.Add($"{date:yyyy-MM-dd}: projected {(pure == projected ? "agrees" : "differs")}, live {(pure == live ? "agrees" : "differs")}");
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public async Task Projection_live_fold_and_pure_fold_agree_on_every_change_date()
    {
        await Scenarios.ReplayAsync(Baseline);

        await AssertAllAgreeAsync(Baseline.Name);
    }

    [Fact]
    public async Task They_agree_when_the_events_were_appended_in_shuffled_order()
    {
        var shuffled = Baseline.Events.OrderBy(e => e.Meta.Id.GetHashCode(StringComparison.Ordinal) ^ 0x5f3759df).ToList();
        Assert.NotEqual(Baseline.Events.Select(e => e.Meta.Id), shuffled.Select(e => e.Meta.Id));
        await Scenarios.ReplayAsync(Reordered(Baseline, "baseline-shuffled", shuffled));

        await AssertAllAgreeAsync("baseline-shuffled");
    }

    [Fact]
    public async Task Rebuilding_the_projection_from_stored_events_gives_the_same_change_points()
    {
        await Scenarios.ReplayAsync(Baseline);
        var before = await ChangePointsAsync();

        using (var daemon = await Store.BuildProjectionDaemonAsync())
        {
            await daemon.RebuildProjectionAsync(StateTimelineProjection.Name, TimeSpan.FromMinutes(2), CancellationToken.None);
        }

        var after = await ChangePointsAsync();
        Assert.NotEmpty(before);
        Assert.Equal(before, after);
        await AssertAllAgreeAsync(Baseline.Name);
    }

    private async Task<List<string>> ChangePointsAsync()
    {
        await using var session = Store.QuerySession();
        var points = await session.Query<StateChangePoint>().OrderBy(p => p.Id).ToListAsync();
        return [.. points.Select(p => $"{p.Id} {SnapshotJson.Serialize(p.State)}")];
    }
}
