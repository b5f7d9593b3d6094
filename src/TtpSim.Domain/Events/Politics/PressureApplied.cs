using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

public enum PressureKind
{
    OppositionObjection,
    CourtSummons,
    VictimsProtest,
    ParliamentaryQuestion,
    PublicCriticism,
}

/// <summary>Political or legal pressure on the talks: objections, a court summons, a protest.</summary>
public sealed record PressureApplied(EventMeta Meta, ActorRef By, PressureKind Kind, string Description)
    : NegotiationEvent(Meta), IEventType<PressureApplied>
{
    public static string Definition => "Political or legal pressure on the talks: an objection, a court summons, a protest, criticism.";

    public override CameoCode? Cameo => Kind switch
    {
        PressureKind.CourtSummons => CameoCode.BringLawsuit,
        PressureKind.VictimsProtest => CameoCode.DemonstrateOrRally,
        PressureKind.ParliamentaryQuestion => CameoCode.ComplainOfficially,
        PressureKind.OppositionObjection or PressureKind.PublicCriticism => CameoCode.Criticize,
    };

    public static PressureApplied Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Actor("by"), fields.Choice<PressureKind>("kind"), fields.Text("description"));

    public override EventFamily Family() => EventFamily.Politics;

    public override string Describe() => $"{By.Name} ({Words.Of(Kind)}): {Description}";

    public override PloverCode? Plover(EventLookup history) => Kind switch
    {
        PressureKind.VictimsProtest => new("PROTEST", "demo", null),
        PressureKind.CourtSummons => new("ACCUSE", "disapprove", "legal"),
        PressureKind.OppositionObjection or PressureKind.ParliamentaryQuestion or PressureKind.PublicCriticism => new("ACCUSE", "disapprove", null),
    };

    public override EventDyad Dyad(EventLookup history) => new(By, null);

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        Pressure = state.Pressure.Add(new PressureRecord(Meta.Id, Meta.Occurred, By, Kind, Description)),
    };
}
