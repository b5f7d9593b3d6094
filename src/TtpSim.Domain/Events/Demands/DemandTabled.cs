using TtpSim.Domain.Deciding;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

public sealed record DemandTabled(EventMeta Meta, string DemandId, ActorRef By, ActorRef On, DemandSubject Subject, string Text)
    : NegotiationEvent(Meta), IEventType<DemandTabled>
{
    public static string Definition => "A party demands something of another: a condition, a precondition or a call for action.";

    public override CameoCode? Cameo => Subject switch
    {
        DemandSubject.PrisonerRelease => CameoCode.DemandReleaseOfPersons,
        DemandSubject.Shariah or DemandSubject.MergerReversal => CameoCode.DemandPoliticalReform,
        DemandSubject.FinancialSupport => CameoCode.DemandAid,
        DemandSubject.EndOperations => CameoCode.DemandDeEscalation,
        DemandSubject.NationwideTruce => CameoCode.DemandCeasefire,
        DemandSubject.ExpelFighters or DemandSubject.CloseSanctuaries => CameoCode.DemandWithdrawal,
        DemandSubject.Disarmament or DemandSubject.Amnesty or DemandSubject.KeepWeapons => CameoCode.DemandThatTargetYields,
        DemandSubject.Other => CameoCode.Demand,
    };

    public static DemandTabled Read(EventMeta meta, IEventFields fields) => new(
        meta, fields.Name("demand"), fields.Actor("by"), fields.Actor("on"), fields.Choice<DemandSubject>("subject"), fields.Text("text"));

    public override EventFamily Family() => EventFamily.Demands;

    public override string Describe() => $"{By.Name} demands of {On.Name} ({Words.Of(Subject)}): {Text}";

    public override PloverCode? Plover(EventLookup history) => new("DEMAND", Mode, PloverCode.ContextOf(Subject));

    public override EventDyad Dyad(EventLookup history) => new(By, On);

    internal override Decision.Rejected? RefusedBy(NegotiationState state) =>
        state.KnowsDemand(DemandId)
            ? new("demand", $"demand '{DemandId}' is already tabled")
            : null;

    public override StatusScope Moves => StatusScope.Demands;

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state)
    {
        var (kept, retired) = StateChanges.KeepingOpen(
            state.Demands.Add(new Demand(DemandId, By, On, Subject, Text, DemandStatus.Tabled, Meta.Occurred, Meta.Occurred, null, [Meta.Id])),
            state.RetiredDemandIds,
            d => d.IsSettled,
            d => d.Id);
        return state with { Demands = kept, RetiredDemandIds = retired, DemandsTabled = state.DemandsTabled + 1 };
    }

    private string? Mode => Subject switch
    {
        DemandSubject.PrisonerRelease or DemandSubject.EndOperations or DemandSubject.NationwideTruce
            or DemandSubject.Disarmament or DemandSubject.Amnesty or DemandSubject.KeepWeapons
            or DemandSubject.ExpelFighters or DemandSubject.CloseSanctuaries => "yield",
        DemandSubject.Shariah or DemandSubject.MergerReversal => "change",
        DemandSubject.FinancialSupport => "assist",
        DemandSubject.Other => null,
    };
}
