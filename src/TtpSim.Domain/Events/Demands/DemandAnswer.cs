using TtpSim.Domain.Deciding;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>
/// What the three answers to a demand (met, partly met, rejected) share: the demand they answer, their
/// author, the other party found in the demand, and the check that the demand was tabled first.
/// </summary>
public abstract record DemandAnswer(EventMeta Meta, string DemandId, ActorRef By, string? Note) : NegotiationEvent(Meta)
{
    public override EventFamily Family() => EventFamily.Demands;

    public override EventDyad Dyad(EventLookup history) => new(By, history.Demand(DemandId)?.By);

    internal override Decision.Rejected? RefusedBy(NegotiationState state) =>
        !state.KnowsDemand(DemandId)
            ? new("demand", $"demand '{DemandId}' is not tabled on or before {Meta.Occurred}")
            : null;

    public override StatusScope Moves => StatusScope.Demands;

    internal NegotiationState Answer(NegotiationState state, DemandStatus status) => state.AnswerDemand(DemandId, status, this, Note);
}
