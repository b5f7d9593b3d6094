using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.State;

/// <summary>
/// An event's place in historical order: when it happened, then its place in its file, then its id (ids
/// are unique in a scenario, so no two events tie).
/// </summary>
public readonly record struct EventKey(HistoricalDate Occurred, int Ordinal, string Id) : IComparable<EventKey>
{
    public static EventKey Of(NegotiationEvent @event) => new(@event.Meta.Occurred, @event.Meta.Ordinal, @event.Meta.Id);

    public int CompareTo(EventKey other)
    {
        var byDate = Occurred.CompareTo(other.Occurred);
        if (byDate != 0)
        {
            return byDate;
        }

        var byOrdinal = Ordinal.CompareTo(other.Ordinal);
        return byOrdinal != 0 ? byOrdinal : string.CompareOrdinal(Id, other.Id);
    }
}
