using TtpSim.Domain.Events;
using TtpSim.Domain.State;

namespace TtpSim.Bench.Measurements;

/// <summary>
/// The pure in-memory fold of the same events: <see cref="Timeline.ChangePoints"/>, the sort into historical
/// order and <see cref="NegotiationFold.Evolve"/> that the projection runs, with no database on either side.
/// </summary>
public static class FoldMeasurement
{
    public static Rate Run(IReadOnlyList<NegotiationEvent> events)
    {
        var changePoints = 0;
        var elapsed = Timed.Fastest(() => changePoints = Timeline.ChangePoints(events).Count(), TimeSpan.FromMilliseconds(300));
        return changePoints == 0 && events.Count > 0 ? throw new InvalidOperationException("the fold produced no change points") : Rate.Of(events.Count, elapsed);
    }
}
