namespace TtpSim.Domain.Events;

/// <summary>
/// An event in the PLOVER ontology: one of its sixteen event types, the mode that narrows it (a truce is
/// RETREAT in mode "ceasefire", a release RETREAT in mode "release") and the context it belongs to. Each
/// event type gives its own, following its CAMEO code where the CAMEO-to-PLOVER table is unambiguous.
/// </summary>
public sealed record PloverCode(string EventType, string? Mode, string? Context)
{
    public static readonly IReadOnlyList<string> EventTypes =
    [
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "DEMAND",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
    ];

    /// <summary>The PLOVER context of what a demand is about.</summary>
    public static string? ContextOf(DemandSubject? subject) => subject switch
    {
        DemandSubject.PrisonerRelease or DemandSubject.Amnesty => "legal",
        DemandSubject.Shariah or DemandSubject.MergerReversal => "political_institutions",
        DemandSubject.FinancialSupport => "economic",
        DemandSubject.EndOperations or DemandSubject.NationwideTruce or DemandSubject.Disarmament
            or DemandSubject.KeepWeapons or DemandSubject.ExpelFighters or DemandSubject.CloseSanctuaries => "military",
        _ => null,
    };
}
