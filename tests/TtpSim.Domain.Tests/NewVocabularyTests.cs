using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;
using static TtpSim.Domain.Tests.History;

namespace TtpSim.Domain.Tests;

/// <summary>
/// The types that let a source be coded no stronger than it speaks each land where a reader looks for
/// them, and none of them is taken for the stronger act it is not.
/// </summary>
public sealed class NewVocabularyTests
{
    private static readonly ActorRef Elders = new("mehsud-elders", "Mehsud elders", ActorKind.Tribal, []);

    private static NegotiationState Fold(params NegotiationEvent[] events) => Timeline.StateAt(events, new DateOnly(2030, 1, 1));

    private static TalksOpened Talks() => new(Meta("talks", "2021-10-01"), [Government, Ttp], "Kabul", Secret: false);

    [Fact]
    public void A_hint_of_amnesty_is_a_signal_not_an_offer_and_meets_no_demand()
    {
        var demand = new DemandTabled(Meta("ask", "2021-08-01"), "amnesty", Ttp, Government, DemandSubject.Amnesty, "an amnesty");
        var hint = new ConcessionSignalled(Meta("hint", "2021-09"), Government, Ttp, DemandSubject.Amnesty, "the possibility of amnesty");

        var state = Fold(demand, hint);

        Assert.Equal(["hint"], state.Signals.Latest.Select(s => s.EventId));
        Assert.Empty(state.AmnestyOffers.Latest);
        Assert.Equal(DemandStatus.Tabled, state.FindDemand("amnesty")!.Status);
        Assert.Equal("014", hint.Cameo!.Code);
        Assert.Null(hint.Plover(EventLookup.Empty));
    }

    [Fact]
    public void Talks_put_on_the_back_burner_are_stalled_not_suspended_and_a_round_lifts_the_stall()
    {
        var stalled = new TalksStalled(Meta("stall", "2022-03-10"), Government, "back burner");
        var round = new TalksRoundHeld(Meta("round", "2022-05-13"), "Kabul", []);

        Assert.Equal(TalksStatus.Stalled, Fold(Talks(), stalled).Talks.Status);
        Assert.Equal(TalksStatus.Open, Fold(Talks(), stalled, round).Talks.Status);
    }

    [Fact]
    public void An_emissary_for_one_side_is_not_a_mediator()
    {
        var state = Fold(Talks(), new EmissarySent(Meta("elders", "2022-05-13"), Government, Elders, AfghanTaliban, "spoke for the government"));

        Assert.Empty(state.Talks.Mediators);
        Assert.Equal("mehsud-elders", Assert.Single(state.Talks.Emissaries.Latest).Emissary.Id);
    }

    [Fact]
    public void A_non_denial_is_not_a_denial()
    {
        var state = Fold(Talks(), new TalksNeitherConfirmedNorDenied(Meta("ambassador", "2021-11-02"), Government, "knew of no talks"));

        Assert.Empty(state.Talks.Denials.Latest);
        Assert.Single(state.Talks.NonDenials.Latest);
    }

    [Fact]
    public void Takeovers_mergers_and_expulsions_are_context_and_an_aggregate_is_no_attack()
    {
        var state = Fold(
            new ControlChanged(Meta("kabul", "2021-08"), AfghanTaliban, "Kabul", "takes power"),
            new FactionsMerged(Meta("merge", "2020"), Ttp, ["Jamaat-ul-Ahrar"], "rejoin"),
            new ExpulsionReported(Meta("pushed", "2022-03"), AfghanTaliban, Ttp, "Afghanistan", "being pushed out"),
            new CasualtiesReported(Meta("killed", "2022-04"), Estimate.Single(100, "004"), Estimate.Unknown, "security forces",
                HistoricalDate.InMonth(2022, 1), HistoricalDate.InMonth(2022, 4), null, "a military statement"));

        Assert.Equal(["merge", "kabul", "pushed"], state.Context.Latest.Select(c => c.EventId));
        Assert.Equal(100, Assert.Single(state.CasualtyReports.Latest).Killed.Low);
        Assert.Equal(0, state.Attacks.Total);
    }
}
