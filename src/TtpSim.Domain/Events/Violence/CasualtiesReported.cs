using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>An aggregate casualty figure over a period, as a source gives it: not so many single attacks.</summary>
public sealed record CasualtiesReported(
    EventMeta Meta,
    Estimate Killed,
    Estimate Injured,
    string Among,
    HistoricalDate PeriodFrom,
    HistoricalDate PeriodTo,
    ActorRef? AttributedTo,
    string Description) : NegotiationEvent(Meta), IEventType<CasualtiesReported>
{
    public static string Definition => "A casualty figure a source gives for a period (an aggregate, not one attack).";

    /// <summary>CAMEO codes single acts; an aggregate of many has no code.</summary>
    public override CameoCode? Cameo => null;

    public static CasualtiesReported Read(EventMeta meta, IEventFields fields) => new(
        meta,
        fields.Figures("killed", required: true),
        fields.Figures("injured", required: false),
        fields.Text("among"),
        fields.Date("periodFrom"),
        fields.Date("periodTo"),
        fields.OptionalActor("attributedTo"),
        fields.Text("description"));

    public override EventFamily Family() => EventFamily.ClaimsAndOperations;

    public override string Describe() =>
        $"{Words.Count(Killed)} {Among} killed, {PeriodFrom} to {PeriodTo}" + (AttributedTo is { } by ? $", attributed to {by.Name}" : "") + $": {Description}";

    /// <summary>PLOVER codes events, not counts of them.</summary>
    public override PloverCode? Plover(EventLookup history) => null;

    public override EventDyad Dyad(EventLookup history) => new(AttributedTo, null);

    public override EventFigure? Figure() => new("killed", Killed);

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        CasualtyReports = state.CasualtyReports.Add(new CasualtyReport(Meta.Id, PeriodFrom, PeriodTo, Among, Killed, Injured, AttributedTo, Description, Meta.Sources)),
    };
}
