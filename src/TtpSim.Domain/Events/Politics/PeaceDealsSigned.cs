using System.Collections.Immutable;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>
/// Past deals counted as the sources count them ("at least nine ... none held"): an aggregate that
/// gives the model its base rates, dated by the end of the period it covers.
/// </summary>
public sealed record PeaceDealsSigned(
    EventMeta Meta,
    ImmutableArray<ActorRef> Between,
    Estimate Count,
    HistoricalDate PeriodFrom,
    HistoricalDate PeriodTo,
    Estimate Held,
    string Outcome) : NegotiationEvent(Meta), IEventType<PeaceDealsSigned>
{
    public static string Definition => "Past peace deals counted over a period, with how many held: a base rate.";

    public override CameoCode? Cameo => CameoCode.SignFormalAgreement;

    public static PeaceDealsSigned Read(EventMeta meta, IEventFields fields) => new(
        meta,
        fields.Actors("between", required: true),
        fields.Figures("count", required: true),
        fields.Date("periodFrom"),
        fields.Date("periodTo"),
        fields.Figures("held", required: false),
        fields.Text("outcome"));

    public override EventFamily Family() => EventFamily.Politics;

    public override string Describe() => $"{Words.Count(Count)} deals between {Words.Names(Between)}, {PeriodFrom}-{PeriodTo}; {Words.Count(Held)} held";

    public override PloverCode? Plover(EventLookup history) => new("SUPPORT", null, "diplomatic");

    public override EventDyad Dyad(EventLookup history) => EventDyad.Pair(Between);

    public override EventFigure? Figure() => new("deals", Count);

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        PastDeals = state.PastDeals.Add(new PastDeals(Meta.Id, Between, Count, PeriodFrom, PeriodTo, Held, Outcome, Meta.Sources)),
    };
}
