using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

public sealed record TalksResumed(EventMeta Meta, string? Venue) : NegotiationEvent(Meta), IEventType<TalksResumed>
{
    public static string Definition => "Talks that were suspended or stalled start again.";

    public override CameoCode? Cameo => CameoCode.EngageInNegotiation;

    public static TalksResumed Read(EventMeta meta, IEventFields fields) => new(meta, fields.OptionalText("venue"));

    public override EventFamily Family() => EventFamily.Talks;

    public override string Describe() => "Talks resume" + (Venue is { } venue ? $" in {venue}" : "");

    public override PloverCode? Plover(EventLookup history) => new("CONSULT", null, "diplomatic");

    public override EventDyad Dyad(EventLookup history) => EventDyad.Nobody;

    internal override Deciding.Decision.Rejected? RefusedBy(NegotiationState state) =>
        state.Talks.Status is TalksStatus.Suspended or TalksStatus.Stalled
            ? null
            : new("type", $"talks cannot resume on {Meta.Occurred}: they were never suspended or stalled (they are {Words.Of(state.Talks.Status)})");

    public override StatusScope Moves => StatusScope.Talks;

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        Talks = state.Talks.MovedTo(TalksStatus.Resumed, Meta.Occurred, Meta.Id) with { Venue = Venue ?? state.Talks.Venue },
    };
}
