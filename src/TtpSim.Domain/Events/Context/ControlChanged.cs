using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>A change of control of a territory or a government, such as the Taliban's takeover of Kabul.</summary>
public sealed record ControlChanged(EventMeta Meta, ActorRef Actor, string Place, string Description)
    : NegotiationEvent(Meta), IEventType<ControlChanged>
{
    public static string Definition => "An actor takes control of a territory or a government.";

    public override CameoCode? Cameo => CameoCode.OccupyTerritory;

    public static ControlChanged Read(EventMeta meta, IEventFields fields) => new(meta, fields.Actor("actor"), fields.Text("place"), fields.Text("description"));

    public override EventFamily Family() => EventFamily.Context;

    public override string Describe() => $"{Actor.Name} takes control of {Place}: {Description}";

    public override PloverCode? Plover(EventLookup history) => new("COERCE", "confiscate", "military");

    public override EventDyad Dyad(EventLookup history) => new(Actor, null);

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state.WithContext(this, Actor);
}
