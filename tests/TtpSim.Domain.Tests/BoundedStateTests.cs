using TtpSim.Domain.Events;
using TtpSim.Domain.State;
using static TtpSim.Domain.Tests.History;

namespace TtpSim.Domain.Tests;

/// <summary>
/// The state keeps the latest records and running totals, so its size stays the same however long the
/// history grows; these check that what it keeps still adds up to what every event says.
/// </summary>
public class BoundedStateTests
{
    private static readonly DateOnly Day0 = new(2021, 1, 1);

    [Fact]
    public void A_long_history_keeps_the_latest_records_and_counts_them_all()
    {
        var random = new Random(7);
        var events = new List<NegotiationEvent>();
        for (var i = 0; i < 1_200; i++)
        {
            var perpetrator = random.Next(3) switch { 0 => Ttp, 1 => GulBahadur, _ => Iskp };
            events.Add(Attack($"attack-{i}", Day(i / 4), perpetrator, random.Next(0, 5), random.Next(5, 9)));
        }

        var state = Fold(events);

        Assert.Equal(1_200, state.Attacks.Total);
        Assert.Equal(RecentRecords.Kept, state.Attacks.Latest.Length);
        Assert.Equal(events.TakeLast(RecentRecords.Kept).Select(e => e.Meta.Id), state.Attacks.Latest.Select(a => a.EventId));
        var expected = events.Cast<AttackClaimed>()
            .GroupBy(a => a.Perpetrator.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Sum(a => a.Fatalities.Low ?? 0), g.Sum(a => a.Fatalities.High ?? 0)));
        Assert.Equal(expected, state.AttacksByPerpetrator.Select(t => (t.Perpetrator.Id, t.Attacks, t.FatalitiesLow, t.FatalitiesHigh)));
    }

    [Fact]
    public void An_open_ceasefire_is_kept_however_many_later_ones_end()
    {
        var events = new List<NegotiationEvent> { Ceasefire("open-ended", Day(0), null) };
        for (var i = 1; i <= 120; i++)
        {
            events.Add(Ceasefire($"truce-{i}", Day(i * 3), Day((i * 3) + 1), GulBahadur));
            events.Add(Ended($"truce-{i}", Day((i * 3) + 1)));
        }

        events.Add(Attack("late-attack", Day(400), Ttp, 1));
        var state = Fold(events);

        Assert.Equal(121, state.CeasefiresDeclared);
        Assert.Equal(RecentRecords.Kept, state.Ceasefires.Count);
        var open = state.FindCeasefire("open-ended");
        Assert.NotNull(open);
        Assert.Equal(["late-attack"], open.AttacksInside.Latest.ToArray());
        Assert.Null(state.FindCeasefire("truce-1"));
        Assert.NotNull(state.FindCeasefire("truce-120"));
        Assert.Equal("open-ended", state.Attacks.Latest.Single().InsideCeasefire);
    }

    [Fact]
    public void Prisoner_totals_run_over_every_release_not_only_the_kept_ones()
    {
        var events = new List<NegotiationEvent>();
        for (var i = 0; i < 80; i++)
        {
            events.Add(Released($"batch-{i}", Day(i), ReleaseBasis.Batch, 2, 3));
        }

        events.Add(Released("tally", Day(90), ReleaseBasis.Cumulative, 150));
        var prisoners = Fold(events).Prisoners;

        Assert.Equal((160, 240), (prisoners.TotalLow(), prisoners.TotalHigh()));
        Assert.Equal(81, prisoners.Releases.Total);
        Assert.Equal(RecentRecords.Kept, prisoners.Releases.Latest.Length);
    }

    [Fact]
    public void The_state_serialises_to_the_same_size_after_ten_and_after_a_hundred_times_the_kept_records()
    {
        static int SizeAfter(int attacks) => System.Text.Json.JsonSerializer.Serialize(
            Fold(Enumerable.Range(0, attacks).Select(i => (NegotiationEvent)Attack($"attack-{i:D6}", Day(i % 300), Ttp, 1)))).Length;

        // Only the digits of the counts may differ.
        Assert.InRange(SizeAfter(RecentRecords.Kept * 100) - SizeAfter(RecentRecords.Kept * 10), 0, 8);
    }

    private static NegotiationState Fold(IEnumerable<NegotiationEvent> events) =>
        Timeline.InHistoricalOrder(events).Aggregate(NegotiationState.Initial, NegotiationFold.Evolve);

    private static string Day(int offset) => Day0.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
