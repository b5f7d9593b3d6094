using TtpSim.Domain.Events;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using static TtpSim.Domain.Tests.History;

namespace TtpSim.Domain.Tests;

public class TimelineTests
{
    private static readonly NegotiationEvent[] Sequence =
    [
        Ceasefire("gb", "2021-10-01", "2021-10-20", GulBahadur),
        Ceasefire("nov", "2021-11-09", "2021-12-09"),
        Attack("polio", "2021-12-12", Ttp, 1),
        Released("feb", "2022-02", Events.ReleaseBasis.Cumulative, 100),
        Ended("nov", "2021-12-09"),
        Attack("in-truce", "2021-11-15", GulBahadur, 2),
    ];

    [Fact]
    public void The_state_does_not_depend_on_the_order_events_were_stored_in()
    {
        var day = new DateOnly(2022, 3, 1);
        var expected = SnapshotJson.Serialize(Timeline.StateAt(Sequence, day));
        var random = new Random(20211109);

        for (var i = 0; i < 50; i++)
        {
            var shuffled = Sequence.OrderBy(_ => random.Next()).ToList();
            Assert.Equal(expected, SnapshotJson.Serialize(Timeline.StateAt(shuffled, day)));
        }
    }

    [Fact]
    public void Each_change_point_is_the_state_on_its_date_and_holds_until_the_next()
    {
        var points = Timeline.ChangePoints(Sequence).ToList();

        Assert.Equal(points.Select(p => p.Date).Distinct().Count(), points.Count);
        Assert.True(points.Select(p => p.Date).SequenceEqual(points.Select(p => p.Date).Order()));
        foreach (var (date, state) in points)
        {
            Assert.Equal(SnapshotJson.Serialize(Timeline.StateAt(Sequence, date)), SnapshotJson.Serialize(state));
            Assert.Equal(SnapshotJson.Serialize(Timeline.StateAt(Sequence, date.AddDays(-1))), SnapshotJson.Serialize(points.LastOrDefault(p => p.Date < date).State ?? NegotiationState.Initial));
        }
    }
}
