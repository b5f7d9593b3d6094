using TtpSim.Domain.Events;

namespace TtpSim.Domain.State;

/// <summary>
/// The record's horizon: the latest day its sources were published. Past it no source can say what
/// happened, so no rule infers anything there and the state says "unknown" where it would have to guess.
/// </summary>
public static class Horizon
{
    /// <summary>The latest publication day among the event's sources; null for an event that cites none.</summary>
    public static DateOnly? Of(NegotiationEvent @event)
    {
        DateOnly? latest = null;
        foreach (var source in @event.Meta.Sources.IsDefault ? [] : @event.Meta.Sources)
        {
            latest = latest is { } day && day >= source.Published.End ? latest : source.Published.End;
        }

        return latest;
    }

    /// <summary>The horizon of a whole history: the latest publication day of every source its recorded events cite; null when they cite none.</summary>
    public static DateOnly? OfHistory(IEnumerable<NegotiationEvent> history)
    {
        DateOnly? latest = null;
        foreach (var day in history.Where(e => !e.Meta.IsDerived).Select(Of))
        {
            latest = day is { } d && (latest is null || d > latest) ? d : latest;
        }

        return latest;
    }

    /// <summary>The day time may be advanced to for inference: never past the horizon, where no source can say what became of a schedule.</summary>
    public static DateOnly Cap(DateOnly day, DateOnly? horizon) => horizon is { } last && last < day ? last : day;
}
