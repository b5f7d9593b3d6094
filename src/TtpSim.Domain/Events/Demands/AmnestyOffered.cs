using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>An offer of amnesty with terms or a stated readiness to grant it; a hint is a <see cref="ConcessionSignalled"/>.</summary>
public sealed record AmnestyOffered(EventMeta Meta, ActorRef By, ActorRef To, string Terms) : NegotiationEvent(Meta), IEventType<AmnestyOffered>
{
    public static string Definition => "A party offers amnesty, with terms or a stated readiness to grant it (a hint is not an offer).";

    public override CameoCode? Cameo => CameoCode.Forgive;

    public static AmnestyOffered Read(EventMeta meta, IEventFields fields) => new(meta, fields.Actor("by"), fields.Actor("to"), fields.Text("terms"));

    public override EventFamily Family() => EventFamily.Demands;

    public override string Describe() => $"{By.Name} offers {To.Name} an amnesty: {Terms}";

    public override PloverCode? Plover(EventLookup history) => new("SUPPORT", null, "legal");

    public override EventDyad Dyad(EventLookup history) => new(By, To);

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        AmnestyOffers = state.AmnestyOffers.Add(new AmnestyOffer(By, To, Terms, Meta.Occurred, null, null, Meta.Id)),
    };
}
