using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>A party publicly confirms that talks are taking place.</summary>
public sealed record TalksAcknowledged(EventMeta Meta, ActorRef By, string Description) : NegotiationEvent(Meta), IEventType<TalksAcknowledged>
{
    public static string Definition => "A party publicly confirms that talks are taking place.";

    public override CameoCode? Cameo => CameoCode.EngageInNegotiation;

    public static TalksAcknowledged Read(EventMeta meta, IEventFields fields) => new(meta, fields.Actor("by"), fields.Text("description"));

    public override EventFamily Family() => EventFamily.Talks;

    public override string Describe() => $"{By.Name} acknowledges talks: {Description}";

    public override PloverCode? Plover(EventLookup history) => new("CONSULT", null, "diplomatic");

    public override EventDyad Dyad(EventLookup history) => new(By, null);

    public override StatusScope Moves => StatusScope.Talks;

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        Talks = (state.Talks.StartsNewProcess()
            ? state.Talks.MovedTo(TalksStatus.Open, Meta.Occurred, Meta.Id) with { Venue = null }
            : state.Talks.Status == TalksStatus.Secret
                ? state.Talks.MovedTo(TalksStatus.Open, Meta.Occurred, Meta.Id)
                : state.Talks) with
        {
            Acknowledgements = state.Talks.Acknowledgements.Add(new PublicStatement(By, Meta.Occurred, Description, Meta.Id)),
        },
    };
}
