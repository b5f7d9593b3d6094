using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Uncertainty;

/// <summary>
/// What a record with uncertain dates says on a date. An event dated to a month, a year or a range
/// occupies that interval: on a day inside it, it may or may not have happened yet, and among
/// overlapping intervals the order is what the sources fix (dependsOn, and what the decider admits),
/// nothing more. Each tracked status gets every value some admissible reading gives it; it is settled
/// when there is one. A knowledge date given to a month or a range is read the same way.
/// </summary>
/// <remarks>
/// The statuses are worked out group by group, each from the events that can move it: the talks' from
/// talks events, the ceasefires' from ceasefire events, a demand's from its tabling, its answers and the
/// acts tied to it (with the ceasefire events, when a truce is one of those acts). No other event moves
/// them, so each group's readings are independent of the rest.
/// </remarks>
public static class DateUncertainty
{
    public static DateUncertaintyReport On(IEnumerable<NegotiationEvent> history, DateOnly asOf, DateOnly? knownAsOf)
    {
        var all = history.ToList();
        return On(all, asOf, knownAsOf, Horizon.OfHistory(all));
    }

    /// <param name="history">The recorded events that can move a status or have an uncertain date; others may be left out.</param>
    /// <param name="horizon">The horizon of the whole history, when <paramref name="history"/> is only a part of it.</param>
    public static DateUncertaintyReport On(IReadOnlyList<NegotiationEvent> history, DateOnly asOf, DateOnly? knownAsOf, DateOnly? horizon) =>
        On(history, asOf, knownAsOf, horizon, runs: null);

    /// <param name="runs">
    /// The history prepared for many dates: its events kept in historical order, and the talks' and the ceasefires'
    /// readings up to their last run begun by the date (used without a knowledge date); null to work everything out.
    /// </param>
    internal static DateUncertaintyReport On(IReadOnlyList<NegotiationEvent> history, DateOnly asOf, DateOnly? knownAsOf, DateOnly? horizon, PreparedUncertainty? runs)
    {
        // In historical order, so the answer does not depend on the order the events were stored in.
        IReadOnlyList<NegotiationEvent> counted = runs is not null
            ? runs.Counted(asOf, knownAsOf)
            : Timeline.InHistoricalOrder(history.Where(e => !e.Meta.IsDerived && Counts(e, asOf, knownAsOf)));

        var settled = new Dictionary<string, string?>(StringComparer.Ordinal);
        var settledByKeptReadings = new List<(int Demand, string? Value)>();
        var open = ImmutableArray.CreateBuilder<UncertainStatus>();
        var index = runs is not null && knownAsOf is null ? runs.Groups : new StatusGroups(counted);
        foreach (var group in index.Among(counted.Count))
        {
            var paths = group.Paths;
            IReadOnlyList<Outcome> outcomes;
            if (runs is null || knownAsOf is not null)
            {
                outcomes = new ReadingSearch(asOf, knownAsOf, horizon, paths).Run(group.Events);
            }
            else if (group.Scope != StatusScope.None)
            {
                outcomes = runs.Outcomes(group.Scope, new ReadingSearch(asOf, knownAsOf, horizon, paths), asOf);
            }
            else if (runs.KeptDemandOutcomes(group, asOf) is { } kept)
            {
                if (kept.Count == 1 && index.HasPathOfItsOwn(group.Demand))
                {
                    // Most demands of a long history: listed by place, not put in the dictionary one by one each date.
                    settledByKeptReadings.Add((group.Demand, kept[0].Values[0]));
                    continue;
                }

                outcomes = kept;
            }
            else
            {
                outcomes = SearchDemand(runs, group, new ReadingSearch(asOf, knownAsOf, horizon, paths), asOf);
            }

            for (var p = 0; p < paths.Count; p++)
            {
                if (outcomes.Count == 1)
                {
                    // One reading settles every status of the group; most groups of a long day-dated history have one.
                    settled[paths[p]] = outcomes[0].Values[p];
                    continue;
                }

                var possible = outcomes
                    .GroupBy(o => o.Values[p])
                    .Select(g => new PossibleValue(g.Key, g.First().Witness))
                    .OrderBy(v => v.Value ?? "", StringComparer.Ordinal)
                    .ToImmutableArray();
                if (possible.Length == 1)
                {
                    settled[paths[p]] = possible[0].Value;
                }
                else if (possible.Length > 1)
                {
                    open.Add(new UncertainStatus(paths[p], possible, BecauseOf(group.Events, possible, knownAsOf)));
                }
            }
        }

        return new DateUncertaintyReport(
            asOf,
            knownAsOf,
            horizon,
            new SettledStatuses(settled, index, settledByKeptReadings),
            open.ToImmutable(),
            knownAsOf is null
                ? index.UnderwayAmong(counted.Count, asOf)
                : [.. counted.Where(e => e.Meta.Occurred.End > asOf && e.Meta.KnownFrom <= knownAsOf).Select(e => e.Meta.Id)],
            knownAsOf is { } known ? [.. counted.Where(e => e.Meta.KnownUncertainOn(known)).Select(e => e.Meta.Id)] : []);
    }

    private static IReadOnlyList<Outcome> SearchDemand(PreparedUncertainty runs, StatusGroup group, ReadingSearch search, DateOnly asOf)
    {
        var outcomes = search.Run(group.Events);
        runs.KeepDemandOutcomes(group, search, asOf, outcomes);
        return outcomes;
    }

    /// <summary>Whether a recorded event is read on <paramref name="asOf"/>: begun by then, and known of by <paramref name="knownAsOf"/> when one is given.</summary>
    internal static bool Counts(NegotiationEvent @event, DateOnly asOf, DateOnly? knownAsOf) =>
        @event.Meta.Occurred.Start <= asOf && (knownAsOf is not { } known || (@event.Meta.KnownEarliest ?? @event.Meta.KnownFrom) <= known);

    /// <summary>
    /// Whether the event can bear on what is uncertain on some date: it can move a status, it presupposes
    /// another event, or its date or knowledge date is a period. The others can be left out of <see cref="On(IReadOnlyList{NegotiationEvent}, DateOnly, DateOnly?, DateOnly?)"/>.
    /// </summary>
    public static bool CanMatter(NegotiationEvent @event) =>
        @event.Moves != StatusScope.None
        || !@event.Meta.DependsOn.IsEmpty
        || @event.Meta.Occurred.Start != @event.Meta.Occurred.End
        || @event.Meta.KnownEarliest is not null;

    /// <summary>
    /// The group's events whose uncertain date or knowledge date makes the difference: those that one
    /// witness has and another lacks, or that two witnesses fold in a different order.
    /// </summary>
    private static ImmutableArray<string> BecauseOf(IReadOnlyList<NegotiationEvent> group, ImmutableArray<PossibleValue> possible, DateOnly? knownAsOf)
    {
        var flexible = group
            .Where(e => e.Meta.Occurred.Start != e.Meta.Occurred.End || (knownAsOf is { } known && e.Meta.KnownUncertainOn(known)))
            .Select(e => e.Meta.Id)
            .ToList();
        var orders = possible.Select(p => p.Witness.Happened.Select(c => c.EventId).ToList()).ToList();
        return [.. flexible.Where(id =>
        {
            var positions = orders.Select(o => o.IndexOf(id)).ToList();
            if (positions.Distinct().Count() == 1 && positions[0] < 0)
            {
                return false;
            }

            if (positions.Exists(p => p < 0) && positions.Exists(p => p >= 0))
            {
                return true;
            }

            // Present in every witness: it matters if an event it precedes in one witness follows it in another.
            return group.Select(e => e.Meta.Id).Where(other => other != id).Any(other =>
                orders.Select(o => o.IndexOf(other) is var at && at >= 0 ? Math.Sign(at - o.IndexOf(id)) : 0).Where(s => s != 0).Distinct().Count() > 1);
        })];
    }
}
