using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;
using static TtpSim.Domain.Tests.History;

namespace TtpSim.Domain.Tests;

public class DeciderTests
{
    private static NegotiationState After(params NegotiationEvent[] events) => events.Aggregate(NegotiationDecider.Initial, NegotiationDecider.Evolve);

    private static Decision.Rejected Refused(NegotiationEvent @event, NegotiationState state) =>
        Assert.IsType<Decision.Rejected>(NegotiationDecider.Decide(new RecordEvent(@event), state));

    [Fact]
    public void Accepts_a_well_formed_event_as_the_one_event_to_store()
    {
        var declared = Ceasefire("nov", "2021-11-09", "2021-12-09");

        var accepted = Assert.IsType<Decision.Accepted>(NegotiationDecider.Decide(new RecordEvent(declared), NegotiationDecider.Initial));

        Assert.Same(declared, Assert.Single(accepted.Events));
    }

    [Fact]
    public void Refuses_to_end_a_ceasefire_that_was_never_declared()
    {
        var refusal = Refused(Ended("nov", "2021-12-09"), NegotiationDecider.Initial);

        Assert.Equal("ceasefire", refusal.Field);
        Assert.Contains("not declared", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_to_end_a_ceasefire_twice()
    {
        var state = After(Ceasefire("nov", "2021-11-09", "2021-12-09"), Ended("nov", "2021-12-09"));

        Assert.Contains("already ended", Refused(Ended("nov", "2021-12-10"), state).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_ceasefire_that_ends_before_it_starts()
    {
        var refusal = Refused(Ceasefire("bad", "2021-11-09", "2021-11-01"), NegotiationDecider.Initial);

        Assert.Equal("scheduledEnd", refusal.Field);
    }

    [Fact]
    public void Refuses_to_meet_a_demand_nobody_tabled()
    {
        var refusal = Refused(new DemandMet(Meta("met", "2022-05-18"), "release-100", Government, null), NegotiationDecider.Initial);

        Assert.Equal("demand", refusal.Field);
    }
}
