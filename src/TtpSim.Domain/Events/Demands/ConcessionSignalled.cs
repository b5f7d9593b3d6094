using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>A hint, a floated idea or a "possibility of" a concession: short of an offer, it meets no demand.</summary>
public sealed record ConcessionSignalled(EventMeta Meta, ActorRef By, ActorRef To, DemandSubject Subject, string Description)
    : NegotiationEvent(Meta), IEventType<ConcessionSignalled>
{
    public static string Definition => "A party hints at or floats a concession without offering it.";

    public override CameoCode? Cameo => CameoCode.ConsiderPolicyOption;

    public static ConcessionSignalled Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Actor("by"), fields.Actor("to"), fields.Choice<DemandSubject>("subject"), fields.Text("description"));

    public override EventFamily Family() => EventFamily.Demands;

    public override string Describe() => $"{By.Name} signals a possible concession to {To.Name} ({Words.Of(Subject)}): {Description}";

    /// <summary>Considering an option is a statement below PLOVER's threshold; AGREE would make it an intent.</summary>
    public override PloverCode? Plover(EventLookup history) => null;

    public override EventDyad Dyad(EventLookup history) => new(By, To);

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        Signals = state.Signals.Add(new SignalRecord(Meta.Id, Meta.Occurred, By, To, Subject, Description)),
    };
}
