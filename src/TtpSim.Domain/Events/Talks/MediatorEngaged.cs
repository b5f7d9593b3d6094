using System.Collections.Immutable;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>A third party acts between both sides; an envoy for one side is an <see cref="EmissarySent"/>.</summary>
public sealed record MediatorEngaged(EventMeta Meta, ActorRef Mediator, ImmutableArray<ActorRef> Between, string? Role)
    : NegotiationEvent(Meta), IEventType<MediatorEngaged>
{
    public static string Definition => "A third party acts between both sides of the talks (not an envoy of one side).";

    public override CameoCode? Cameo => CameoCode.Mediate;

    public static MediatorEngaged Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Actor("mediator"), fields.Actors("between", required: false), fields.OptionalText("role"));

    public override EventFamily Family() => EventFamily.Talks;

    public override string Describe() => $"{Mediator.Name} mediates" + (Between.IsDefaultOrEmpty ? "" : $" between {Words.Names(Between)}");

    public override PloverCode? Plover(EventLookup history) => new("CONSULT", null, "diplomatic");

    public override EventDyad Dyad(EventLookup history) => new(Mediator, Between.IsDefaultOrEmpty ? null : Between[0]);

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state.Talks.Mediators.Exists(m => m.Mediator.Id == Mediator.Id)
        ? state
        : state with
        {
            Talks = state.Talks with
            {
                Mediators = state.Talks.Mediators.Add(new MediatorRecord(Mediator, Between, Role, Meta.Occurred, Meta.Id)),
            },
        };
}
