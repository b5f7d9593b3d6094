using System.Collections.Immutable;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

public sealed record Delegation(ActorRef Actor, string? LedBy, int? Size);

public sealed record TalksRoundHeld(EventMeta Meta, string Venue, ImmutableArray<Delegation> Delegations)
    : NegotiationEvent(Meta), IEventType<TalksRoundHeld>
{
    public static string Definition => "A round of talks is held at a venue, with the delegations the sources name.";

    public override CameoCode? Cameo => CameoCode.EngageInNegotiation;

    public static TalksRoundHeld Read(EventMeta meta, IEventFields fields) => new(
        meta,
        fields.Text("venue"),
        fields.Items("delegations", required: false, d => new Delegation(d.Actor("actor"), d.OptionalText("ledBy"), d.OptionalCount("size"))));

    public override EventFamily Family() => EventFamily.Talks;

    public override string Describe() =>
        $"Round of talks in {Venue}" + (Delegations.IsDefaultOrEmpty ? "" : $" ({Words.Names(Delegations.Select(d => d.Actor))})");

    public override PloverCode? Plover(EventLookup history) => new("CONSULT", null, "diplomatic");

    public override EventDyad Dyad(EventLookup history) => EventDyad.Pair(Delegations.IsDefault ? default : [.. Delegations.Select(d => d.Actor)]);

    public override StatusScope Moves => StatusScope.Talks;

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        // A round held is talks under way again: it opens a new process, and it lifts a stall.
        Talks = (state.Talks.StartsNewProcess() || state.Talks.Status == TalksStatus.Stalled
            ? state.Talks.MovedTo(TalksStatus.Open, Meta.Occurred, Meta.Id)
            : state.Talks) with
        {
            Venue = Venue,
            Rounds = state.Talks.Rounds.Add(new TalksRound(Meta.Occurred, Venue, Delegations, Meta.Id)),
        },
    };
}
