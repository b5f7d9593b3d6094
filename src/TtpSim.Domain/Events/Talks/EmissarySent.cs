using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>An envoy, delegation or jirga acts for one side; unlike a mediator it is not between the sides.</summary>
public sealed record EmissarySent(EventMeta Meta, ActorRef By, ActorRef Emissary, ActorRef To, string Description)
    : NegotiationEvent(Meta), IEventType<EmissarySent>
{
    public static string Definition => "An envoy, delegation or jirga speaks to the other side or a host on behalf of one side.";

    public override CameoCode? Cameo => CameoCode.MakeVisit;

    public static EmissarySent Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Actor("by"), fields.Actor("emissary"), fields.Actor("to"), fields.Text("description"));

    public override EventFamily Family() => EventFamily.Talks;

    public override string Describe() => $"{Emissary.Name}, for {By.Name}, goes to {To.Name}: {Description}";

    public override PloverCode? Plover(EventLookup history) => new("CONSULT", "visit", "diplomatic");

    public override EventDyad Dyad(EventLookup history) => new(By, To);

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        Talks = state.Talks with { Emissaries = state.Talks.Emissaries.Add(new EmissaryRecord(By, Emissary, To, Meta.Occurred, Description, Meta.Id)) },
    };
}
