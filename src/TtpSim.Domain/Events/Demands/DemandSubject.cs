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
