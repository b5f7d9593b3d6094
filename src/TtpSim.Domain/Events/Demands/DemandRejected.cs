using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>An explicit refusal of a demand; reluctance or delay is not one.</summary>
public sealed record DemandRejected(EventMeta Meta, string DemandId, ActorRef By, string? Note)
    : DemandAnswer(Meta, DemandId, By, Note), IEventType<DemandRejected>
{
    public static string Definition => "A party explicitly refuses a demand (reluctance or delay is not a refusal).";

    public override CameoCode? Cameo => CameoCode.RefuseToYield;

    public static DemandRejected Read(EventMeta meta, IEventFields fields) => new(meta, fields.Name("demand"), fields.Actor("by"), fields.OptionalText("note"));

    public override string Describe() => $"{By.Name} rejects demand {DemandId}";

    public override PloverCode? Plover(EventLookup history)
    {
        var subject = history.Demand(DemandId)?.Subject;
        var mode = subject switch
        {
            DemandSubject.FinancialSupport => "assist",
            DemandSubject.Shariah or DemandSubject.MergerReversal => "change",
            null or DemandSubject.Other => null,
            _ => "yield",
        };
        return new("REJECT", mode, PloverCode.ContextOf(subject));
    }

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => Answer(state, DemandStatus.Rejected);
}
