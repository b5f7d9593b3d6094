using TtpSim.Domain.Events;

namespace TtpSim.Domain.Uncertainty;

/// <summary>
/// Where each status's group sits in a list of recorded events in historical order: the talks events, the
/// ceasefire events, each demand's tabling, answers and the acts that presuppose it. Built in one pass, so a
/// prepared history builds it once and each date reads the groups of a prefix of the list (the events begun by
/// then) from it, instead of grouping every event up to the date again.
/// </summary>
internal sealed class StatusGroups
{
    private readonly IReadOnlyList<NegotiationEvent> inOrder;
    private readonly List<int> talks = [];
    private readonly List<int> ceasefires = [];
    private readonly List<int> tablings = [];
    private readonly List<string> demandPaths = [];
    private readonly List<int> declarations = [];
    private readonly List<string> ceasefirePaths = [];
    private readonly Dictionary<string, List<int>> answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> dependents = new(StringComparer.Ordinal);

    public StatusGroups(IReadOnlyList<NegotiationEvent> inOrder)
    {
        this.inOrder = inOrder;
        for (var i = 0; i < inOrder.Count; i++)
        {
            var e = inOrder[i];
            if (e.Moves.HasFlag(StatusScope.Talks))
            {
                talks.Add(i);
            }

            if (e.Moves.HasFlag(StatusScope.Ceasefires))
            {
                ceasefires.Add(i);
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
        }
    }

    /// <summary>
    /// Each group among the first <paramref name="count"/> events, with the scope it moves: talks, ceasefires, or
    /// None for a demand's. A demand's group is its tabling, its answers, the acts tied to it, and the ceasefire
    /// events when one of those acts moves a ceasefire; in the order of the history.
    /// </summary>
    public IEnumerable<(StatusScope Scope, IReadOnlyList<string> Paths, IReadOnlyList<NegotiationEvent> Group)> Among(int count)
    {
        var talksBefore = Before(talks, count);
        if (talksBefore.Count > 0)
        {
            yield return (StatusScope.Talks, [StatusPaths.TalksStatus], Events(talksBefore));
        }

        var ceasefiresBefore = Before(ceasefires, count);
        var ceasefireGroup = Events(ceasefiresBefore);
        yield return (StatusScope.Ceasefires, [StatusPaths.CeasefireActive, .. ceasefirePaths.Take(Before(declarations, count).Count)], ceasefireGroup);

        var tabledBefore = Before(tablings, count);
        for (var t = 0; t < tabledBefore.Count; t++)
        {
            var i = tabledBefore[t];
            var tabled = (DemandTabled)inOrder[i];
            var acts = Before(dependents.GetValueOrDefault(tabled.Meta.Id) ?? [], count);
            var members = new SortedSet<int> { i };
            members.UnionWith(Before(answers.GetValueOrDefault(tabled.DemandId) ?? [], count));
            members.UnionWith(acts);
            if (acts.Exists(a => inOrder[a].Moves.HasFlag(StatusScope.Ceasefires)))
            {
                members.UnionWith(ceasefiresBefore);
            }

            yield return (StatusScope.None, [demandPaths[t]], [.. members.Select(m => inOrder[m])]);
        }
    }

    /// <summary>The positions, in ascending order, that fall among the first <paramref name="count"/>.</summary>
    private static List<int> Before(List<int> positions, int count)
    {
        var index = positions.BinarySearch(count);
        return positions.GetRange(0, index >= 0 ? index : ~index);
    }

    private List<NegotiationEvent> Events(List<int> positions)
    {
        var events = new List<NegotiationEvent>(positions.Count);
        foreach (var position in positions)
        {
            events.Add(inOrder[position]);
        }

        return events;
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
