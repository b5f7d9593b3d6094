using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>Talks are halted, by a party's announcement or as the sources report a breakdown.</summary>
public sealed record TalksSuspended(EventMeta Meta, ActorRef? By, string Reason) : NegotiationEvent(Meta), IEventType<TalksSuspended>
{
    public static string Definition => "Talks are halted or break down, as a party announces or a source reports.";

    public override CameoCode? Cameo => CameoCode.HaltNegotiations;

    public static TalksSuspended Read(EventMeta meta, IEventFields fields) => new(meta, fields.OptionalActor("by"), fields.Text("reason"));

    public override EventFamily Family() => EventFamily.Talks;

    public override string Describe() => "Talks suspended" + (By is { } by ? $" by {by.Name}" : "") + $": {Reason}";

    public override PloverCode? Plover(EventLookup history) => new("SANCTION", "withdraw", "diplomatic");

    public override EventDyad Dyad(EventLookup history) => new(By, null);

    public override StatusScope Moves => StatusScope.Talks;

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) =>
        state with { Talks = state.Talks.MovedTo(TalksStatus.Suspended, Meta.Occurred, Meta.Id) };
}
