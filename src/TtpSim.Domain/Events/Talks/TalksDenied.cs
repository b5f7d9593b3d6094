using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>A party explicitly denies that talks are taking place (not a refusal to comment).</summary>
public sealed record TalksDenied(EventMeta Meta, ActorRef By, string Description) : NegotiationEvent(Meta), IEventType<TalksDenied>
{
    public static string Definition => "A party explicitly denies that talks are taking place.";

    public override CameoCode? Cameo => CameoCode.Reject;

    public static TalksDenied Read(EventMeta meta, IEventFields fields) => new(meta, fields.Actor("by"), fields.Text("description"));

    public override EventFamily Family() => EventFamily.Talks;

    public override string Describe() => $"{By.Name} denies talks: {Description}";

    public override PloverCode? Plover(EventLookup history) => new("REJECT", "meet", "diplomatic");

    public override EventDyad Dyad(EventLookup history) => new(By, null);

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        Talks = state.Talks with { Denials = state.Talks.Denials.Add(new PublicStatement(By, Meta.Occurred, Description, Meta.Id)) },
    };
}
