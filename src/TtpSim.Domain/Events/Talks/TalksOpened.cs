using System.Collections.Immutable;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

public sealed record TalksOpened(EventMeta Meta, ImmutableArray<Provenance.ActorRef> Parties, string Venue, bool Secret)
    : NegotiationEvent(Meta), IEventType<TalksOpened>
{
    public static string Definition => "Talks between the parties begin, openly or in secret.";

    public override CameoCode? Cameo => CameoCode.EngageInNegotiation;

    public static TalksOpened Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Actors("parties", required: true), fields.Text("venue"), fields.Flag("secret", false));

    public override EventFamily Family() => EventFamily.Talks;

    public override string Describe() => $"{(Secret ? "Secret talks" : "Talks")} open in {Venue} between {Words.Names(Parties)}";

    public override PloverCode? Plover(EventLookup history) => new("CONSULT", null, "diplomatic");

    public override EventDyad Dyad(EventLookup history) => EventDyad.Pair(Parties);

    public override StatusScope Moves => StatusScope.Talks;

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        Talks = (state.Talks.StartsNewProcess() || !Secret
            ? state.Talks.MovedTo(Secret ? TalksStatus.Secret : TalksStatus.Open, Meta.Occurred, Meta.Id)
            : state.Talks) with
        { Venue = Venue },
    };
}
