using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Events;

public enum CeasefireKind
{
    Unilateral,
    Agreed,
}

public enum CeasefireEnding
{
    Expired,
    NotExtended,
    CalledOff,
    BrokeDown,
}

/// <summary>
/// A ceasefire starts on the event's date; <paramref name="ScheduledEnd"/> is its last day in force.
/// <paramref name="By"/> declared it; it was named DeclaredBy until every event's actor became By (the
/// store reads events saved under the old name through an upcaster).
/// </summary>
public sealed record CeasefireDeclared(
    EventMeta Meta,
    string CeasefireId,
    ActorRef By,
    ActorRef Scope,
    CeasefireKind Kind,
    DateOnly? ScheduledEnd) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.DeclareTruce;
}

public sealed record CeasefireExtended(EventMeta Meta, string CeasefireId, ActorRef By, DateOnly ScheduledEnd) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.DeclareTruce;
}

/// <summary>The ceasefire is no longer in force from the event's date on.</summary>
public sealed record CeasefireEnded(EventMeta Meta, string CeasefireId, ActorRef? By, CeasefireEnding How, string? Reason) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.ReduceRelations;
}

public sealed record CeasefireViolated(EventMeta Meta, string CeasefireId, ActorRef By, string Description) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.ViolateCeasefire;
}
