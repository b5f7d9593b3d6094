using TtpSim.Domain.Deciding;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

public sealed record CeasefireExtended(EventMeta Meta, string CeasefireId, ActorRef By, DateOnly ScheduledEnd)
    : NegotiationEvent(Meta), IEventType<CeasefireExtended>
{
    public static string Definition => "A ceasefire in force is given a later scheduled end.";

    public override CameoCode? Cameo => CameoCode.DeclareTruce;

    public static CeasefireExtended Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Name("ceasefire"), fields.Actor("by"), fields.Day("scheduledEnd"));

    public override EventFamily Family() => EventFamily.Ceasefires;

    public override string Describe() => $"{By.Name} extends ceasefire {CeasefireId} to {ScheduledEnd:yyyy-MM-dd}";

    public override PloverCode? Plover(EventLookup history) => new("RETREAT", "ceasefire", "military");

    public override EventDyad Dyad(EventLookup history) => new(By, null);

    internal override Decision.Rejected? RefusedBy(NegotiationState state) =>
        CeasefireChecks.InForce(state, CeasefireId, this)
        ?? (ScheduledEnd < Meta.Occurred.Start
            ? new("scheduledEnd", $"the new scheduled end {ScheduledEnd:yyyy-MM-dd} is before the extension ({Meta.Occurred})")
            : null);

    public override StatusScope Moves => StatusScope.Ceasefires;

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state.UpdateCeasefire(CeasefireId, c => c with
    {
        ScheduledEnd = ScheduledEnd,
        Extensions = c.Extensions.Add(ScheduledEnd),
        EventIds = StateChanges.Cite(c.EventIds, Meta.Id),
    });
}
