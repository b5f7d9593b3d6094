using TtpSim.Domain.Comparison;
using TtpSim.Domain.State;
using TtpSim.Scenarios.Loading;
using TtpSim.Storage.Replay;

namespace TtpSim.Cli.Verification;

/// <summary>
/// The days verify pins a scenario on. Chosen: its divergence date (an alternative), its horizon, and the
/// days its state changes: for a baseline, every day an event begins or a dated period ends; for an
/// alternative, each such day of it or its base, from the divergence on, on which its state differs from
/// the base's. Past <see cref="MostChosen"/>, the first and last of those, the divergence and the horizon
/// stay, and the rest are spread evenly through the list. The file's own <c>pin:</c> days are added to them.
/// </summary>
internal static class PinnedDays
{
    /// <summary>Twelve states of the 2021-22 baseline are about 300 KB: enough to follow the history, few enough to review a change.</summary>
    public const int MostChosen = 12;

    public static async Task<IReadOnlyList<DateOnly>> ForAsync(
        Scenario scenario, Scenario? baseScenario, ScenarioRepository store, CancellationToken cancellation)
    {
        var span = scenario.Span;
        var kept = new SortedSet<DateOnly>();
        var divergence = scenario.DivergesFrom?.Start;
        foreach (var day in new[] { divergence, Horizon.OfHistory(scenario.Events) })
        {
            if (day is { } d && span.Contains(d))
            {
                kept.Add(d);
            }
        }

        var changes = ChangeDays(scenario).Where(span.Contains);
        if (baseScenario is not null && divergence is { } from)
        {
            var differing = new List<DateOnly>();
            foreach (var day in changes.Union(ChangeDays(baseScenario)).Where(d => d >= from && span.Contains(d)).Order())
            {
                if (await DiffersFromBaseAsync(scenario.Name, baseScenario.Name, day, store, cancellation))
                {
                    differing.Add(day);
                }
            }

            changes = differing;
        }

        return [.. Spread(kept, [.. changes.Distinct().Order()]).Union(scenario.Pins).Order()];
    }

    /// <summary>Every day an event begins (the change points of the fold) or the day after a dated period ends, when its uncertainty does.</summary>
    private static IEnumerable<DateOnly> ChangeDays(Scenario scenario) =>
        Timeline.ChangePoints(scenario.Events).Select(p => p.Date)
            .Union(scenario.Events.Where(e => e.Meta.Occurred.End != e.Meta.Occurred.Start).Select(e => e.Meta.Occurred.End.AddDays(1)));

    private static async Task<bool> DiffersFromBaseAsync(string scenario, string baseScenario, DateOnly day, ScenarioRepository store, CancellationToken cancellation)
    {
        var own = await store.SnapshotAtAsync(scenario, day, knownAsOf: null, cancellation);
        var based = await store.SnapshotAtAsync(baseScenario, day, knownAsOf: null, cancellation);
        return SnapshotDiff.Between(own, based).Any(d => d.Path != "eventsApplied");
    }

    /// <summary>The kept days, and of the candidates the first, the last and the rest evenly spaced, up to <see cref="MostChosen"/> in all.</summary>
    internal static SortedSet<DateOnly> Spread(IEnumerable<DateOnly> kept, IReadOnlyList<DateOnly> candidates)
    {
        var chosen = new SortedSet<DateOnly>(kept);
        if (candidates.Count == 0)
        {
            return chosen;
        }

        if (chosen.Union(candidates).Count() <= MostChosen)
        {
            chosen.UnionWith(candidates);
            return chosen;
        }

        chosen.Add(candidates[0]);
        chosen.Add(candidates[^1]);
        var rest = candidates.Where(d => !chosen.Contains(d)).ToList();
        var room = Math.Max(0, MostChosen - chosen.Count);
        for (var i = 0; i < room && rest.Count > 0; i++)
        {
            // The middle of each of `room` equal stretches of the rest.
            chosen.Add(rest[(int)(((2L * i) + 1) * rest.Count / (2L * room))]);
        }

        return chosen;
    }
}
