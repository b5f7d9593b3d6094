using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

public sealed record DemandMet(EventMeta Meta, string DemandId, ActorRef By, string? Note)
    : DemandAnswer(Meta, DemandId, By, Note), IEventType<DemandMet>
{
    public static string Definition => "A party does what a demand asked, in full, as the sources say.";

    public override CameoCode? Cameo => CameoCode.Yield;

    public static DemandMet Read(EventMeta meta, IEventFields fields) => new(meta, fields.Name("demand"), fields.Actor("by"), fields.OptionalText("note"));

    public override string Describe() => $"{By.Name} meets demand {DemandId}";

    public override PloverCode? Plover(EventLookup history) => new("CONCEDE", null, PloverCode.ContextOf(history.Demand(DemandId)?.Subject));

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => Answer(state, DemandStatus.Met);
}
