using System.Collections.Immutable;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Events;

public sealed record Delegation(ActorRef Actor, string? LedBy, int? Size);

public sealed record TalksOpened(EventMeta Meta, ImmutableArray<ActorRef> Parties, string Venue, bool Secret) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.EngageInNegotiation;
}

/// <summary>A party publicly confirms that talks are taking place.</summary>
public sealed record TalksAcknowledged(EventMeta Meta, ActorRef By, string Description) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.EngageInNegotiation;
}

public sealed record TalksDenied(EventMeta Meta, ActorRef By, string Description) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.Reject;
}

public sealed record TalksRoundHeld(EventMeta Meta, string Venue, ImmutableArray<Delegation> Delegations) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.EngageInNegotiation;
}

public sealed record TalksSuspended(EventMeta Meta, ActorRef? By, string Reason) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.HaltNegotiations;
}

public sealed record TalksResumed(EventMeta Meta, string? Venue) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.EngageInNegotiation;
}

public sealed record MediatorEngaged(EventMeta Meta, ActorRef Mediator, ImmutableArray<ActorRef> Between, string? Role) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.Mediate;
}
