using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Scenarios.Loading;

/// <summary>
/// The days a scenario speaks to: from the first day of its earliest event to the day after the last
/// day any of its events occupies, or to its horizon or divergence date when either is later. A state
/// asked for outside it is the empty state before the history or the last one after it, so pinning
/// such a day pins nothing the span's own ends do not, and is taken for a typing mistake.
/// </summary>
public sealed record ScenarioSpan(DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly day) => First <= day && day <= Last;

    public override string ToString() => $"{First:yyyy-MM-dd} to {Last:yyyy-MM-dd}";

    public static ScenarioSpan Of(IReadOnlyCollection<NegotiationEvent> events, HistoricalDate? divergesFrom)
    {
        if (events.Count == 0)
        {
            var day = divergesFrom?.Start ?? DateOnly.MinValue;
            return new ScenarioSpan(day, day);
        }

        var first = events.Min(e => e.Meta.Occurred.Start);
        var lastOccupied = events.Max(e => e.Meta.Occurred.End);

        // The calendar's last day has no day after it; a file may still date an event to it.
        var last = lastOccupied == DateOnly.MaxValue ? lastOccupied : lastOccupied.AddDays(1);
        foreach (var later in new[] { Horizon.OfHistory(events), divergesFrom?.Start })
        {
            last = later is { } d && d > last ? d : last;
        }

        return new ScenarioSpan(first, last);
    }
}
