using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Deciding;

/// <summary>A recorded event the decider refused, and why.</summary>
public sealed record Refusal(NegotiationEvent Event, Decision.Rejected Reason);

/// <summary>
/// Drives the decider through a recorded history in historical order: time advances to each event's
/// date (lapses fall due), the event is decided (checked, and its consequences inferred), and the
/// resulting events are folded. What comes out is the recorded events plus the derived ones.
/// </summary>
public static class Chronicle
{
    /// <param name="until">
    /// Time is advanced to this day at the end. By default, to the record's horizon (the latest day its
    /// sources were published): a ceasefire scheduled to end after it is not inferred to have lapsed, since
    /// no source could say whether it was extended. A history that cites no source runs past every end.
    /// </param>
    public static (ImmutableArray<NegotiationEvent> Derived, NegotiationState State, Refusal? Refusal) Tell(
        IEnumerable<NegotiationEvent> recorded,
        DateOnly? until = null)
    {
        var derived = ImmutableArray.CreateBuilder<NegotiationEvent>();
        var state = NegotiationDecider.Initial;
        var history = Timeline.InHistoricalOrder(recorded);

        // An event past the horizon (one that cites no source) does not carry inference past it: no lapse is
        // inferred where no source could say whether the ceasefire was extended. A simulation's start may.
        var cap = until ?? Horizon.OfHistory(history);
        foreach (var @event in history)
        {
            state = Apply(NegotiationDecider.Decide(new AdvanceTo(Horizon.Cap(@event.Meta.Occurred.Start, cap)), state), state, derived, keepFirst: true);
            var decision = NegotiationDecider.Decide(new RecordEvent(@event), state);
            if (decision is Decision.Rejected rejected)
            {
                return (derived.ToImmutable(), state, new Refusal(@event, rejected));
            }

            state = Apply(decision, state, derived, keepFirst: false);
        }

        var end = until ?? state.RecordEnds ?? DateOnly.MaxValue;
        state = Apply(NegotiationDecider.Decide(new AdvanceTo(end), state), state, derived, keepFirst: true);
        return (derived.ToImmutable(), state, null);
    }

    /// <summary>Folds a decision's events; the first event of a RecordEvent decision is the recorded one, the rest are derived.</summary>
    internal static NegotiationState Apply(Decision decision, NegotiationState state, ImmutableArray<NegotiationEvent>.Builder derived, bool keepFirst)
    {
        var events = ((Decision.Accepted)decision).Events;
        for (var i = 0; i < events.Length; i++)
        {
            if (keepFirst || i > 0)
            {
                derived.Add(events[i]);
            }

            state = NegotiationDecider.Evolve(state, events[i]);
        }

        return state;
    }
}
