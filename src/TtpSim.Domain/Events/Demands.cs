using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Events;

public enum DemandSubject
{
    PrisonerRelease,
    Shariah,
    MergerReversal,
    FinancialSupport,
    KeepWeapons,
    EndOperations,
    NationwideTruce,
    Disarmament,
    Amnesty,
    ExpelFighters,
    CloseSanctuaries,
    Other,
}

public sealed record DemandTabled(EventMeta Meta, string DemandId, ActorRef By, ActorRef On, DemandSubject Subject, string Text) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => Subject switch
    {
        DemandSubject.PrisonerRelease => CameoCode.DemandReleaseOfPersons,
        DemandSubject.Shariah or DemandSubject.MergerReversal => CameoCode.DemandPoliticalReform,
        DemandSubject.FinancialSupport => CameoCode.DemandAid,
        DemandSubject.EndOperations => CameoCode.DemandDeEscalation,
        DemandSubject.NationwideTruce => CameoCode.DemandCeasefire,
        DemandSubject.ExpelFighters or DemandSubject.CloseSanctuaries => CameoCode.DemandWithdrawal,
        DemandSubject.Disarmament or DemandSubject.Amnesty or DemandSubject.KeepWeapons => CameoCode.DemandThatTargetYields,
        _ => CameoCode.Demand,
    };
}

public sealed record DemandMet(EventMeta Meta, string DemandId, ActorRef By, string? Note) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.Yield;
}

public sealed record DemandPartlyMet(EventMeta Meta, string DemandId, ActorRef By, string? Note) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.Yield;
}

public sealed record DemandRejected(EventMeta Meta, string DemandId, ActorRef By, string? Note) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.RefuseToYield;
}

public sealed record AmnestyOffered(EventMeta Meta, ActorRef By, ActorRef To, string Terms) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.Forgive;
}

public sealed record AmnestyRejected(EventMeta Meta, ActorRef By, string? Note) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.RejectSettlement;
}
