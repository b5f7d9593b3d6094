using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Simulation.Estimation;

/// <summary>
/// The record as it was known on <see cref="KnownAsOf"/>: the recorded events that had happened and were
/// surely public by then (an event whose knowledge date is a period still open on that day is left out),
/// and the last day the record can speak for, <see cref="ObservedTo"/>: the earlier of that day and the
/// record's horizon.
/// </summary>
public sealed record EstimationContext(
    IReadOnlyList<NegotiationEvent> Known,
    DateOnly KnownAsOf,
    DateOnly ObservedTo,
    ActorRef Militants,
    ActorRef Government)
{
    public static EstimationContext Of(IEnumerable<NegotiationEvent> history, DateOnly knownAsOf, ActorRef militants, ActorRef government)
    {
        var recorded = history.Where(e => !e.Meta.IsDerived).ToList();
        var known = recorded.Where(e => e.Meta.Occurred.Start <= knownAsOf && e.Meta.KnownFrom <= knownAsOf).ToList();
        var horizon = Horizon.OfHistory(recorded);
        return new EstimationContext(known, knownAsOf, Horizon.Cap(knownAsOf, horizon), militants, government);
    }
}
