using System.Collections.Immutable;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Scenarios.Format;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.Loading;

/// <summary>The checks that need the whole history: every presupposed event exists, and the decider accepts every event in historical order.</summary>
internal static class HistoryChecks
{
    /// <summary>
    /// Runs the recorded events through the decider in historical order, so references and dates are
    /// checked in time, and returns the events its rules derive. A base event that a change broke is
    /// reported at this file's basedOn, naming where it is written.
    /// </summary>
    internal static ImmutableArray<NegotiationEvent> CheckHistory(
        ImmutableArray<NegotiationEvent> events,
        Dictionary<string, MappingReader> readers,
        MappingReader top,
        ImmutableDictionary<string, string> origins)
    {
        var (derived, _, refusal) = Chronicle.Tell(events.Where(e => !e.Meta.IsDerived));
        if (refusal is { Event: var @event, Reason: var rejected })
        {
            throw readers.TryGetValue(@event.Meta.Id, out var reader)
                ? reader.Error(rejected.Field, rejected.Reason)
                : top.Error("basedOn", $"after this scenario's changes, base event '{@event.Meta.Id}' ({origins.GetValueOrDefault(@event.Meta.Id, "base")}) fails: {rejected.Field}: {rejected.Reason}");
        }

        return derived;
    }

    /// <summary>Every event named in a dependsOn is an event of this history.</summary>
    internal static void RequirePresupposedEventsExist(
        ImmutableArray<NegotiationEvent> history,
        Dictionary<string, MappingReader> readers,
        MappingReader top,
        ImmutableDictionary<string, string> origins)
    {
        var ids = history.Select(e => e.Meta.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var @event in history)
        {
            var presupposed = @event.Meta.DependsOn;
            for (var i = 0; i < presupposed.Length; i++)
            {
                if (ids.Contains(presupposed[i]))
                {
                    continue;
                }

                throw readers.TryGetValue(@event.Meta.Id, out var reader)
                    ? reader.Fail(reader.Node("dependsOn")!.Place, $"{reader.FieldPath("dependsOn")}[{i}]", $"there is no event '{presupposed[i]}' in this scenario")
                    : top.Error("basedOn", $"base event '{@event.Meta.Id}' ({origins.GetValueOrDefault(@event.Meta.Id, "base")}) depends on '{presupposed[i]}', which this scenario does not have");
            }
        }
    }
}
