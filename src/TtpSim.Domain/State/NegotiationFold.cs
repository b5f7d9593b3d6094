using TtpSim.Domain.Events;

namespace TtpSim.Domain.State;

/// <summary>
/// The one fold. Marten's projections and the in-memory replay both call <see cref="Evolve"/>, so they
/// cannot disagree. Each event type keeps its own step beside its other rules (in its file under
/// Events/); this is the only place that takes it. It is total: an event that refers to something
/// unknown changes nothing (the decider refuses such events before they are stored).
/// </summary>
public static class NegotiationFold
{
    public static NegotiationState Evolve(NegotiationState state, NegotiationEvent @event) =>
        @event.ApplyTo(state) with { EventsApplied = state.EventsApplied + 1, RecordEnds = Later(state.RecordEnds, Horizon.Of(@event)) };

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
