using TtpSim.Domain.Deciding;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>
/// A breach of a ceasefire. Recorded with status alleged (one party accuses another), it is listed as
/// an allegation and not counted as a violation that happened; a rule's inference from an attack inside
/// the ceasefire, or a breach reported as fact, is counted.
/// </summary>
public sealed record CeasefireViolated(EventMeta Meta, string CeasefireId, ActorRef By, string Description)
    : NegotiationEvent(Meta), IEventType<CeasefireViolated>
{
    public static string Definition => "A party breaches a ceasefire, or is said to (status alleged, with who alleges it).";

    public override CameoCode? Cameo => CameoCode.ViolateCeasefire;

    public static CeasefireViolated Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Name("ceasefire"), fields.Actor("by"), fields.Text("description"));

    public override EventFamily Family() => EventFamily.Ceasefires;

    public override string Describe() => Meta.Assertion.Status == AssertionStatus.Alleged
        ? $"{By.Name} accused of violating ceasefire {CeasefireId}{Meta.Assertion.ByWhom()}: {Description}"
        : $"{By.Name} violates ceasefire {CeasefireId}: {Description}";

    public override PloverCode? Plover(EventLookup history) => new("ASSAULT", null, "military");

    public override EventDyad Dyad(EventLookup history) => new(By, null);

    internal override Decision.Rejected? RefusedBy(NegotiationState state) =>
        CeasefireChecks.Declared(state, CeasefireId, this);

    public override StatusScope Moves => StatusScope.Ceasefires;

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state.UpdateCeasefire(CeasefireId, c => Meta.Assertion.Status == AssertionStatus.Alleged
        ? c with { Allegations = c.Allegations.Add(Meta.Id), EventIds = StateChanges.Cite(c.EventIds, Meta.Id) }
        : c with { Violations = c.Violations.Add(Meta.Id), EventIds = StateChanges.Cite(c.EventIds, Meta.Id) });
}
