using TtpSim.Domain.Provenance;

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
public sealed record PressureApplied(EventMeta Meta, ActorRef By, PressureKind Kind, string Description) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => Kind switch
    {
        PressureKind.CourtSummons => CameoCode.BringLawsuit,
        PressureKind.VictimsProtest => CameoCode.DemonstrateOrRally,
        PressureKind.ParliamentaryQuestion => CameoCode.ComplainOfficially,
        _ => CameoCode.Criticize,
    };
}

/// <summary>The government takes parliament into confidence about the talks (the step the opposition said was skipped).</summary>
public sealed record ParliamentConsulted(EventMeta Meta, ActorRef By, string Forum, string Description) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.Consult;
}
