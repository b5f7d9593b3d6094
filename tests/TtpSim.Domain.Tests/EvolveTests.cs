using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;
using static TtpSim.Domain.Tests.History;

namespace TtpSim.Domain.Tests;

public class EvolveTests
{
    private static readonly DateOnly Nov8 = new(2021, 11, 8);
    private static readonly DateOnly Nov20 = new(2021, 11, 20);
    private static readonly DateOnly Dec9 = new(2021, 12, 9);

    [Fact]
    public void A_ceasefire_is_in_force_from_its_first_day_to_its_recorded_end()
    {
        var events = Of(Ceasefire("nov", "2021-11-09", "2021-12-09"), Ended("nov", "2021-12-09"));

        Assert.Empty(Timeline.StateAt(events, Nov8).Ceasefires);
        Assert.True(Timeline.StateAt(events, Nov20).Ceasefires.Single().InForceOn(Nov20));
        var after = Timeline.StateAt(events, Dec9).Ceasefires.Single();
        Assert.False(after.InForceOn(Dec9));
        Assert.Equal(CeasefireEnding.NotExtended, after.How);
    }

    [Fact]
    public void A_ceasefire_with_no_recorded_end_lapses_after_its_scheduled_last_day()
    {
        var events = Of(Ceasefire("gb", "2021-10-01", "2021-10-20", GulBahadur));
        var ceasefire = Timeline.StateAt(events, new DateOnly(2021, 10, 21)).Ceasefires.Single();

        Assert.True(ceasefire.InForceOn(new DateOnly(2021, 10, 20)));
        Assert.False(ceasefire.InForceOn(new DateOnly(2021, 10, 21)));
        Assert.True(ceasefire.LapsedBy(new DateOnly(2021, 10, 21)));
    }

    [Fact]
    public void An_attack_falls_inside_a_ceasefire_only_when_the_ceasefire_covers_its_perpetrator()
    {
        var events = Of(
            Ceasefire("gb", "2021-10-01", "2021-10-20", GulBahadur),
            Ceasefire("ttp", "2021-11-09", "2021-12-09"),
            Attack("ttp-in-faction-truce", "2021-10-05", Ttp, 3),
            Attack("faction-in-ttp-truce", "2021-11-15", GulBahadur, 1),
            Attack("iskp-in-ttp-truce", "2021-11-16", Iskp, 2),
            Attack("ttp-after-truce", "2021-12-12", Ttp, 1));

        var attacks = Timeline.StateAt(events, new DateOnly(2022, 1, 1)).Attacks.Latest.ToDictionary(a => a.EventId, a => a.InsideCeasefire);

        Assert.Null(attacks["ttp-in-faction-truce"]);
        Assert.Equal("ttp", attacks["faction-in-ttp-truce"]);
        Assert.Null(attacks["iskp-in-ttp-truce"]);
        Assert.Null(attacks["ttp-after-truce"]);
    }

    [Fact]
    public void Disputed_figures_are_kept_per_source_and_summarised_as_low_and_high()
    {
        var aps = Attack("aps", "2014-12", Ttp, 147, 149, 148);
        var fatalities = Timeline.StateAt(Of(aps), new DateOnly(2015, 1, 1)).Attacks.Latest.Single().Fatalities;

        Assert.Equal(3, fatalities.Reports.Length);
        Assert.Equal(147, fatalities.Low);
        Assert.Equal(149, fatalities.High);
        Assert.True(fatalities.SourcesDisagree);
    }

    [Fact]
    public void More_than_65_allows_no_fewer_than_66()
    {
        var estimate = Estimate.Single(65, "001", FigureBound.MoreThan);

        Assert.Equal(66, estimate.Low);
        Assert.Equal(66, estimate.High);
    }

    [Fact]
    public void Batches_add_up_and_a_cumulative_report_sets_a_floor_without_being_added_twice()
    {
        var events = Of(
            Released("by-february", "2022-02", ReleaseBasis.Cumulative, 100),
            Released("may-deal", "2022-05-18", ReleaseBasis.Batch, 30, 100));

        var february = Timeline.StateAt(events, new DateOnly(2022, 3, 1)).Prisoners;
        var may = Timeline.StateAt(events, new DateOnly(2022, 5, 20)).Prisoners;

        Assert.Equal((100, 100), (february.TotalLow(), february.TotalHigh()));
        Assert.Equal((100, 100), (may.TotalLow(), may.TotalHigh()));
        Assert.Equal(2, may.Releases.Total);
    }

    [Fact]
    public void Talks_move_from_secret_to_open_to_suspended_to_resumed()
    {
        var events = Of(
            new TalksOpened(Meta("secret", "2021-10-15"), [Government, Ttp], "Afghanistan", Secret: true),
            new TalksAcknowledged(Meta("confirmed", "2021-11-08"), Government, "confirmed"),
            new TalksSuspended(Meta("suspended", "2021-12-09"), Ttp, "truce not extended"),
            new TalksResumed(Meta("resumed", "2022-02"), null));

        TalksStatus At(string day) => Timeline.StateAt(events, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Talks.Status;

        Assert.Equal(TalksStatus.None, At("2021-10-01"));
        Assert.Equal(TalksStatus.Secret, At("2021-10-20"));
        Assert.Equal(TalksStatus.Open, At("2021-11-20"));
        Assert.Equal(TalksStatus.Suspended, At("2021-12-20"));
        Assert.Equal(TalksStatus.Resumed, At("2022-02-01"));
    }

    [Fact]
    public void What_the_public_knew_leaves_out_events_reported_later()
    {
        var mediation = new MediatorEngaged(Meta("haqqani", "2021-10-20", known: "2021-11-08"), AfghanTaliban, [Government, Ttp], "mediator");
        var day = new DateOnly(2021, 11, 1);

        Assert.Empty(Timeline.StateAt([mediation], day, knownAsOf: day).Talks.Mediators);
        Assert.Single(Timeline.StateAt([mediation], day, knownAsOf: new DateOnly(2021, 11, 30)).Talks.Mediators);
        Assert.Single(Timeline.StateAt([mediation], day).Talks.Mediators);
    }
}
