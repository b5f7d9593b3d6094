using TtpSim.Domain.Events;

namespace TtpSim.Reports.Exports;

/// <summary>
/// An event in the PLOVER ontology: one of its sixteen event types, the mode that narrows it (a truce is
/// RETREAT in mode "ceasefire", a release RETREAT in mode "release") and the context it belongs to.
/// </summary>
public sealed record PloverCode(string EventType, string? Mode, string? Context)
{
    public static readonly IReadOnlyList<string> EventTypes =
    [
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "DEMAND",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
    ];

    /// <summary>
    /// The mapping from TtpSim's event types, documented in the README. It follows each event's CAMEO code
    /// where the CAMEO-to-PLOVER correspondence is unambiguous, and the event's own fields where they say more
    /// (the subject of a demand, the method of an attack, the kind of pressure).
    /// </summary>
    public static PloverCode For(NegotiationEvent @event, EventParties parties) => @event switch
    {
        CeasefireDeclared or CeasefireExtended => new("RETREAT", "ceasefire", "military"),
        CeasefireEnded => new("SANCTION", "withdraw", "military"),
        CeasefireViolated => new("ASSAULT", null, "military"),
        TalksOpened or TalksAcknowledged or TalksRoundHeld or TalksResumed => new("CONSULT", null, "diplomatic"),
        TalksDenied => new("REJECT", "meet", "diplomatic"),
        TalksSuspended => new("SANCTION", "withdraw", "diplomatic"),
        MediatorEngaged => new("CONSULT", null, "diplomatic"),
        DemandTabled e => new("DEMAND", DemandMode(e.Subject), ContextOf(e.Subject)),
        DemandMet or DemandPartlyMet => new("CONCEDE", null, ContextOf(parties.DemandAnsweredBy(@event)?.Subject)),
        DemandRejected => new("REJECT", RejectionMode(parties.DemandAnsweredBy(@event)?.Subject), ContextOf(parties.DemandAnsweredBy(@event)?.Subject)),
        AmnestyOffered => new("SUPPORT", null, "legal"),
        AmnestyRejected => new("REJECT", "meet", "diplomatic"),
        PrisonersReleased or PrisonersHandedOver => new("RETREAT", "release", "legal"),
        PrisonersWithheld => new("REJECT", "yield", "legal"),
        AttackClaimed e => new("ASSAULT", AttackMode(e.Method), "military"),
        AttackClaimsReported => new("ASSAULT", null, "military"),
        MilitaryOperationLaunched => new("ASSAULT", null, "military"),
        PressureApplied { Kind: PressureKind.VictimsProtest } => new("PROTEST", "demo", null),
        PressureApplied { Kind: PressureKind.CourtSummons } => new("ACCUSE", "disapprove", "legal"),
        PressureApplied => new("ACCUSE", "disapprove", null),
        ParliamentConsulted => new("CONSULT", null, "political_institutions"),
        PeaceDealsSigned => new("SUPPORT", null, "diplomatic"),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.TypeName, "no PLOVER mapping for this event type"),
    };

    private static string? DemandMode(DemandSubject subject) => subject switch
    {
        DemandSubject.PrisonerRelease or DemandSubject.EndOperations or DemandSubject.NationwideTruce
            or DemandSubject.Disarmament or DemandSubject.Amnesty or DemandSubject.KeepWeapons
            or DemandSubject.ExpelFighters or DemandSubject.CloseSanctuaries => "yield",
        DemandSubject.Shariah or DemandSubject.MergerReversal => "change",
        DemandSubject.FinancialSupport => "assist",
        _ => null,
    };

    private static string? RejectionMode(DemandSubject? subject) => subject switch
    {
        DemandSubject.FinancialSupport => "assist",
        DemandSubject.Shariah or DemandSubject.MergerReversal => "change",
        null or DemandSubject.Other => null,
        _ => "yield",
    };

    private static string? ContextOf(DemandSubject? subject) => subject switch
    {
        DemandSubject.PrisonerRelease or DemandSubject.Amnesty => "legal",
        DemandSubject.Shariah or DemandSubject.MergerReversal => "political_institutions",
        DemandSubject.FinancialSupport => "economic",
        DemandSubject.EndOperations or DemandSubject.NationwideTruce or DemandSubject.Disarmament
            or DemandSubject.KeepWeapons or DemandSubject.ExpelFighters or DemandSubject.CloseSanctuaries => "military",
        _ => null,
    };

    private static string? AttackMode(AttackMethod method) => method switch
    {
        AttackMethod.SuicideBombing => "suicide-attack",
        AttackMethod.Bombing => "explosives",
        AttackMethod.ArmedAssault or AttackMethod.Ambush => "firearms",
        _ => null,
    };
}
