using TtpSim.Domain.Deciding;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

public sealed record AmnestyRejected(EventMeta Meta, ActorRef By, string? Note) : NegotiationEvent(Meta), IEventType<AmnestyRejected>
{
    public static string Definition => "A party refuses the latest open amnesty offer.";

    public override CameoCode? Cameo => CameoCode.RejectSettlement;

    public static AmnestyRejected Read(EventMeta meta, IEventFields fields) => new(meta, fields.Actor("by"), fields.OptionalText("note"));

    public override EventFamily Family() => EventFamily.Demands;

    public override string Describe() => $"{By.Name} rejects the amnesty";

    public override PloverCode? Plover(EventLookup history) => new("REJECT", "meet", "diplomatic");

    public override EventDyad Dyad(EventLookup history) => new(By, history.AmnestyOfferBefore(Meta.Occurred)?.By);

    internal override Decision.Rejected? RefusedBy(NegotiationState state) =>
        state.AmnestyOffers.Latest.Any(o => o.RejectedOn is null) ? null : new("type", $"no amnesty offer is open on {Meta.Occurred} to reject");

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state)
    {
        var offers = state.AmnestyOffers.Latest;
        var index = offers.Length - 1;
        while (index >= 0 && offers[index].RejectedOn is not null)
        {
            index--;
        }

        return index < 0
            ? state
            : state with { AmnestyOffers = state.AmnestyOffers.SetLatest(index, offers[index] with { RejectedOn = Meta.Occurred, RejectedBy = By }) };
    }
}
