using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Deciding;

/// <summary>Record one historical event, as a scenario file states it.</summary>
public sealed record RecordEvent(NegotiationEvent Event);

/// <summary>Let time pass up to a day: what was scheduled to happen before it happens (a ceasefire lapses).</summary>
public sealed record AdvanceTo(DateOnly Day);

public abstract record Decision
{
    public sealed record Accepted(ImmutableArray<NegotiationEvent> Events) : Decision;

    /// <summary>Refused; <paramref name="Field"/> names the event field at fault so a loader can point at it.</summary>
    public sealed record Rejected(string Field, string Reason) : Decision;
}

/// <summary>
/// The decider: <see cref="Decide(RecordEvent, NegotiationState)"/> checks a command against the state on
/// the event's date and returns the events to store, the recorded one followed by what the rules infer
/// from it; <see cref="Decide(AdvanceTo, NegotiationState)"/> returns what time brings; <see cref="Evolve"/>
/// folds events; <see cref="Initial"/> is where every history starts. Replay and simulation both drive it.
/// </summary>
public static class NegotiationDecider
{
    public static NegotiationState Initial => NegotiationState.Initial;

    public static NegotiationState Evolve(NegotiationState state, NegotiationEvent @event) => NegotiationFold.Evolve(state, @event);

    public static Decision Decide(AdvanceTo command, NegotiationState state) => new Decision.Accepted([.. Rules.CeasefireLapse.DueBy(state, command.Day)]);

    public static Decision Decide(RecordEvent command, NegotiationState state) => Check(command, state) switch
    {
        Decision.Accepted => new Decision.Accepted([command.Event, .. Rules.Consequences.Of(command.Event, state)]),
        var refusal => refusal,
    };

    private static Decision Check(RecordEvent command, NegotiationState state) => command.Event switch
    {
        CeasefireDeclared e when state.FindCeasefire(e.CeasefireId) is not null =>
            Reject("ceasefire", $"ceasefire '{e.CeasefireId}' is already declared"),
        CeasefireDeclared e when e.ScheduledEnd is { } end && end < e.Meta.Occurred.Start =>
            Reject("scheduledEnd", $"scheduled end {end:yyyy-MM-dd} is before the ceasefire starts ({e.Meta.Occurred})"),
        CeasefireExtended e => CheckCeasefireInForce(state, e.CeasefireId, e) is { } refusal
            ? refusal
            : e.ScheduledEnd < e.Meta.Occurred.Start
                ? Reject("scheduledEnd", $"the new scheduled end {e.ScheduledEnd:yyyy-MM-dd} is before the extension ({e.Meta.Occurred})")
                : Accept(e),
        CeasefireEnded e => (Decision?)CheckCeasefireInForce(state, e.CeasefireId, e) ?? Accept(e),
        CeasefireViolated e => state.FindCeasefire(e.CeasefireId) is null
            ? Reject("ceasefire", $"ceasefire '{e.CeasefireId}' is not declared on or before {e.Meta.Occurred}")
            : Accept(e),
        DemandTabled e when state.FindDemand(e.DemandId) is not null =>
            Reject("demand", $"demand '{e.DemandId}' is already tabled"),
        DemandMet e => CheckDemand(state, e.DemandId, e),
        DemandPartlyMet e => CheckDemand(state, e.DemandId, e),
        DemandRejected e => CheckDemand(state, e.DemandId, e),
        AmnestyRejected e when !state.AmnestyOffers.Latest.Any(o => o.RejectedOn is null) =>
            Reject("type", $"no amnesty offer is open on {e.Meta.Occurred} to reject"),
        _ => Accept(command.Event),
    };

    private static Decision.Rejected? CheckCeasefireInForce(NegotiationState state, string ceasefireId, NegotiationEvent @event)
    {
        var ceasefire = state.FindCeasefire(ceasefireId);
        if (ceasefire is null)
        {
            return new Decision.Rejected("ceasefire", $"ceasefire '{ceasefireId}' is not declared on or before {@event.Meta.Occurred}");
        }

        return ceasefire.Status == CeasefireStatus.Ended
            ? new Decision.Rejected("ceasefire", $"ceasefire '{ceasefireId}' already ended on {ceasefire.EndedOn}" + (ceasefire.How == CeasefireEnding.Expired ? " (it lapsed after its scheduled last day)" : ""))
            : null;
    }

    private static Decision CheckDemand(NegotiationState state, string demandId, NegotiationEvent @event) =>
        state.FindDemand(demandId) is null
            ? Reject("demand", $"demand '{demandId}' is not tabled on or before {@event.Meta.Occurred}")
            : Accept(@event);

    private static Decision.Accepted Accept(NegotiationEvent @event) => new([@event]);

    private static Decision.Rejected Reject(string field, string reason) => new(field, reason);
}
