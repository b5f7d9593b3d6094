using TtpSim.Domain.Events;

namespace TtpSim.Domain.Uncertainty;

/// <summary>
/// One group of events that can move some statuses, as it stands among the events counted on a date: what it moves,
/// the statuses read from it, and its events.
/// </summary>
internal sealed class StatusGroup
{
    private readonly StatusGroups? index;
    private readonly int count;
    private IReadOnlyList<NegotiationEvent>? events;

    public StatusGroup(StatusScope scope, IReadOnlyList<string> paths, IReadOnlyList<NegotiationEvent> events)
    {
        Scope = scope;
        Paths = paths;
        Members = events.Count;
        this.events = events;
    }

    /// <summary>
    /// A demand's group, gathered only when asked for: on a long history most demands' readings are kept, and found
    /// by the group's size and last day alone.
    /// </summary>
    public StatusGroup(StatusGroups index, int demand, int count, int members, DateOnly lastDay)
    {
        this.index = index;
        this.count = count;
        Scope = StatusScope.None;
        Paths = index.DemandPaths(demand);
        Demand = demand;
        Members = members;
        LastDay = lastDay;
    }

    /// <summary>Talks, Ceasefires, or None for a demand's group.</summary>
    public StatusScope Scope { get; }

    public IReadOnlyList<string> Paths { get; }

    /// <summary>For a demand's group, the demand's place among the history's tablings; -1 otherwise.</summary>
    public int Demand { get; init; } = -1;

    /// <summary>How many events it holds: a group only grows as the date moves on, so the same size is the same events.</summary>
    public int Members { get; }

    /// <summary>For a demand's group, the latest last day of its events.</summary>
    public DateOnly LastDay { get; init; }

    public IReadOnlyList<NegotiationEvent> Events => events ??= index!.DemandGroup(Demand, count);
}
