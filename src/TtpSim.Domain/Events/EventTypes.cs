using System.Collections.Immutable;

namespace TtpSim.Domain.Events;

/// <summary>Every concrete event type, for the store to register and the loader to name.</summary>
public static class EventTypes
{
    public static readonly ImmutableArray<Type> All =
    [
        typeof(CeasefireDeclared), typeof(CeasefireExtended), typeof(CeasefireEnded), typeof(CeasefireViolated),
        typeof(TalksOpened), typeof(TalksAcknowledged), typeof(TalksDenied), typeof(TalksRoundHeld),
        typeof(TalksSuspended), typeof(TalksResumed), typeof(MediatorEngaged),
        typeof(DemandTabled), typeof(DemandMet), typeof(DemandPartlyMet), typeof(DemandRejected),
        typeof(AmnestyOffered), typeof(AmnestyRejected),
        typeof(PrisonersReleased), typeof(PrisonersHandedOver), typeof(PrisonersWithheld),
        typeof(AttackClaimed), typeof(AttackClaimsReported), typeof(MilitaryOperationLaunched),
        typeof(PressureApplied), typeof(ParliamentConsulted), typeof(PeaceDealsSigned),
    ];
}
