using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Scenarios.Format;

namespace TtpSim.Scenarios.Loading;

/// <summary>
/// Applies a derived scenario to its base: the history before <c>divergesFrom</c> is shared and
/// untouchable; from that date on the file may remove, replace or shift base events by id, and add
/// events of its own.
/// </summary>
internal sealed class Divergence(MappingReader top, Scenario baseScenario, HistoricalDate divergesFrom)
{
    public (ImmutableArray<NegotiationEvent> History, ImmutableArray<ScenarioChange> Changes, Dictionary<string, MappingReader> Readers) Apply(
        EventReading context,
        ChangeNodes changes,
        ImmutableArray<NegotiationEvent> added,
        Dictionary<string, MappingReader> addedReaders)
    {
        // Derived events are the rules' business: they are inferred again from the changed history.
        // Removed events leave a gap (null) until the end, so the positions of the others stay put and
        // each change finds its target by id in constant time rather than by a scan of the history.
        var history = baseScenario.Events.Where(e => !e.Meta.IsDerived).ToList<NegotiationEvent?>();
        var positions = new Dictionary<string, int>(history.Count, StringComparer.Ordinal);
        for (var i = 0; i < history.Count; i++)
        {
            positions.TryAdd(history[i]!.Meta.Id, i);
        }

        var applied = ImmutableArray.CreateBuilder<ScenarioChange>();
        var readers = new Dictionary<string, MappingReader>(StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var undone = new Dictionary<string, MappingReader>(StringComparer.Ordinal);

        for (var i = 0; i < changes.Remove.Length; i++)
        {
            var entry = top.Child(changes.Remove[i], $"remove[{i}]");
            var (index, target) = FindChangeable(entry, history, positions, touched);
            var reason = entry.Optional("reason");
            entry.RejectUnread();
            history[index] = null;
            positions.Remove(target.Meta.Id);
            undone[target.Meta.Id] = entry;
            applied.Add(new ScenarioChange(ChangeKind.Removed, target.Meta.Id, target.Meta.Occurred, reason));
        }

        for (var i = 0; i < changes.Replace.Length; i++)
        {
            var entry = top.Child(changes.Replace[i], $"replace[{i}]");
            var (index, target) = FindChangeable(entry, history, positions, touched);
            var withNode = entry.Node("with") ?? throw entry.Error("with", "is required: the event that takes the replaced one's place");
            var reason = entry.Optional("reason");
            entry.RejectUnread();
            var fields = entry.Child(withNode, entry.FieldPath("with"));
            var replacement = EventReader.ReadEvent(context, fields, target.Meta.Ordinal, defaultId: target.Meta.Id);
            RequireOnOrAfterDivergence(fields, "date", replacement.Meta.Occurred);
            if (replacement.Meta.Id != target.Meta.Id && positions.ContainsKey(replacement.Meta.Id))
            {
                throw fields.Error("id", $"event id '{replacement.Meta.Id}' is already used by the base");
            }

            history[index] = replacement;
            positions.Remove(target.Meta.Id);
            positions[replacement.Meta.Id] = index;
            readers[replacement.Meta.Id] = fields;
            undone[target.Meta.Id] = entry;
            applied.Add(new ScenarioChange(ChangeKind.Replaced, target.Meta.Id, replacement.Meta.Occurred, reason));
        }

        for (var i = 0; i < changes.Shift.Length; i++)
        {
            var entry = top.Child(changes.Shift[i], $"shift[{i}]");
            var (index, target) = FindChangeable(entry, history, positions, touched);
            var to = entry.RequiredDate("to");
            var reason = entry.Optional("reason");
            entry.RejectUnread();
            RequireOnOrAfterDivergence(entry, "to", to);
            var delay = to.Start.DayNumber - target.Meta.Occurred.Start.DayNumber;
            var known = target.Meta.KnownFrom.AddDays(delay);
            history[index] = target with { Meta = target.Meta with { Occurred = to, KnownFrom = known < to.Start ? to.Start : known } };
            applied.Add(new ScenarioChange(ChangeKind.Shifted, target.Meta.Id, to, reason));
        }

        var baseIds = baseScenario.Events.Select(e => e.Meta.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var @event in added)
        {
            var fields = addedReaders[@event.Meta.Id];
            RequireOnOrAfterDivergence(fields, "date", @event.Meta.Occurred);
            if (baseIds.Contains(@event.Meta.Id))
            {
                throw fields.Error("id", $"event id '{@event.Meta.Id}' is already used by the base scenario '{baseScenario.Name}'; use replace to change it");
            }

            history.Add(@event);
            applied.Add(new ScenarioChange(ChangeKind.Added, @event.Meta.Id, @event.Meta.Occurred, null));
        }

        var resolved = history.OfType<NegotiationEvent>().ToImmutableArray();
        RequireDependentsDealtWith(resolved, undone, touched);
        return (resolved, applied.ToImmutable(), readers);
    }

    /// <summary>
    /// An event that presupposes a removed or replaced one cannot stay as it was: the file must remove or
    /// replace it too. Otherwise the what-if keeps, say, an objection to releases that never happened.
    /// </summary>
    private void RequireDependentsDealtWith(ImmutableArray<NegotiationEvent> history, Dictionary<string, MappingReader> undone, HashSet<string> touched)
    {
        foreach (var dependent in history)
        {
            if (touched.Contains(dependent.Meta.Id))
            {
                continue;
            }

            foreach (var presupposed in dependent.Meta.DependsOn)
            {
                if (undone.TryGetValue(presupposed, out var entry))
                {
                    var origin = baseScenario.Origins.GetValueOrDefault(dependent.Meta.Id, baseScenario.Name);
                    throw entry.Error("event", $"event '{dependent.Meta.Id}' ({origin}) depends on '{presupposed}': remove or replace it too, or the what-if keeps an event its change made impossible");
                }
            }
        }
    }

    private (int Index, NegotiationEvent Event) FindChangeable(
        MappingReader entry,
        List<NegotiationEvent?> history,
        Dictionary<string, int> positions,
        HashSet<string> touched)
    {
        var id = entry.Required("event");
        if (!touched.Add(id))
        {
            throw entry.Error("event", $"event '{id}' is already removed, replaced or shifted above; change an event once");
        }

        if (!positions.TryGetValue(id, out var index))
        {
            var guess = MappingReader.Suggest(id, baseScenario.Events.Select(e => e.Meta.Id));
            throw entry.Error("event", $"there is no event '{id}' in the base scenario '{baseScenario.Name}'" + (guess is null ? "" : $"; did you mean '{guess}'?"));
        }

        var target = history[index]!;
        if (target.Meta.Occurred.Start < divergesFrom.Start)
        {
            throw entry.Error("event", $"event '{id}' ({target.Meta.Occurred}) is before divergesFrom ({divergesFrom}); the history before it is shared with the base");
        }

        return (index, target);
    }

    private void RequireOnOrAfterDivergence(MappingReader fields, string key, HistoricalDate date)
    {
        if (date.Start < divergesFrom.Start)
        {
            throw fields.Error(key, $"{date} is before divergesFrom ({divergesFrom}); the history before it is shared with the base");
        }
    }
}
