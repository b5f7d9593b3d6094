using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>The government takes parliament into confidence about the talks (the step the opposition said was skipped).</summary>
public sealed record ParliamentConsulted(EventMeta Meta, ActorRef By, string Forum, string Description)
    : NegotiationEvent(Meta), IEventType<ParliamentConsulted>
{
    public static string Definition => "The government takes parliament into confidence about the talks.";

    public override CameoCode? Cameo => CameoCode.Consult;

    public static ParliamentConsulted Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Actor("by"), fields.Text("forum"), fields.Text("description"));

    public override EventFamily Family() => EventFamily.Politics;

    public override string Describe() => $"{By.Name} consults parliament ({Forum}): {Description}";

    public override PloverCode? Plover(EventLookup history) => new("CONSULT", null, "political_institutions");

    public override EventDyad Dyad(EventLookup history) => new(By, null);

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        ParliamentConsultations = state.ParliamentConsultations.Add(new ConsultationRecord(Meta.Id, Meta.Occurred, By, Forum, Description)),
    };
}
