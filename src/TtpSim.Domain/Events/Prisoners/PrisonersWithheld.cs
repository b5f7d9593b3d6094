using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

public sealed record PrisonersWithheld(EventMeta Meta, ActorRef By, Estimate Count, string Reason)
    : NegotiationEvent(Meta), IEventType<PrisonersWithheld>
{
    public static string Definition => "A party still holds prisoners it was asked or expected to free.";

    public override CameoCode? Cameo => CameoCode.RefuseToReleasePersons;

    public static PrisonersWithheld Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Actor("by"), fields.Figures("count", required: true), fields.Text("reason"));

    public override EventFamily Family() => EventFamily.Prisoners;

    public override string Describe() => $"{By.Name} still holds {Words.Count(Count)}: {Reason}";

    public override PloverCode? Plover(EventLookup history) => new("REJECT", "yield", "legal");

    public override EventDyad Dyad(EventLookup history) => new(By, null);

    public override EventFigure? Figure() => new("prisoners", Count);

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        Prisoners = state.Prisoners with { StillHeld = state.Prisoners.StillHeld.Add(new WithheldRecord(Meta.Id, Meta.Occurred, By, Count, Reason)) },
    };
}
