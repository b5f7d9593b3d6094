using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

public sealed record DemandPartlyMet(EventMeta Meta, string DemandId, ActorRef By, string? Note)
    : DemandAnswer(Meta, DemandId, By, Note), IEventType<DemandPartlyMet>
{
    public static string Definition => "A party does part of what a demand asked (some prisoners of those demanded).";

    public override CameoCode? Cameo => CameoCode.Yield;

    public static DemandPartlyMet Read(EventMeta meta, IEventFields fields) => new(meta, fields.Name("demand"), fields.Actor("by"), fields.OptionalText("note"));

    public override string Describe() => $"{By.Name} partly meets demand {DemandId}";

    public override PloverCode? Plover(EventLookup history) => new("CONCEDE", null, PloverCode.ContextOf(history.Demand(DemandId)?.Subject));

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => Answer(state, DemandStatus.PartlyMet);
}
