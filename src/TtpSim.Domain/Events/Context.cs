using System.Collections.Immutable;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Events;

/// <summary>
/// Past deals counted as the sources count them ("at least nine ... none held"): an aggregate that
/// gives the model its base rates, dated by the end of the period it covers.
/// </summary>
public sealed record PeaceDealsSigned(
    EventMeta Meta,
    ImmutableArray<ActorRef> Between,
    Estimate Count,
    HistoricalDate PeriodFrom,
    HistoricalDate PeriodTo,
    Estimate Held,
    string Outcome) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.SignFormalAgreement;
}
