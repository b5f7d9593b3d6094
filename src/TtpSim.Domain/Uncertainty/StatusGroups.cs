using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    private readonly List<int> declarations = [];
    private readonly List<string> ceasefirePaths = [];
    private readonly Dictionary<string, List<int>> answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> dependents = new(StringComparer.Ordinal);

    /// <summary>The events dated to more than a day: only those can still be under way on a date they began by.</summary>
    private readonly List<int> periods = [];

    /// <summary>Each demand, by its tabling's place among <see cref="tablings"/>.</summary>
    private readonly List<Demand> demands = [];

    /// <summary>The demands whose status path no other tabling shares, by that path.</summary>
    private readonly Dictionary<string, int> demandByOwnPath = new(StringComparer.Ordinal);

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

        for (var t = 0; t < tablings.Count; t++)
        {
            var tabled = (DemandTabled)inOrder[tablings[t]];
            var acts = dependents.GetValueOrDefault(tabled.Meta.Id) ?? [];
            int[] members = [.. new[] { tablings[t] }.Concat(answers.GetValueOrDefault(tabled.DemandId) ?? []).Concat(acts).Distinct().Order()];
            var lastDays = new DateOnly[members.Length];
            for (var m = 0; m < members.Length; m++)
            {
                var end = inOrder[members[m]].Meta.Occurred.End;
                lastDays[m] = m > 0 && lastDays[m - 1] > end ? lastDays[m - 1] : end;
            }

            var path = StatusPaths.Demand(tabled.DemandId);
            if (!demandByOwnPath.TryAdd(path, t))
            {
                demandByOwnPath[path] = -1;
            }

            var firstTruceAct = acts.FindIndex(a => inOrder[a].Moves.HasFlag(StatusScope.Ceasefires));
            demands.Add(new Demand([path], members, lastDays, firstTruceAct < 0 ? int.MaxValue : acts[firstTruceAct]));
        }
    }

    /// <summary>How many demands the history tables.</summary>
    public int Demands => tablings.Count;

    /// <summary>The ids of the first <paramref name="count"/> events that began by <paramref name="asOf"/> but may not have happened yet, in historical order.</summary>
    public ImmutableArray<string> UnderwayAmong(int count, DateOnly asOf) =>
        [.. periods.Take(CountBefore(periods, count)).Select(i => inOrder[i]).Where(e => e.Meta.Occurred.End > asOf).Select(e => e.Meta.Id)];

    /// <summary>
    /// Each group among the first <paramref name="count"/> events, with the scope it moves: talks, ceasefires, or
    /// None for a demand's. A demand's group is its tabling, its answers, the acts tied to it, and the ceasefire
    /// events when one of those acts moves a ceasefire; in the order of the history.
    /// </summary>
    public IEnumerable<StatusGroup> Among(int count)
    {
        var talksBefore = CountBefore(talks, count);
        if (talksBefore > 0)
        {
            yield return new StatusGroup(StatusScope.Talks, [StatusPaths.TalksStatus], new Prefix(talksEvents, talksBefore));
        }

        var ceasefiresBefore = CountBefore(ceasefires, count);
        yield return new StatusGroup(StatusScope.Ceasefires, [StatusPaths.CeasefireActive, .. ceasefirePaths.Take(CountBefore(declarations, count))], new Prefix(ceasefireEvents, ceasefiresBefore));

        var tabledBefore = CountBefore(tablings, count);
        for (var t = 0; t < tabledBefore; t++)
        {
            var demand = demands[t];
            if (demand.FirstCeasefireAct >= count)
            {
                var members = CountBefore(demand.Members, count);
                yield return new StatusGroup(this, t, count, members, demand.LastDays[members - 1]);
                continue;
            }

            var group = DemandGroup(t, count, withCeasefires: ceasefiresBefore);
            var lastDay = DateOnly.MinValue;
            foreach (var e in group)
            {
                lastDay = e.Meta.Occurred.End > lastDay ? e.Meta.Occurred.End : lastDay;
            }

            yield return new StatusGroup(StatusScope.None, demand.Paths, group) { Demand = t, LastDay = lastDay };
        }
    }

    /// <summary>Whether no other tabling in the history reads the same status path as this demand's.</summary>
    internal bool HasPathOfItsOwn(int demand) => demandByOwnPath[demands[demand].Paths[0]] == demand;

    /// <summary>The demand whose status path <paramref name="path"/> is, when no other tabling shares it.</summary>
    internal bool TryDemandWithOwnPath(string path, out int demand) =>
        demandByOwnPath.TryGetValue(path, out demand) && demand >= 0;

    /// <summary>The paths of a demand's one status.</summary>
    internal IReadOnlyList<string> DemandPaths(int demand) => demands[demand].Paths;

    /// <summary>The events of a demand's group among the first <paramref name="count"/>, with the first <paramref name="withCeasefires"/> ceasefire events.</summary>
    internal List<NegotiationEvent> DemandGroup(int demand, int count, int withCeasefires = 0)
    {
        var members = new List<int>();
        AddBefore(members, demands[demand].Members, count);
        members.AddRange(ceasefires.Take(withCeasefires));
        members.Sort();
        var group = new List<NegotiationEvent>(members.Count);
        for (var m = 0; m < members.Count; m++)
        {
            if (m == 0 || members[m] != members[m - 1])
            {
                group.Add(inOrder[members[m]]);
            }
        }

        return group;
    }

    private static void AddBefore(List<int> into, IReadOnlyList<int> positions, int count)
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
    private static int CountBefore(List<int> positions, int count) => CountBefore(CollectionsMarshal.AsSpan(positions), count);

    private static int CountBefore(ReadOnlySpan<int> positions, int count)
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

    /// <summary>
    /// A demand's one status path; the positions of its tabling, answers and tied acts in ascending order; the latest
    /// last day among the first n of them; and the position of the first tied act that moves a ceasefire (which brings
    /// the ceasefire events into its group). Worked out once, so a date finds a demand's group, its size and its last
    /// day by one binary search, without gathering it.
    /// </summary>
    private sealed record Demand(string[] Paths, int[] Members, DateOnly[] LastDays, int FirstCeasefireAct);
}
