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
/// What each event type refuses is written beside the type (its RefusedBy).
/// </summary>
public static class NegotiationDecider
{
    public static NegotiationState Initial => NegotiationState.Initial;

    public static NegotiationState Evolve(NegotiationState state, NegotiationEvent @event) => NegotiationFold.Evolve(state, @event);

    public static Decision Decide(AdvanceTo command, NegotiationState state) => new Decision.Accepted([.. Rules.CeasefireLapse.DueBy(state, command.Day)]);

    public static Decision Decide(RecordEvent command, NegotiationState state) => command.Event.RefusedBy(state) switch
    {
        null => new Decision.Accepted(WithConsequences(command.Event, Rules.Consequences.Of(command.Event, state))),
        var refusal => refusal,
    };

    /// <summary>Most events imply nothing: then the answer is a one-element array, with no list built on the way.</summary>
    private static ImmutableArray<NegotiationEvent> WithConsequences(NegotiationEvent recorded, IEnumerable<NegotiationEvent> consequences) =>
        consequences is ICollection<NegotiationEvent> { Count: 0 } ? [recorded] : [recorded, .. consequences];
}
