using System.Collections.Immutable;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

public sealed record PrisonersHandedOver(EventMeta Meta, ActorRef By, ActorRef To, ImmutableArray<string> Names)
    : NegotiationEvent(Meta), IEventType<PrisonersHandedOver>
{
    public static string Definition => "Named prisoners are handed from one party to another.";

    public override CameoCode? Cameo => CameoCode.ReleasePersons;

    public static PrisonersHandedOver Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Actor("by"), fields.Actor("to"), fields.Texts("names", required: true));

    public override EventFamily Family() => EventFamily.Prisoners;

    public override string Describe() => $"{By.Name} hands over {string.Join(", ", Names)} to {To.Name}";

    public override PloverCode? Plover(EventLookup history) => new("RETREAT", "release", "legal");

    public override EventDyad Dyad(EventLookup history) => new(By, To);

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        Prisoners = state.Prisoners with { HandedOver = state.Prisoners.HandedOver.Add(new HandoverRecord(Meta.Id, Meta.Occurred, By, To, Names)) },
    };
}
