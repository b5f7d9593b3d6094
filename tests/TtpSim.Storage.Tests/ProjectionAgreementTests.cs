using Marten;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using TtpSim.Storage.Projections;
using TtpSim.Storage.Replay;
using TtpSim.Testing;

namespace TtpSim.Storage.Tests;

/// <summary>The Marten projection, the live fold over stored events and the pure fold must agree on every date where something changed.</summary>
[Collection(PostgresCollection.Name)]
public class ProjectionAgreementTests(PostgresFixture postgres) : StoreTestBase(postgres)
{
    private static IEnumerable<DateOnly> DatesToCheck(IEnumerable<NegotiationEvent> events) =>
        Timeline.ChangePoints(events).Select(p => p.Date)
            .SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) })
            .Distinct()
            .Order();

    private async Task AssertAllAgreeAsync(string scenario, IReadOnlyList<NegotiationEvent>? events = null)
    {
        events ??= Baseline.Events;
        var disagreements = new List<string>();
        foreach (var date in DatesToCheck(events))
        {
            var pure = SnapshotJson.Serialize(Timeline.StateAt(events, date));
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
    public async Task They_agree_between_points_of_a_history_longer_than_the_events_between_points()
    {
        // Six copies of the baseline, two years apart: several points, each with events stored after it to fold.
        var events = Enumerable.Range(0, 6)
            .SelectMany(copy => Baseline.Events.Select(e => e with
            {
                Meta = e.Meta with
                {
                    Id = $"{e.Meta.Id}-copy-{copy}",
                    Occurred = new HistoricalDate(e.Meta.Occurred.Start.AddYears(2 * copy), e.Meta.Occurred.Precision),
                    KnownFrom = e.Meta.KnownFrom.AddYears(2 * copy),
                },
            }))
            .ToList();
        Assert.True(events.Count > 3 * StateTimelineProjection.EventsBetweenPoints);
        await Scenarios.ReplayAsync(Reordered(Baseline, "baseline-six-times", events));

        var points = await ChangePointsAsync(ScenarioRecord.StreamKeyFor("baseline-six-times", (await Scenarios.FindAsync("baseline-six-times"))!.Fingerprint));
        // Fewer points than dates: reads between them fold the events stored after a point.
        Assert.InRange(points.Count, 3, Timeline.ChangePoints(events).Count() - 20);
        await AssertAllAgreeAsync("baseline-six-times", events);
    }

    [Theory]
    [InlineData("in historical order", false)]
    [InlineData("shuffled", true)]
    public async Task Change_points_are_the_pure_folds_when_a_stream_grows_in_batches(string order, bool shuffle)
    {
        // Batches in historical order carry on from the latest change point; a shuffled batch reaches back
        // before it and makes the projection recompute the stream. Both must give the pure fold's points.
        var events = shuffle
            ? Baseline.Events.OrderBy(e => e.Meta.Id.GetHashCode(StringComparison.Ordinal) ^ 0x5f3759df).ToList()
            : Timeline.InHistoricalOrder(Baseline.Events);
        var streamKey = $"batches-{order.Replace(' ', '-')}";
        await AppendThroughMartenAsync(streamKey, events, batchSize: 25);

        Assert.NotEmpty(await ChangePointsAsync(streamKey));
        await AssertAllAgreeAsync(streamKey);
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

    private async Task<List<string>> ChangePointsAsync(string? streamKey = null)
    {
        await using var session = Store.QuerySession();
        var points = await session.Query<StateChangePoint>()
            .Where(p => streamKey == null || p.StreamKey == streamKey)
            .OrderBy(p => p.Id)
            .ToListAsync();
        return [.. points.Select(p => $"{p.Id} {SnapshotJson.Serialize(p.State)}")];
    }
}
