using System.Collections.Immutable;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using TtpSim.Domain.Uncertainty;
using static TtpSim.Domain.Tests.History;

namespace TtpSim.Domain.Tests;

/// <summary>An event dated to a month or a range occupies that interval: inside it, the state says what it would be either way.</summary>
public class UncertainDatesTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static StateSnapshot At(ImmutableArray<NegotiationEvent> recorded, string day, string? knownAsOf = null)
    {
        var (derived, _, refusal) = Chronicle.Tell(recorded);
        Assert.Null(refusal);
        return SnapshotBuilder.FromHistory("s", [.. recorded, .. derived], Day(day), knownAsOf is null ? null : Day(knownAsOf));
    }

    private static TalksOpened Opened(string id, string date, bool secret = false) => new(Meta(id, date), [Government, Ttp], "Kabul", secret);

    private static TalksSuspended Suspended(string id, string date) => new(Meta(id, date), null, "talks break down");

    [Fact]
    public void A_month_dated_suspension_leaves_the_talks_open_or_suspended_until_the_month_ends()
    {
        var history = Of(Opened("opened", "2022-01-10"), Suspended("suspended", "2022-03"));

        var early = At(history, "2022-03-01");
        var late = At(history, "2022-03-31");

        Assert.Equal(TalksStatus.Unknown, early.Talks.Status);
        var open = Assert.Single(early.Uncertain, u => u.Path == "talks.status");
        Assert.Equal(["open", "suspended"], open.PossibleValues.Select(v => v!.GetValue<string>()));
        Assert.Equal(["suspended"], open.BecauseOf);
        Assert.Contains(early.Uncertain, u => u.Path == "events[suspended].happened");
        Assert.Equal(TalksStatus.Suspended, late.Talks.Status);
        Assert.DoesNotContain(late.Uncertain, u => u.Path == "talks.status");
        Assert.Equal(TalksStatus.Open, At(history, "2022-02-28").Talks.Status);
    }

    [Fact]
    public void Secret_talks_dated_to_a_month_before_an_acknowledgement_that_presupposes_them_are_secret_until_it()
    {
        var secret = Opened("secret", "2021-10", secret: true);
        var acknowledged = new TalksAcknowledged(Meta("acknowledged", "2021-10-20") with { DependsOn = ["secret"] }, Government, "confirms talks");
        var history = Of(acknowledged, secret);

        var before = At(history, "2021-10-15");
        var after = At(history, "2021-10-25");

        Assert.Equal(["none", "secret"], Assert.Single(before.Uncertain, u => u.Path == "talks.status").PossibleValues.Select(v => v!.GetValue<string>()));
        Assert.Equal(TalksStatus.Open, after.Talks.Status);
        Assert.DoesNotContain(after.Uncertain, u => u.Path == "talks.status");
    }

    [Fact]
    public void Without_a_stated_order_two_overlapping_moves_stay_uncertain_after_both_intervals()
    {
        var history = Of(Opened("opened", "2022-01-01"), Suspended("suspended", "2022-02"), new TalksResumed(Meta("resumed", "2022-02-01/2022-02-28"), null));

        var after = At(history, "2022-04-01");

        // Resumption before suspension is refused by the decider, so the only admissible order is suspended, then resumed.
        Assert.Equal(TalksStatus.Resumed, after.Talks.Status);
        Assert.Empty(after.Uncertain);
    }

    [Fact]
    public void A_truce_meets_a_demand_for_a_truce_only_while_it_is_in_force()
    {
        var demand = new DemandTabled(Meta("truce-demand", "2021-10-25"), "truce", Government, Ttp, DemandSubject.NationwideTruce, "a nationwide truce");
        var truce = Ceasefire("nov", "2021-11-09", "2021-12-09") with { Meta = Meta("declare-nov", "2021-11-09") with { DependsOn = ["truce-demand"] } };
        var history = Of(demand, truce);

        Assert.Equal(DemandStatus.Met, Assert.Single(At(history, "2021-11-20").Demands).Status);
        var after = Assert.Single(At(history, "2021-12-15").Demands);
        Assert.Equal(DemandStatus.Tabled, after.Status);
        Assert.Equal("2021-12-10", after.StatusSince);
        Assert.Contains("met while ceasefire nov was in force", after.Note);
    }

    [Fact]
    public void A_prepared_history_reads_a_demand_met_by_a_truce_again_once_the_truce_lapses()
    {
        var demand = new DemandTabled(Meta("truce-demand", "2021-10-25"), "truce", Government, Ttp, DemandSubject.NationwideTruce, "a nationwide truce");
        var truce = Ceasefire("nov", "2021-11-09", "2021-12-09") with { Meta = Meta("declare-nov", "2021-11-09") with { DependsOn = ["truce-demand"] } };
        var history = Of(demand, truce);
        var prepared = new PreparedUncertainty(history, Horizon.OfHistory(history));
        var path = StatusPaths.Demand("truce");

        // The same events, all ended by both dates: only the truce's lapse in between tells the two readings apart.
        var whileInForce = prepared.On(Day("2021-11-20"), null).Settled[path];
        var afterTheLapse = prepared.On(Day("2021-12-15"), null).Settled[path];

        Assert.Equal(DateUncertainty.On(history, Day("2021-11-20"), null).Settled[path], whileInForce);
        Assert.Equal(DateUncertainty.On(history, Day("2021-12-15"), null).Settled[path], afterTheLapse);
        Assert.Equal(("met", "tabled"), (whileInForce, afterTheLapse));
    }

    [Fact]
    public void Past_the_horizon_a_demand_met_by_a_truce_still_in_force_is_unknown()
    {
        var source = new SourceCitation("004.txt", "An outlet", "A title", HistoricalDate.OnDay(Day("2022-05-19")), "a quote");
        var demand = new DemandTabled(Meta("truce-demand", "2022-05-01") with { Sources = [source] }, "truce", Government, Ttp, DemandSubject.NationwideTruce, "a truce");
        var truce = Ceasefire("may", "2022-05-18", "2022-05-30") with { Meta = Meta("declare-may", "2022-05-18") with { DependsOn = ["truce-demand"], Sources = [source] } };

        var snapshot = At(Of(demand, truce), "2022-06-15");

        Assert.Null(snapshot.Ceasefire.Active);
        Assert.Equal(DemandStatus.Unknown, Assert.Single(snapshot.Demands).Status);
    }

    [Fact]
    public void A_month_known_item_counts_from_the_months_last_day_and_its_knowledge_is_uncertain_before()
    {
        var suspended = Suspended("suspended", "2021-11-05") with { Meta = Meta("suspended", "2021-11-05", known: "2021-11-30") with { KnownEarliest = Day("2021-11-01") } };
        var history = Of(Opened("opened", "2021-10-01"), suspended);

        var midMonth = At(history, "2021-12-01", knownAsOf: "2021-11-15");
        var monthEnd = At(history, "2021-12-01", knownAsOf: "2021-11-30");

        Assert.Equal(TalksStatus.Unknown, midMonth.Talks.Status);
        Assert.Equal(["open", "suspended"], Assert.Single(midMonth.Uncertain, u => u.Path == "talks.status").PossibleValues.Select(v => v!.GetValue<string>()));
        Assert.Contains(midMonth.Uncertain, u => u.Path == "events[suspended].known");
        Assert.Equal(TalksStatus.Suspended, monthEnd.Talks.Status);
        Assert.Empty(monthEnd.Uncertain);
    }

    [Fact]
    public void Nothing_is_uncertain_in_a_history_of_days()
    {
        var snapshot = At(Of(Opened("opened", "2022-01-10"), Suspended("suspended", "2022-03-05")), "2022-03-05");

        Assert.Equal(TalksStatus.Suspended, snapshot.Talks.Status);
        Assert.Empty(snapshot.Uncertain);
    }
}
