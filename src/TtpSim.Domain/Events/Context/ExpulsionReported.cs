using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>A host pushes out, expels or relocates a group, as a source reports it; a demand to do so is a DemandTabled.</summary>
public sealed record ExpulsionReported(EventMeta Meta, ActorRef By, ActorRef Target, string From, string Description)
    : NegotiationEvent(Meta), IEventType<ExpulsionReported>
{
    public static string Definition => "A host pushes out, expels or relocates a group (a demand that it do so is a DemandTabled).";

    public override CameoCode? Cameo => CameoCode.ExpelOrWithdraw;

    public static ExpulsionReported Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Actor("by"), fields.Actor("target"), fields.Text("from"), fields.Text("description"));

    public override EventFamily Family() => EventFamily.Context;

    public override string Describe() => $"{By.Name} pushes {Target.Name} out of {From}: {Description}";

    public override PloverCode? Plover(EventLookup history) => new("SANCTION", "expel", "diplomatic");

    public override EventDyad Dyad(EventLookup history) => new(By, Target);

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state.WithContext(this, By);
}
