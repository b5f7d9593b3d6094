using TtpSim.Domain.Deciding;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>
/// A ceasefire starts on the event's date; <paramref name="ScheduledEnd"/> is its last day in force.
/// <paramref name="By"/> declared it; it was named DeclaredBy until every event's actor became By (the
/// store reads events saved under the old name through an upcaster).
/// </summary>
public sealed record CeasefireDeclared(
    EventMeta Meta,
    string CeasefireId,
    ActorRef By,
    ActorRef Scope,
    CeasefireKind Kind,
    DateOnly? ScheduledEnd) : NegotiationEvent(Meta), IEventType<CeasefireDeclared>
{
    public static string Definition => "A party declares, or two parties agree, a ceasefire from the event's date.";

    public override CameoCode? Cameo => CameoCode.DeclareTruce;

    public static CeasefireDeclared Read(EventMeta meta, IEventFields fields) => new(
        meta, fields.Name("ceasefire"), fields.Actor("declaredBy"), fields.Actor("scope"),
        fields.Choice<CeasefireKind>("kind"), fields.OptionalDay("scheduledEnd"));

    public override EventFamily Family() => EventFamily.Ceasefires;

    public override string Describe() =>
        $"{By.Name} declares {Words.Article(Words.Of(Kind))} ceasefire for {Scope.Name}" + (ScheduledEnd is { } end ? $" until {end:yyyy-MM-dd}" : "");

    public override PloverCode? Plover(EventLookup history) => new("RETREAT", "ceasefire", "military");

    public override EventDyad Dyad(EventLookup history) => new(By, Scope.Id == By.Id || Scope.IsOrBelongsTo(By.Id) ? null : Scope);

    internal override Decision.Rejected? RefusedBy(NegotiationState state) =>
        state.KnowsCeasefire(CeasefireId)
            ? new("ceasefire", $"ceasefire '{CeasefireId}' is already declared")
            : ScheduledEnd is { } end && end < Meta.Occurred.Start
                ? new("scheduledEnd", $"scheduled end {end:yyyy-MM-dd} is before the ceasefire starts ({Meta.Occurred})")
                : null;

    public override StatusScope Moves => StatusScope.Ceasefires;

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state)
    {
        var (kept, retired) = StateChanges.KeepingOpen(
            state.Ceasefires.Add(new Ceasefire(
                CeasefireId, By, Scope, Kind, Meta.Occurred, ScheduledEnd, CeasefireStatus.InForce,
                null, null, null, null, [], RecentRecords<string>.None, RecentRecords<string>.None, [Meta.Id], RecentRecords<string>.None)),
            state.RetiredCeasefireIds,
            c => c.Status == CeasefireStatus.Ended,
            c => c.Id);
        return state with { Ceasefires = kept, RetiredCeasefireIds = retired, CeasefiresDeclared = state.CeasefiresDeclared + 1 };
    }
}
