using System.Collections.Immutable;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Simulation.Estimation;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Simulation;

/// <summary>
/// Runs N futures of a scenario from <see cref="SimulationDefinition.From"/>, week by week, through the
/// same decider and Evolve as replay (so the same rules apply: lapses, violations, concessions). Each
/// run draws from its own generator, seeded by the seed and the run number, and writes only its own
/// row of results, so the summary is the same to the byte whatever the number of cores.
/// </summary>
public static class Simulator
{
    private const double DaysPerMonth = 30.44;

    public static SimulationSummary Run(
        string name,
        string scenario,
        IReadOnlyCollection<NegotiationEvent> recorded,
        SimulationDefinition definition,
        int runs,
        int seed,
        DateOnly until,
        int maxDegreeOfParallelism = -1)
    {
        var (results, resolved, weekEnds) = Play(recorded, definition, runs, seed, until, maxDegreeOfParallelism, keepAttackDays: false);
        return results.Summarise(name, scenario, seed, resolved, until, weekEnds);
    }

    /// <summary>The runs themselves, one row a run, for scoring against what happened (a backtest) rather than summarising.</summary>
    public static SimulationEnsemble Ensemble(
        IReadOnlyCollection<NegotiationEvent> recorded,
        SimulationDefinition definition,
        int runs,
        int seed,
        DateOnly until,
        int maxDegreeOfParallelism = -1)
    {
        var (results, _, weekEnds) = Play(recorded, definition, runs, seed, until, maxDegreeOfParallelism, keepAttackDays: true);
        return new SimulationEnsemble(definition.From, weekEnds, results.CeasefireInForce, results.TalksSuspended, results.AttacksOnDay);
    }

    private static (RunResults Results, SimulationDefinition Resolved, List<DateOnly> WeekEnds) Play(
        IReadOnlyCollection<NegotiationEvent> recorded,
        SimulationDefinition definition,
        int runs,
        int seed,
        DateOnly until,
        int maxDegreeOfParallelism,
        bool keepAttackDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var history = recorded.Where(e => !e.Meta.IsDerived).ToList();
        definition = ParameterEstimation.Resolve(definition, history, definition.From);
        var start = Chronicle.Tell(history.Where(e => e.Meta.Occurred.Start < definition.From), until: definition.From).State;
        var future = Timeline.InHistoricalOrder(history.Where(e => e.Meta.Occurred.Start >= definition.From && e.Meta.Occurred.Start <= until));
        var weekEnds = WeekEnds(definition.From, until);
        var results = new RunResults(runs, weekEnds.Count, definition.Uncertain.Length, keepAttackDays ? until.DayNumber - definition.From.DayNumber + 1 : 0);

        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, run =>
            new SimulatedFuture(definition, start, future, weekEnds, SplitMix64.ForRun(seed, run), results, run).Play());

        return (results, definition, weekEnds);
    }

    /// <summary>Week ends from the first day: every 7 days, and a last, shorter week ending on the final day.</summary>
    public static List<DateOnly> WeekEnds(DateOnly from, DateOnly until)
    {
        var ends = new List<DateOnly>();
        for (var end = from.AddDays(6); ; end = end.AddDays(7))
        {
            ends.Add(end < until ? end : until);
            if (end >= until)
            {
                return ends;
            }
        }
    }

    /// <summary>One run: its own state, its own draws, written into its own row of the results.</summary>
    private sealed class SimulatedFuture(
        SimulationDefinition definition,
        NegotiationState start,
        List<NegotiationEvent> recordedFuture,
        List<DateOnly> weekEnds,
        SplitMix64 random,
        RunResults results,
        int run)
    {
        private SimulationParameters parameters = definition.Parameters;
        private readonly List<DateOnly> attackDays = [];
        private NegotiationState state = start;
        private DateOnly advancedTo = definition.From;
        private int released;
        private int counter;

        public void Play()
        {
            // First, this run's own parameters: a draw from each estimate's posterior, so the fan includes their uncertainty.
            parameters = parameters.Draw(ref random);
            var draws = definition.Uncertain
                .Select(u => (Event: u, Fires: random.Chance(u.Probability), Day: u.WindowFrom.AddDays(random.NextInt(u.WindowTo.DayNumber - u.WindowFrom.DayNumber + 1))))
                .ToArray();
            var weekStart = definition.From;
            for (var week = 0; week < weekEnds.Count; week++)
            {
                var weekEnd = weekEnds[week];
                var planned = new List<(DateOnly Day, int Order, Func<NegotiationEvent?> Make, int Uncertain)>();
                planned.AddRange(recordedFuture
                    .Where(e => weekStart <= e.Meta.Occurred.Start && e.Meta.Occurred.Start <= weekEnd)
                    .Select((e, i) => (e.Meta.Occurred.Start, i, (Func<NegotiationEvent?>)(() => e), -1)));
                for (var u = 0; u < draws.Length; u++)
                {
                    var draw = draws[u];
                    if (draw.Fires && weekStart <= draw.Day && draw.Day <= weekEnd)
                    {
                        planned.Add((draw.Day, 1000 + u, () => Instantiate(draw.Event, draw.Day), u));
                    }
                }

                planned.AddRange(ProcessEvents(weekStart, weekEnd));
                foreach (var (day, _, make, uncertain) in planned.OrderBy(p => p.Day).ThenBy(p => p.Order))
                {
                    Advance(day);
                    var @event = make();
                    if (@event is not null && Apply(@event) && uncertain >= 0)
                    {
                        results.Fired[run, uncertain] = true;
                    }
                }

                Advance(weekEnd);
                Measure(week, weekEnd);
                weekStart = weekEnd.AddDays(1);
            }

            // Kept day by day only for an ensemble that is scored (a backtest), not for a summary.
            for (var i = 0; i < attackDays.Count && results.AttacksOnDay.GetLength(1) > 0; i++)
            {
                results.AttacksOnDay[run, attackDays[i].DayNumber - definition.From.DayNumber]++;
            }
        }

        /// <summary>This week's draws of the stochastic processes, given the state as the week begins.</summary>
        private List<(DateOnly, int, Func<NegotiationEvent?>, int)> ProcessEvents(DateOnly weekStart, DateOnly weekEnd)
        {
            var days = weekEnd.DayNumber - weekStart.DayNumber + 1;
            var events = new List<(DateOnly, int, Func<NegotiationEvent?>, int)>();
            var ceasefire = CeasefireBinding(weekStart);
            var rate = ceasefire is null ? parameters.AttacksPerMonthWithoutCeasefire.Value : parameters.AttacksPerMonthWithCeasefire.Value;
            var attacks = random.Poisson(rate * days / DaysPerMonth);
            for (var i = 0; i < attacks; i++)
            {
                var day = weekStart.AddDays(random.NextInt(days));
                events.Add((day, 2000 + i, () => new AttackClaimed(
                    Meta("attack", day), definition.Militants, AttackAttribution.Claimed, definition.Militants, AttackMethod.Other,
                    "simulated", "simulated", Estimate.Unknown, Estimate.Unknown), -1));
            }

            if (ceasefire is not null && random.Chance(parameters.CeasefireBreakdownPerWeek.Value))
            {
                var day = weekStart.AddDays(random.NextInt(days));
                events.Add((day, 3000, () => CeasefireBinding(day) is { } inForce
                    ? new CeasefireEnded(Meta("breakdown", day), inForce.Id, definition.Militants, CeasefireEnding.BrokeDown, "simulated breakdown")
                    : null, -1));
            }

            var talks = state.Talks.Status;
            if (talks is TalksStatus.Open or TalksStatus.Resumed or TalksStatus.Secret)
            {
                if (random.Chance(parameters.TalksSuspensionPerWeek.Value))
                {
                    var day = weekStart.AddDays(random.NextInt(days));
                    events.Add((day, 4000, () => new TalksSuspended(Meta("suspension", day), null, "simulated suspension"), -1));
                }
                else if (random.Chance(parameters.PrisonerReleasePerWeekWhileTalking.Value))
                {
                    var day = weekStart.AddDays(random.NextInt(days));
                    var count = Math.Max(1, random.Poisson(parameters.PrisonersPerRelease.Value));
                    events.Add((day, 5000, () => new PrisonersReleased(
                        Meta("release", day), definition.Government, Estimate.Single(count, "simulated"), ReleaseBasis.Batch, "simulated release"), -1));
                }
            }
            else if (talks == TalksStatus.Suspended && random.Chance(parameters.TalksResumptionPerWeek.Value))
            {
                var day = weekStart.AddDays(random.NextInt(days));
                events.Add((day, 4000, () => new TalksResumed(Meta("resumption", day), null), -1));
            }

            return events;
        }

        private NegotiationEvent? Instantiate(UncertainEvent uncertain, DateOnly day)
        {
            if (!Holds(uncertain.When, day))
            {
                return null;
            }

            var meta = uncertain.Template.Meta with { Id = $"{uncertain.Id}", Occurred = HistoricalDate.OnDay(day), KnownFrom = day };
            return uncertain.Template switch
            {
                CeasefireDeclared declared when uncertain.LastsDays is { } lasts => declared with { Meta = meta, ScheduledEnd = day.AddDays(lasts - 1) },
                CeasefireExtended extended when uncertain.LastsDays is { } lasts => extended with { Meta = meta, ScheduledEnd = day.AddDays(lasts - 1) },
                var template => template with { Meta = meta },
            };
        }

        private bool Holds(StateCondition condition, DateOnly day) => condition switch
        {
            StateCondition.CeasefireInForce => CeasefireBinding(day) is not null,
            StateCondition.NoCeasefireInForce => CeasefireBinding(day) is null,
            StateCondition.TalksUnderWay => state.Talks.Status is TalksStatus.Open or TalksStatus.Resumed or TalksStatus.Secret,
            StateCondition.TalksSuspended => state.Talks.Status == TalksStatus.Suspended,
            _ => true,
        };

        /// <summary>Decides the event like replay does; an event the decider refuses in this run simply does not happen.</summary>
        private bool Apply(NegotiationEvent @event)
        {
            if (NegotiationDecider.Decide(new RecordEvent(@event), state) is not Decision.Accepted accepted)
            {
                return false;
            }

            foreach (var outcome in accepted.Events)
            {
                state = NegotiationDecider.Evolve(state, outcome);
                switch (outcome)
                {
                    case AttackClaimed attack when attack.Perpetrator.IsOrBelongsTo(definition.Militants.Id):
                        attackDays.Add(attack.Meta.Occurred.Start);
                        break;
                    case PrisonersReleased release when release.Basis == ReleaseBasis.Batch:
                        released += release.Count.Low ?? 0;
                        break;
                }
            }

            return true;
        }

        private void Advance(DateOnly day)
        {
            // Time only moves forward, and nothing falls due between two calls on the same day.
            if (day <= advancedTo)
            {
                return;
            }

            advancedTo = day;
            if (NegotiationDecider.Decide(new AdvanceTo(day), state) is Decision.Accepted { Events.Length: > 0 } due)
            {
                foreach (var lapse in due.Events)
                {
                    state = NegotiationDecider.Evolve(state, lapse);
                }
            }
        }

        private void Measure(int week, DateOnly weekEnd)
        {
            results.CeasefireInForce[run, week] = CeasefireBinding(weekEnd) is not null;
            results.TalksSuspended[run, week] = state.Talks.Status == TalksStatus.Suspended;
            var windowStart = Max(weekEnd.AddDays(-29), definition.From);
            var windowDays = weekEnd.DayNumber - windowStart.DayNumber + 1;
            var inWindow = attackDays.Count(d => d >= windowStart && d <= weekEnd);
            results.AttacksPerMonth[run, week] = inWindow * DaysPerMonth / windowDays;
            results.PrisonersReleased[run, week] = released;
        }

        private Ceasefire? CeasefireBinding(DateOnly day) =>
            state.Ceasefires.Find(c => c.InForceOn(day) && c.Covers(definition.Militants));

        private EventMeta Meta(string what, DateOnly day) =>
            new($"simulated-{what}-{++counter}", HistoricalDate.OnDay(day), day, ImmutableArray<SourceCitation>.Empty, 100_000 + counter);

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    }
}
