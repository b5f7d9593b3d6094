using System.Collections.Immutable;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Events;

/// <summary>Whether a release figure counts one batch or everyone released so far.</summary>
public enum ReleaseBasis
{
    Batch,
    Cumulative,
}

/// <summary>A release; <paramref name="Count"/> keeps each source's figure, and may be unknown.</summary>
public sealed record PrisonersReleased(EventMeta Meta, ActorRef By, Estimate Count, ReleaseBasis Basis, string? Who) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.ReleasePersons;
}

public sealed record PrisonersHandedOver(EventMeta Meta, ActorRef By, ActorRef To, ImmutableArray<string> Names) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.ReleasePersons;
}

public sealed record PrisonersWithheld(EventMeta Meta, ActorRef By, Estimate Count, string Reason) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.RefuseToReleasePersons;
}
