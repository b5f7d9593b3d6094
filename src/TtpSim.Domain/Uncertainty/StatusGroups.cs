using System.Collections.Immutable;
using TtpSim.Domain.Events;

namespace TtpSim.Domain.Uncertainty;

/// <summary>
/// Where each status's group sits in a list of recorded events in historical order: the talks events, the
/// ceasefire events, each demand's tabling, answers and the acts that presuppose it. Built in one pass, so a
/// prepared history builds it once and each date reads the groups of a prefix of the list (the events begun by
/// then) from it, instead of grouping every event up to the date again. It also keeps the events dated to a period,
/// the only ones a date can fall inside.
/// </summary>
internal sealed class StatusGroups
{
    private readonly IReadOnlyList<NegotiationEvent> inOrder;
    private readonly List<int> talks = [];
    private readonly List<NegotiationEvent> talksEvents = [];
    private readonly List<int> ceasefires = [];
    private readonly List<NegotiationEvent> ceasefireEvents = [];
    private readonly List<int> tablings = [];
    private readonly List<string> demandPaths = [];
    private readonly List<int> declarations = [];
    private readonly List<string> ceasefirePaths = [];
    private readonly Dictionary<string, List<int>> answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> dependents = new(StringComparer.Ordinal);

    /// <summary>The events dated to more than a day: only those can still be under way on a date they began by.</summary>
    private readonly List<int> periods = [];

    public StatusGroups(IReadOnlyList<NegotiationEvent> inOrder)
    {
        this.inOrder = inOrder;
        for (var i = 0; i < inOrder.Count; i++)
        {
            var e = inOrder[i];
            if (e.Moves.HasFlag(StatusScope.Talks))
            {
                talks.Add(i);
                talksEvents.Add(e);
            }

            if (e.Moves.HasFlag(StatusScope.Ceasefires))
            {
                ceasefires.Add(i);
                ceasefireEvents.Add(e);
                if (e is CeasefireDeclared declared)
                {
                    declarations.Add(i);
                    ceasefirePaths.Add(StatusPaths.Ceasefire(declared.CeasefireId));
                }
            }

            if (e is DemandTabled tabled)
            {
                tablings.Add(i);
                demandPaths.Add(StatusPaths.Demand(tabled.DemandId));
            }

            if (e is DemandAnswer answer)
            {
                AddTo(answers, answer.DemandId, i);
            }

            foreach (var presupposed in e.Meta.DependsOn)
            {
                AddTo(dependents, presupposed, i);
            }

            if (e.Meta.Occurred.Start != e.Meta.Occurred.End)
            {
                periods.Add(i);
            }
        }
    }

    /// <summary>The ids of the first <paramref name="count"/> events that began by <paramref name="asOf"/> but may not have happened yet, in historical order.</summary>
    public ImmutableArray<string> UnderwayAmong(int count, DateOnly asOf) =>
        [.. periods.Take(CountBefore(periods, count)).Select(i => inOrder[i]).Where(e => e.Meta.Occurred.End > asOf).Select(e => e.Meta.Id)];

    /// <summary>
    /// Each group among the first <paramref name="count"/> events, with the scope it moves: talks, ceasefires, or
    /// None for a demand's. A demand's group is its tabling, its answers, the acts tied to it, and the ceasefire
    /// events when one of those acts moves a ceasefire; in the order of the history.
    /// </summary>
    public IEnumerable<(StatusScope Scope, IReadOnlyList<string> Paths, IReadOnlyList<NegotiationEvent> Group)> Among(int count)
    {
        var talksBefore = CountBefore(talks, count);
        if (talksBefore > 0)
        {
            yield return (StatusScope.Talks, [StatusPaths.TalksStatus], new Prefix(talksEvents, talksBefore));
        }

        var ceasefiresBefore = CountBefore(ceasefires, count);
        yield return (StatusScope.Ceasefires, [StatusPaths.CeasefireActive, .. ceasefirePaths.Take(CountBefore(declarations, count))], new Prefix(ceasefireEvents, ceasefiresBefore));

        var tabledBefore = CountBefore(tablings, count);
        for (var t = 0; t < tabledBefore; t++)
        {
            var i = tablings[t];
            var tabled = (DemandTabled)inOrder[i];
            var acts = dependents.GetValueOrDefault(tabled.Meta.Id) ?? [];
            var members = new List<int> { i };
            AddBefore(members, answers.GetValueOrDefault(tabled.DemandId) ?? [], count);
            AddBefore(members, acts, count);
            if (acts.Exists(a => a < count && inOrder[a].Moves.HasFlag(StatusScope.Ceasefires)))
            {
                members.AddRange(ceasefires.Take(ceasefiresBefore));
            }

            members.Sort();
            var group = new List<NegotiationEvent>(members.Count);
            for (var m = 0; m < members.Count; m++)
            {
                if (m == 0 || members[m] != members[m - 1])
                {
                    group.Add(inOrder[members[m]]);
                }
            }

            yield return (StatusScope.None, [demandPaths[t]], group);
        }
    }

    private static void AddBefore(List<int> into, List<int> positions, int count)
    {
        foreach (var position in positions)
        {
            if (position >= count)
            {
                return;
            }

            into.Add(position);
        }
    }

    /// <summary>How many of the positions, in ascending order, fall among the first <paramref name="count"/>.</summary>
    private static int CountBefore(List<int> positions, int count)
    {
        var index = positions.BinarySearch(count);
        return index >= 0 ? index : ~index;
    }

    private static void AddTo(Dictionary<string, List<int>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var positions))
        {
            index[key] = positions = [];
        }

        if (positions.Count == 0 || positions[^1] != position)
        {
            positions.Add(position);
        }
    }
}
