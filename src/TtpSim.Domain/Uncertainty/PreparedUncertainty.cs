using TtpSim.Domain.Events;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Uncertainty;

/// <summary>
/// One history's uncertain dates, prepared to answer many dates with the same report as
/// <see cref="DateUncertainty.On(IReadOnlyList{NegotiationEvent}, DateOnly, DateOnly?, DateOnly?)"/>.
/// </summary>
/// <remarks>
/// The talks' and the ceasefires' events fall into runs whose intervals overlap. Every run but the last one
/// begun by a date also ended by it, and its readings do not depend on the date, so the readings up to each
/// run are kept, once, and a date searches only its last run. Known-as-of dates, and the demands' small
/// groups, take the whole search.
/// </remarks>
public sealed class PreparedUncertainty(IReadOnlyList<NegotiationEvent> history, DateOnly? horizon)
{
    private readonly Runs talks = new(history, StatusScope.Talks, horizon);
    private readonly Runs ceasefires = new(history, StatusScope.Ceasefires, horizon);

    /// <summary>
    /// The recorded events in historical order, sorted once: that order is total and begins with the first day,
    /// so the events counted on a date are a prefix of it, filtered, in the order a sort of them would give.
    /// </summary>
    private readonly List<NegotiationEvent> recordedInOrder = Timeline.InHistoricalOrder(history.Where(e => !e.Meta.IsDerived));

    private StatusGroups? groups;

    /// <summary>Each demand's readings kept by <see cref="KeepDemandOutcomes"/>, by its place among the tablings, with the size of the group they were searched for.</summary>
    private (int Members, IReadOnlyList<Outcome> Outcomes)?[] demandReadings = [];

    public DateUncertaintyReport On(DateOnly asOf, DateOnly? knownAsOf) =>
        DateUncertainty.On(history, asOf, knownAsOf, horizon, this);

    /// <summary>The recorded events that count on <paramref name="asOf"/> (as known on <paramref name="knownAsOf"/>), in historical order.</summary>
    internal IReadOnlyList<NegotiationEvent> Counted(DateOnly asOf, DateOnly? knownAsOf)
    {
        var (low, high) = (0, recordedInOrder.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            (low, high) = recordedInOrder[middle].Meta.Occurred.Start <= asOf ? (middle + 1, high) : (low, middle - 1);
        }

        if (knownAsOf is null)
        {
            // Everything begun by the date counts when nothing is held back for being known later.
            return new Prefix(recordedInOrder, low);
        }

        var counted = new List<NegotiationEvent>(low);
        for (var i = 0; i < low; i++)
        {
            if (DateUncertainty.Counts(recordedInOrder[i], asOf, knownAsOf))
            {
                counted.Add(recordedInOrder[i]);
            }
        }

        return counted;
    }

    /// <summary>
    /// Where the status groups sit among the recorded events in historical order: without a knowledge date the events
    /// counted on a date are a prefix of them, so they are indexed once for every date.
    /// </summary>
    internal StatusGroups Groups
    {
        get
        {
            lock (recordedInOrder)
            {
                if (groups is null)
                {
                    groups = new StatusGroups(recordedInOrder);
                    demandReadings = new (int, IReadOnlyList<Outcome>)?[groups.Demands];
                }

                return groups;
            }
        }
    }

    /// <summary>
    /// A demand's readings on <paramref name="asOf"/> if kept: searched for a group of the same size (a group only grows,
    /// so the same events) whose events had all ended by then, as they had when kept. Null when they must be searched.
    /// </summary>
    internal IReadOnlyList<Outcome>? KeptDemandOutcomes(StatusGroup group, DateOnly asOf)
    {
        if (group.LastDay > asOf)
        {
            return null;
        }

        lock (demandReadings)
        {
            return demandReadings[group.Demand] is { } kept && kept.Members == group.Members ? kept.Outcomes : null;
        }
    }

    /// <summary>
    /// Keeps a demand's readings while they cannot change: every event of its group ended by the date, so a later date
    /// with the same group walks the same orders on the same days; and with no ceasefire in any reading, time moves
    /// nothing it reads. Anything else is searched again.
    /// </summary>
    internal void KeepDemandOutcomes(StatusGroup group, ReadingSearch search, DateOnly asOf, IReadOnlyList<Outcome> outcomes)
    {
        if (group.LastDay <= asOf && !search.ReadCeasefires)
        {
            lock (demandReadings)
            {
                demandReadings[group.Demand] = (group.Members, outcomes);
            }
        }
    }

    internal IReadOnlyList<Outcome> Outcomes(StatusScope scope, ReadingSearch search, DateOnly asOf) =>
        (scope == StatusScope.Talks ? talks : ceasefires).Outcomes(search, asOf);

    private sealed class Runs
    {
        private readonly DateOnly? horizon;
        private readonly List<List<NegotiationEvent>> runs;
        private readonly List<IReadOnlyList<ReadingSearch.Branch>> before = [ReadingSearch.Start];
        private readonly List<int> nodesBefore = [0];

        public Runs(IReadOnlyList<NegotiationEvent> history, StatusScope scope, DateOnly? horizon)
        {
            this.horizon = horizon;
            var group = Timeline.InHistoricalOrder(history.Where(e => !e.Meta.IsDerived && e.Moves.HasFlag(scope)));
            runs = new ReadingSearch(DateOnly.MaxValue, null, horizon, []).Segments(group);
        }

        /// <summary>The readings on <paramref name="asOf"/>: those kept up to the last run begun by then, carried through it.</summary>
        public IReadOnlyList<Outcome> Outcomes(ReadingSearch search, DateOnly asOf)
        {
            var last = LastBegunBy(asOf);
            if (last < 0)
            {
                return search.Outcomes(ReadingSearch.Start);
            }

            var (frontier, nodes) = Before(last, asOf);
            var tail = new ReadingSearch(asOf, null, horizon, []) { NodesWalked = nodes };
            return search.Outcomes(tail.Across(frontier, [.. runs[last].Where(e => e.Meta.Occurred.Start <= asOf)]));
        }

        private int LastBegunBy(DateOnly asOf)
        {
            var (low, high) = (0, runs.Count - 1);
            while (low <= high)
            {
                var middle = (low + high) / 2;
                (low, high) = runs[middle][0].Meta.Occurred.Start <= asOf ? (middle + 1, high) : (low, middle - 1);
            }

            return high;
        }

        /// <summary>
        /// The readings after every run before <paramref name="run"/>, searched as the whole search would on
        /// <paramref name="asOf"/> (those runs ended by then), with the points it walked, so the budget holds alike.
        /// </summary>
        private (IReadOnlyList<ReadingSearch.Branch> Frontier, int Nodes) Before(int run, DateOnly asOf)
        {
            lock (before)
            {
                while (before.Count <= run)
                {
                    var search = new ReadingSearch(asOf, null, horizon, []) { NodesWalked = nodesBefore[^1] };
                    before.Add(search.Across(before[^1], runs[before.Count - 1]));
                    nodesBefore.Add(search.NodesWalked);
                }

                return (before[run], nodesBefore[run]);
            }
        }
    }
}
