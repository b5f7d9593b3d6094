using TtpSim.Domain.Deciding;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>The ceasefire is no longer in force from the event's date on.</summary>
public sealed record CeasefireEnded(EventMeta Meta, string CeasefireId, ActorRef? By, CeasefireEnding How, string? Reason)
    : NegotiationEvent(Meta), IEventType<CeasefireEnded>
{
    public static string Definition => "A ceasefire stops being in force: it expired, was not extended, was called off or broke down.";

    public override CameoCode? Cameo => CameoCode.ReduceRelations;

    public static CeasefireEnded Read(EventMeta meta, IEventFields fields) => new(
        meta, fields.Name("ceasefire"), fields.OptionalActor("by"), fields.Choice<CeasefireEnding>("how"), fields.OptionalText("reason"));

    public override EventFamily Family() => EventFamily.Ceasefires;

    public override string Describe() =>
        $"Ceasefire {CeasefireId} ends ({Words.Of(How)})" + (By is { } by ? $", by {by.Name}" : "") + (Reason is { } why ? $": {why}" : "");

    public override PloverCode? Plover(EventLookup history) => new("SANCTION", "withdraw", "military");

    public override EventDyad Dyad(EventLookup history) => new(By, null);

    internal override Decision.Rejected? RefusedBy(NegotiationState state) => CeasefireChecks.InForce(state, CeasefireId, this);

    public override StatusScope Moves => StatusScope.Ceasefires;

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state.UpdateCeasefire(CeasefireId, c => c with
    {
        Status = CeasefireStatus.Ended,
        EndedOn = Meta.Occurred,
        EndedBy = By,
        How = How,
        EndReason = Reason,
        EventIds = StateChanges.Cite(c.EventIds, Meta.Id),
    }).ReopenDemandsHeldBy(CeasefireId, Meta.Occurred);
}
