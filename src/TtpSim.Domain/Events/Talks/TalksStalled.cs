using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>Talks lose momentum ("back burner", "take a back seat") without anyone halting them.</summary>
public sealed record TalksStalled(EventMeta Meta, ActorRef? By, string Reason) : NegotiationEvent(Meta), IEventType<TalksStalled>
{
    public static string Definition => "Talks lose momentum without being halted: put on the back burner, stalled, no progress.";

    /// <summary>CAMEO codes acts; a loss of momentum nobody announced has no code as weak as it.</summary>
    public override CameoCode? Cameo => null;

    public static TalksStalled Read(EventMeta meta, IEventFields fields) => new(meta, fields.OptionalActor("by"), fields.Text("reason"));

    public override EventFamily Family() => EventFamily.Talks;

    public override string Describe() => "Talks stall" + (By is { } by ? $" ({by.Name})" : "") + $": {Reason}";

    /// <summary>Not an act PLOVER codes: nothing was halted (SANCTION withdraw would overstate it).</summary>
    public override PloverCode? Plover(EventLookup history) => null;

    public override EventDyad Dyad(EventLookup history) => new(By, null);

    internal override Deciding.Decision.Rejected? RefusedBy(NegotiationState state) =>
        state.Talks.Status is TalksStatus.Open or TalksStatus.Resumed or TalksStatus.Secret
            ? null
            : new("type", $"talks cannot stall on {Meta.Occurred}: they are {Words.Of(state.Talks.Status)} then, not under way");

    public override StatusScope Moves => StatusScope.Talks;

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) =>
        state with { Talks = state.Talks.MovedTo(TalksStatus.Stalled, Meta.Occurred, Meta.Id) };
}
