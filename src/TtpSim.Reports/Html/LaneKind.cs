using TtpSim.Domain.Events;

namespace TtpSim.Reports.Html;

internal enum LaneKind
{
    Ceasefires,
    Talks,
    Demands,
    Prisoners,
    Attacks,
    ClaimsAndOperations,
    Politics,
}

internal static class LaneKinds
{
    /// <summary>The lane an event is drawn in; an event type this report does not know yet goes to the politics lane, so nothing is left out.</summary>
    public static LaneKind Of(NegotiationEvent e) => e switch
    {
        CeasefireDeclared or CeasefireExtended or CeasefireEnded or CeasefireViolated => LaneKind.Ceasefires,
        TalksOpened or TalksAcknowledged or TalksDenied or TalksRoundHeld or TalksSuspended or TalksResumed or MediatorEngaged => LaneKind.Talks,
        DemandTabled or DemandMet or DemandPartlyMet or DemandRejected or AmnestyOffered or AmnestyRejected => LaneKind.Demands,
        PrisonersReleased or PrisonersHandedOver or PrisonersWithheld => LaneKind.Prisoners,
        AttackClaimed => LaneKind.Attacks,
        AttackClaimsReported or MilitaryOperationLaunched => LaneKind.ClaimsAndOperations,
        _ => LaneKind.Politics,
    };
}
