using System.Collections.Immutable;
using System.Text;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Uncertainty;

/// <summary>Raised when the orderings a group of uncertain dates allows are too many to search.</summary>
public sealed class TooUncertainException(string message) : Exception(message);

/// <summary>
/// Searches every admissible reading of one group of events on a date: each event on some day inside its
/// interval (or not yet, when its interval runs past the date), folded in the order of those days (then
/// file order), through the decider, so a reading the rules refuse (a resumption before any suspension,
/// an event before one it depends on) is not a possible history. Only days that can change an outcome
/// are tried: the earliest day an event can take, and the days a ceasefire in force would lapse.
/// </summary>
/// <remarks>
/// Events whose intervals do not overlap fall into separate segments in a fixed order; the search runs
/// segment by segment and keeps one reading per distinct state of the statuses, so a long history of
/// day-dated events costs one fold.
/// </remarks>
internal sealed class ReadingSearch(DateOnly asOf, DateOnly? knownAsOf, DateOnly? horizon, IReadOnlyList<string> paths)
{
    private const int NodeBudget = 2_000_000;
    private int nodes;

    /// <summary>Points of the search already walked: the same events placed, on the same last day, to the same statuses lead to the same ends.</summary>
    private readonly HashSet<string> visited = new(StringComparer.Ordinal);

    internal sealed record Branch(NegotiationState State, ImmutableList<DayChoice> Path, ImmutableSortedSet<string> LeftOut);

    /// <summary>Where every search starts: one reading, with nothing placed.</summary>
    public static IReadOnlyList<Branch> Start { get; } = [new(NegotiationState.Initial, [], [])];

    /// <summary>The points of the search walked so far; it may not pass the budget, however the segments are taken.</summary>
    public int NodesWalked
    {
        get => nodes;
        init => nodes = value;
    }

    public IReadOnlyList<Outcome> Run(IReadOnlyList<NegotiationEvent> group) =>
        Outcomes(Segments(group).Aggregate(Start, Across));

    /// <summary>The distinct readings after one more segment: one per distinct state of the statuses.</summary>
    public IReadOnlyList<Branch> Across(IReadOnlyList<Branch> frontier, List<NegotiationEvent> segment)
    {
        var next = new Dictionary<string, Branch>(StringComparer.Ordinal);
        foreach (var branch in frontier)
        {
            visited.Clear();
            Walk(segment, new bool[segment.Count], branch.State, DateOnly.MinValue, int.MinValue, branch.Path, done =>
            {
                var leftOut = branch.LeftOut.Union(done.LeftOut);
                next.TryAdd(Fingerprint(done.State, leftOut), done with { LeftOut = leftOut });
            });
        }

        return [.. next.Values];
    }

    /// <summary>
    /// Whether some reading <see cref="Outcomes"/> gave held a ceasefire: only then could time alone (a scheduled
    /// end passing, a truce outlasting the record) move what the statuses read, between two dates.
    /// </summary>
    public bool ReadCeasefires { get; private set; }

    public IReadOnlyList<Outcome> Outcomes(IReadOnlyList<Branch> frontier)
    {
        var outcomes = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        foreach (var branch in frontier)
        {
            ReadCeasefires |= !branch.State.Ceasefires.IsEmpty;
            var state = Advance(branch.State, asOf) with { RecordEnds = horizon };
            var snapshot = SnapshotBuilder.Build("", state, asOf, knownAsOf, DateUncertaintyReport.Nothing(asOf, knownAsOf, horizon));
            var values = StatusPaths.ReadAll(snapshot, paths);
            outcomes.TryAdd(string.Join('\u001f', values.Select(v => v ?? "\u0000")), new Outcome(values, branch));
        }

        return [.. outcomes.Values];
    }

    /// <summary>
    /// The group's events that had begun by the date, in runs whose intervals overlap: an event whose first
    /// day is after the last day of every event before it starts a new run.
    /// </summary>
    public List<List<NegotiationEvent>> Segments(IReadOnlyList<NegotiationEvent> group)
    {
        var segments = new List<List<NegotiationEvent>>();
        var reach = DateOnly.MinValue;
        foreach (var @event in group.Where(e => e.Meta.Occurred.Start <= asOf).OrderBy(e => e.Meta.Occurred.Start).ThenBy(e => e.Meta.Ordinal))
        {
            if (segments.Count == 0 || @event.Meta.Occurred.Start > reach)
            {
                segments.Add([]);
            }

            segments[^1].Add(@event);
            reach = @event.Meta.Occurred.End > reach ? @event.Meta.Occurred.End : reach;
        }

        return segments;
    }

    private void Walk(
        List<NegotiationEvent> segment,
        bool[] placed,
        NegotiationState state,
        DateOnly cursor,
        int lastOrdinal,
        ImmutableList<DayChoice> path,
        Action<Branch> complete)
    {
        if (++nodes > NodeBudget)
        {
            throw new TooUncertainException(
                $"on {asOf:yyyy-MM-dd} the uncertain dates of {segment.Count} events around {segment[0].Meta.Occurred} allow too many orders to search; " +
                "narrow their dates, or say which comes first with dependsOn");
        }

        var point = $"{string.Concat(placed.Select(p => p ? '1' : '0'))}|{cursor.DayNumber}|{lastOrdinal}|{Fingerprint(state, [])}";
        if (!visited.Add(point))
        {
            return;
        }

        var unplaced = Enumerable.Range(0, segment.Count).Where(i => !placed[i]).ToList();
        if (unplaced.TrueForAll(i => segment[i].Meta.Occurred.End > asOf || MayBeUnknown(segment[i])))
        {
            complete(new Branch(state, path, [.. unplaced.Select(i => segment[i].Meta.Id)]));
        }

        foreach (var i in unplaced)
        {
            var @event = segment[i];
            if (!DependenciesPlaced(segment, placed, @event))
            {
                continue;
            }

            var earliest = Later(@event.Meta.Occurred.Start, @event.Meta.Ordinal > lastOrdinal ? cursor : cursor.AddDays(1));
            var latest = @event.Meta.Occurred.End < asOf ? @event.Meta.Occurred.End : asOf;
            if (earliest > latest)
            {
                continue;
            }

            foreach (var day in DaysWorthTrying(state, earliest, latest))
            {
                if (unplaced.Exists(j => j != i && Stranded(segment[j], @event, day)))
                {
                    break;
                }

                var advanced = Advance(state, day);
                var collapsed = @event with { Meta = @event.Meta with { Occurred = HistoricalDate.OnDay(day) } };
                if (Fold(advanced, collapsed) is not { } after)
                {
                    continue;
                }

                placed[i] = true;
                Walk(segment, placed, after, day, @event.Meta.Ordinal, path.Add(new DayChoice(@event.Meta.Id, day)), complete);
                placed[i] = false;
            }
        }
    }

    /// <summary>The earliest day, and each later day on which a ceasefire in force lapses: no other day changes what follows.</summary>
    private IEnumerable<DateOnly> DaysWorthTrying(NegotiationState state, DateOnly earliest, DateOnly latest)
    {
        yield return earliest;
        foreach (var lapse in state.Ceasefires
            .Where(c => c.Status == CeasefireStatus.InForce && c.ScheduledEnd is not null)
            .Select(c => c.ScheduledEnd!.Value.AddDays(1))
            .Where(d => earliest < d && d <= latest && (horizon is null || d <= horizon))
            .Distinct()
            .Order())
        {
            yield return lapse;
        }
    }

    /// <summary>An event left unplaced that could no longer come after <paramref name="next"/> on <paramref name="day"/>, yet must have happened.</summary>
    private bool Stranded(NegotiationEvent waiting, NegotiationEvent next, DateOnly day) =>
        !MayBeUnknown(waiting)
        && (waiting.Meta.Occurred.End < day || (waiting.Meta.Occurred.End == day && waiting.Meta.Ordinal < next.Meta.Ordinal));

    private bool DependenciesPlaced(List<NegotiationEvent> segment, bool[] placed, NegotiationEvent @event)
    {
        foreach (var dependency in @event.Meta.DependsOn)
        {
            var index = segment.FindIndex(e => e.Meta.Id == dependency);
            if (index >= 0 && !placed[index] && !MayBeUnknown(segment[index]))
            {
                return false;
            }
        }

        return true;
    }

    private bool MayBeUnknown(NegotiationEvent @event) => knownAsOf is { } known && @event.Meta.KnownUncertainOn(known);

    /// <summary>
    /// The state after the event and what the rules infer from it; null when the decider refuses it. As
    /// the public knew it, a history may lack what an event presupposes, so the event is folded anyway.
    /// </summary>
    private NegotiationState? Fold(NegotiationState state, NegotiationEvent @event)
    {
        var decision = NegotiationDecider.Decide(new RecordEvent(@event), state);
        if (decision is Decision.Rejected)
        {
            return knownAsOf is null ? null : NegotiationDecider.Evolve(state, @event);
        }

        return Chronicle.Apply(decision, state, ImmutableArray.CreateBuilder<NegotiationEvent>(), keepFirst: true);
    }

    private NegotiationState Advance(NegotiationState state, DateOnly day) =>
        Chronicle.Apply(NegotiationDecider.Decide(new AdvanceTo(Horizon.Cap(day, horizon)), state), state, ImmutableArray.CreateBuilder<NegotiationEvent>(), keepFirst: true);

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>What a later segment's events can depend on: each status, each scheduled end, what was left out.</summary>
    private static string Fingerprint(NegotiationState state, ImmutableSortedSet<string> leftOut)
    {
        var key = new StringBuilder();
        key.Append(state.Talks.Status).Append('|');
        foreach (var c in state.Ceasefires)
        {
            key.Append(c.Id).Append(':').Append(c.Status).Append(':').Append(c.ScheduledEnd).Append(',');
        }

        key.Append('|');
        foreach (var d in state.Demands)
        {
            key.Append(d.Id).Append(':').Append(d.Status).Append(',');
        }

        key.Append('|').Append(state.RetiredCeasefireIds.Count).Append('|').Append(state.RetiredDemandIds.Count).Append('|');
        key.AppendJoin(',', leftOut);
        return key.ToString();
    }
}

/// <summary>
/// The values one reading gives the searched statuses, and the branch that gave them. Its witness is written out
/// only when asked for, as an open status asks: over a long history of days a branch has placed every event.
/// </summary>
internal sealed record Outcome(string?[] Values, ReadingSearch.Branch From)
{
    public Reading Witness => new([.. From.Path], [.. From.LeftOut]);
}
