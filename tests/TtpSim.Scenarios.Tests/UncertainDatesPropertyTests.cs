using CsCheck;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Snapshots;
using TtpSim.Domain.State;
using TtpSim.Domain.Uncertainty;
using TtpSim.Scenarios.Loading;
using TtpSim.Testing;

namespace TtpSim.Scenarios.Tests;

/// <summary>
/// What the state says on a date with uncertain dates is what every admissible collapse says: collapse
/// each event's interval to one day inside it (after the events it depends on), fold the history in the
/// order of those days, and keep the collapse if the decider accepts it. On random dates, every settled
/// status equals the collapse's value and every open one lists it; and each possible value comes with a
/// witness collapse that gives exactly that value.
/// </summary>
public sealed class UncertainDatesPropertyTests
{
    private const int Cases = 1000;

    private static readonly Scenario[] Shipped = [.. ShippedScenarioFiles.Load()];

    private static readonly DateOnly First = new(2021, 7, 1);
    private static readonly DateOnly Last = new(2022, 7, 31);

    [Fact]
    public void Settled_statuses_equal_every_collapse_and_open_ones_list_its_value()
    {
        var compared = 0;
        Gen.Select(Gen.Int[0, Shipped.Length - 1], Gen.Int[First.DayNumber, Last.DayNumber], Gen.Int)
            .Sample((which, dayNumber, seed) =>
            {
                var scenario = Shipped[which];
                var asOf = DateOnly.FromDayNumber(dayNumber);
                var report = DateUncertainty.On(scenario.Events, asOf, null);
                if (RandomCollapse(scenario, new Random(seed)) is not { } collapse)
                {
                    return;
                }

                var snapshot = SnapshotOf(collapse, asOf, report.Horizon);
                foreach (var path in TrackedPaths(snapshot))
                {
                    var actual = StatusPaths.Read(snapshot, path);
                    if (report.OpenAt(path) is { } open)
                    {
                        Assert.True(open.Values.Contains(actual), $"{scenario.Name} on {asOf:yyyy-MM-dd}: {path} is {actual ?? "null"} in a collapse, not among [{string.Join(", ", open.Values)}]");
                    }
                    else
                    {
                        Assert.True(report.TrySettled(path, out var settled), $"{scenario.Name} on {asOf:yyyy-MM-dd}: {path} is neither settled nor open");
                        Assert.True(settled == actual, $"{scenario.Name} on {asOf:yyyy-MM-dd}: {path} is settled as {settled ?? "null"}, but a collapse gives {actual ?? "null"}");
                    }
                }

                compared++;
            }, iter: Cases, threads: 1);

        Assert.True(compared > Cases / 5, $"only {compared} of {Cases} random collapses were admissible");
    }

    [Fact]
    public void Every_possible_value_has_a_witness_collapse_that_gives_it()
    {
        var witnessed = 0;
        foreach (var scenario in Shipped)
        {
            for (var day = First; day <= Last; day = day.AddDays(9))
            {
                var report = DateUncertainty.On(scenario.Events, day, null);
                foreach (var open in report.Open)
                {
                    foreach (var possible in open.Possible)
                    {
                        var collapse = WitnessCollapse(scenario, possible.Witness, day);
                        var (derived, _, refusal) = Chronicle.Tell(collapse);
                        Assert.True(refusal is null, $"{scenario.Name} on {day:yyyy-MM-dd}: the witness for {open.Path} = {possible.Value ?? "null"} is refused: {refusal?.Reason.Reason}");
                        var snapshot = SnapshotBuilder.Build(scenario.Name, Timeline.StateAt([.. collapse, .. derived], day), day, null, DateUncertaintyReport.Nothing(day, null, report.Horizon));
                        Assert.Equal(possible.Value, StatusPaths.Read(snapshot, open.Path));
                        witnessed++;
                    }
                }
            }
        }

        Assert.True(witnessed > 20, $"only {witnessed} possible values were witnessed: the shipped scenarios should leave more open");
    }

    private static IEnumerable<string> TrackedPaths(StateSnapshot snapshot) =>
    [
        StatusPaths.TalksStatus,
        StatusPaths.CeasefireActive,
        .. snapshot.Ceasefire.History.Select(c => StatusPaths.Ceasefire(c.Id)),
        .. snapshot.Demands.Select(d => StatusPaths.Demand(d.Id)),
    ];

    private static StateSnapshot SnapshotOf(List<NegotiationEvent> collapse, DateOnly asOf, DateOnly? horizon)
    {
        var (derived, _, _) = Chronicle.Tell(collapse);
        return SnapshotBuilder.Build("collapse", Timeline.StateAt([.. collapse, .. derived], asOf), asOf, null, DateUncertaintyReport.Nothing(asOf, null, horizon));
    }

    /// <summary>Each recorded event on a random day of its interval, not before what it depends on; null when the decider refuses the result.</summary>
    private static List<NegotiationEvent>? RandomCollapse(Scenario scenario, Random random)
    {
        var days = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var collapse = new List<NegotiationEvent>();
        foreach (var @event in InDependencyOrder(scenario))
        {
            var date = @event.Meta.Occurred;
            var earliest = @event.Meta.DependsOn.Where(days.ContainsKey).Select(id => days[id]).Append(date.Start).Max();
            if (earliest > date.End)
            {
                return null;
            }

            var day = DateOnly.FromDayNumber(random.Next(earliest.DayNumber, date.End.DayNumber + 1));
            days[@event.Meta.Id] = day;
            collapse.Add(OnDay(@event, day));
        }

        return Chronicle.Tell(collapse).Refusal is null ? collapse : null;
    }

    /// <summary>The witness's events on its days, the rest of its group after the date, every other event on its first admissible day.</summary>
    private static List<NegotiationEvent> WitnessCollapse(Scenario scenario, Reading witness, DateOnly asOf)
    {
        var chosen = witness.Happened.ToDictionary(c => c.EventId, c => c.Day, StringComparer.Ordinal);
        var notYet = witness.NotYet.ToHashSet(StringComparer.Ordinal);
        var days = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var collapse = new List<NegotiationEvent>();
        foreach (var @event in InDependencyOrder(scenario))
        {
            var date = @event.Meta.Occurred;
            var earliest = @event.Meta.DependsOn.Where(days.ContainsKey).Select(id => days[id]).Append(date.Start).Max();
            var day = chosen.TryGetValue(@event.Meta.Id, out var picked) ? picked
                : notYet.Contains(@event.Meta.Id) && asOf.AddDays(1) > earliest ? asOf.AddDays(1)
                : earliest;
            days[@event.Meta.Id] = day;
            collapse.Add(OnDay(@event, day));
        }

        return collapse;
    }

    private static IEnumerable<NegotiationEvent> InDependencyOrder(Scenario scenario)
    {
        var recorded = scenario.Events.Where(e => !e.Meta.IsDerived).OrderBy(e => e.Meta.Occurred.Start).ThenBy(e => e.Meta.Ordinal).ToList();
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (recorded.Count > 0)
        {
            var next = recorded.First(e => e.Meta.DependsOn.All(d => done.Contains(d) || !recorded.Exists(r => r.Meta.Id == d)));
            recorded.Remove(next);
            done.Add(next.Meta.Id);
            yield return next;
        }
    }

    private static NegotiationEvent OnDay(NegotiationEvent @event, DateOnly day) =>
        @event with { Meta = @event.Meta with { Occurred = HistoricalDate.OnDay(day) } };
}
