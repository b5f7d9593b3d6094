using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Rules;
using TtpSim.Domain.State;
using static TtpSim.Domain.Tests.History;

namespace TtpSim.Domain.Tests;

/// <summary>The rules infer consequences through the decider, and every inferred event names its rule and its grounds.</summary>
public class RuleTests
{
    private static List<NegotiationEvent> DerivedFrom(params NegotiationEvent[] recorded)
    {
        var (derived, _, refusal) = Chronicle.Tell(recorded);
        Assert.Null(refusal);
        return [.. derived];
    }

    [Fact]
    public void A_ceasefire_lapses_the_day_after_its_scheduled_end_unless_extended_or_ended()
    {
        var lapse = Assert.IsType<CeasefireEnded>(Assert.Single(DerivedFrom(Ceasefire("gb", "2021-10-01", "2021-10-20", GulBahadur))));

        Assert.Equal(CeasefireEnding.Expired, lapse.How);
        Assert.Equal(new DateOnly(2021, 10, 21), lapse.Meta.Occurred.Start);
        Assert.Equal(RuleNames.CeasefireLapses, lapse.Meta.DerivedBy!.Rule);
        Assert.Equal(["declare-gb"], lapse.Meta.DerivedBy.From.ToArray());
        Assert.Empty(lapse.Meta.Sources);
    }

    [Fact]
    public void An_extension_moves_the_lapse_and_a_recorded_end_prevents_it()
    {
        var extended = DerivedFrom(
            Ceasefire("nov", "2021-11-09", "2021-12-09"),
            new CeasefireExtended(Meta("extend", "2021-12-09"), "nov", Ttp, new DateOnly(2022, 1, 9)));
        var ended = DerivedFrom(Ceasefire("nov", "2021-11-09", "2021-12-09"), Ended("nov", "2021-12-09"));

        Assert.Equal(new DateOnly(2022, 1, 10), Assert.Single(extended.OfType<CeasefireEnded>()).Meta.Occurred.Start);
        Assert.Empty(ended);
    }

    [Fact]
    public void An_attack_inside_a_ceasefire_that_binds_its_perpetrator_violates_it()
    {
        var derived = DerivedFrom(
            Ceasefire("nov", "2021-11-09", "2021-12-09"),
            Ended("nov", "2021-12-09"),
            Attack("inside", "2021-11-20", GulBahadur, 2),
            Attack("iskp", "2021-11-21", Iskp, 5),
            Attack("after", "2021-12-12", Ttp, 1));

        var violation = Assert.IsType<CeasefireViolated>(Assert.Single(derived));
        Assert.Equal(("nov", "ttp-hafiz-gul-bahadur"), (violation.CeasefireId, violation.By.Id));
        Assert.Equal(RuleNames.AttackViolatesCeasefire, violation.Meta.DerivedBy!.Rule);
        Assert.Equal(["inside"], violation.Meta.DerivedBy.From.ToArray());
    }

    [Fact]
    public void A_ceasefire_tied_to_a_demand_for_a_truce_meets_that_demand()
    {
        var demand = new DemandTabled(Meta("ask", "2021-10-15"), "truce", Government, Ttp, DemandSubject.NationwideTruce, "a nationwide truce");
        var ceasefire = Ceasefire("nov", "2021-11-09", null);

        var (derived, state, _) = Chronicle.Tell([demand, ceasefire with { Meta = ceasefire.Meta with { DependsOn = ["ask"] } }]);

        var met = Assert.IsType<DemandMet>(Assert.Single(derived));
        Assert.Equal(RuleNames.ConcessionMeetsDemand, met.Meta.DerivedBy!.Rule);
        Assert.Equal(DemandStatus.Met, state.FindDemand("truce")!.Status);
    }

    [Fact]
    public void A_release_tied_to_a_demand_for_releases_only_partly_meets_it()
    {
        var demand = new DemandTabled(Meta("ask", "2021-10-15"), "release", Ttp, Government, DemandSubject.PrisonerRelease, "release 100 fighters");
        var release = Released("some", "2022-02", ReleaseBasis.Cumulative, 100);

        var (_, state, _) = Chronicle.Tell([demand, release with { Meta = release.Meta with { DependsOn = ["ask"] } }]);

        Assert.Equal(DemandStatus.PartlyMet, state.FindDemand("release")!.Status);
    }

    [Fact]
    public void A_release_that_no_source_ties_to_a_demand_answers_none()
    {
        var demand = new DemandTabled(Meta("ask", "2021-10-15"), "release", Ttp, Government, DemandSubject.PrisonerRelease, "release 100 fighters");

        var (derived, state, _) = Chronicle.Tell([demand, Released("some", "2022-02", ReleaseBasis.Cumulative, 100)]);

        Assert.Empty(derived);
        Assert.Equal(DemandStatus.Tabled, state.FindDemand("release")!.Status);
    }

    [Fact]
    public void An_alleged_attack_inside_a_ceasefire_infers_no_violation()
    {
        var attack = Attack("alleged", "2021-11-20", Ttp, 1);
        var alleged = attack with { Meta = attack.Meta with { Asserted = new Assertion(AssertionStatus.Alleged, Government) } };

        var (derived, _, _) = Chronicle.Tell([Ceasefire("nov", "2021-11-09", "2021-12-09"), alleged], until: new DateOnly(2021, 11, 30));

        Assert.Empty(derived);
    }

    [Fact]
    public void An_alleged_violation_is_listed_as_alleged_and_not_counted()
    {
        var violation = new CeasefireViolated(Meta("raids", "2021-11-20"), "nov", Government, "raids") with { };
        var alleged = violation with { Meta = violation.Meta with { Asserted = new Assertion(AssertionStatus.Alleged, Ttp) } };

        var (_, state, _) = Chronicle.Tell([Ceasefire("nov", "2021-11-09", "2021-12-09"), alleged], until: new DateOnly(2021, 11, 30));

        var ceasefire = state.FindCeasefire("nov")!;
        Assert.Equal(0, ceasefire.Violations.Total);
        Assert.Equal(["raids"], ceasefire.Allegations.Latest.AsEnumerable());
        Assert.StartsWith("Government of Pakistan accused of violating ceasefire nov by TTP", alleged.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_decider_returns_the_recorded_event_first_then_its_consequences()
    {
        var state = NegotiationDecider.Evolve(NegotiationDecider.Initial, Ceasefire("nov", "2021-11-09", "2021-12-09"));
        var attack = Attack("inside", "2021-11-20", Ttp, 1);

        var accepted = Assert.IsType<Decision.Accepted>(NegotiationDecider.Decide(new RecordEvent(attack), state));

        Assert.Same(attack, accepted.Events[0]);
        Assert.IsType<CeasefireViolated>(accepted.Events[1]);
    }

    [Fact]
    public void Ending_a_ceasefire_that_already_lapsed_is_refused_saying_it_lapsed()
    {
        var (_, _, refusal) = Chronicle.Tell([Ceasefire("gb", "2021-10-01", "2021-10-20", GulBahadur), Ended("gb", "2021-10-25")]);

        Assert.NotNull(refusal);
        Assert.Contains("lapsed", refusal.Reason.Reason, StringComparison.Ordinal);
    }
}
