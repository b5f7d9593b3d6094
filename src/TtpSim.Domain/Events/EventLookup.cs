using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>
/// What an event needs from the rest of its history to say who it answers: a reply to a demand names
/// only its author, so the demand it answers is looked up here. Built once per scenario.
/// </summary>
public sealed class EventLookup
{
    public static readonly EventLookup Empty = new([]);

    private readonly Dictionary<string, DemandTabled> demands;
    private readonly List<AmnestyOffered> amnestyOffers;

    public EventLookup(IEnumerable<NegotiationEvent> scenarioEvents)
    {
        var ordered = Timeline.InHistoricalOrder(scenarioEvents);
        demands = ordered.OfType<DemandTabled>()
            .GroupBy(d => d.DemandId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        amnestyOffers = [.. ordered.OfType<AmnestyOffered>()];
    }

    public DemandTabled? Demand(string demandId) => demands.GetValueOrDefault(demandId);

    /// <summary>The latest amnesty offer made on or before a date: the one a rejection then answers.</summary>
    public AmnestyOffered? AmnestyOfferBefore(Provenance.HistoricalDate date) =>
        amnestyOffers.LastOrDefault(o => o.Meta.Occurred.CompareTo(date) <= 0);
}
