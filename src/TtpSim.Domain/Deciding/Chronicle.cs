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
        var history = Timeline.InHistoricalOrder(recorded);

        // An event past the horizon (one that cites no source) does not carry inference past it: no lapse is
        // inferred where no source could say whether the ceasefire was extended. A simulation's start may.
        var run = new ChronicleRun(until ?? Horizon.OfHistory(history));
        foreach (var @event in history)
        {
            if (run.Record(@event) is { } refusal)
            {
                return (run.Derived, run.State, refusal);
            }
        }

        run.Finish(until);
        return (run.Derived, run.State, null);
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

/// <summary>
/// <see cref="Chronicle.Tell"/> one event at a time, for a history read in historical order from a file too
/// large to hold: the state is bounded, so only the derived events grow.
/// </summary>
/// <param name="cap">The day past which time is not advanced for inference: the record's horizon, or a simulation's start.</param>
public sealed class ChronicleRun(DateOnly? cap)
{
    private readonly ImmutableArray<NegotiationEvent>.Builder derived = ImmutableArray.CreateBuilder<NegotiationEvent>();

    public NegotiationState State { get; private set; } = NegotiationDecider.Initial;

    public ImmutableArray<NegotiationEvent> Derived => derived.ToImmutable();

    /// <summary>The events derived so far, read as they come by a caller that streams them on (no copy).</summary>
    public IReadOnlyList<NegotiationEvent> DerivedSoFar => derived;

    /// <summary>Decides the next recorded event (in historical order); null when accepted, else the refusal (the run stops there).</summary>
    public Refusal? Record(NegotiationEvent @event)
    {
        State = Chronicle.Apply(NegotiationDecider.Decide(new AdvanceTo(Horizon.Cap(@event.Meta.Occurred.Start, cap)), State), State, derived, keepFirst: true);
        var decision = NegotiationDecider.Decide(new RecordEvent(@event), State);
        if (decision is Decision.Rejected rejected)
        {
            return new Refusal(@event, rejected);
        }

        State = Chronicle.Apply(decision, State, derived, keepFirst: false);
        return null;
    }

    /// <summary>Lets time run on to <paramref name="until"/> or, by default, to where the record ends.</summary>
    public void Finish(DateOnly? until)
    {
        var end = until ?? State.RecordEnds ?? DateOnly.MaxValue;
        State = Chronicle.Apply(NegotiationDecider.Decide(new AdvanceTo(end), State), State, derived, keepFirst: true);
    }
}
