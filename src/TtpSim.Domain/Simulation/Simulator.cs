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
            var planned = new List<Planned>();
            for (var week = 0; week < weekEnds.Count; week++)
            {
                var weekEnd = weekEnds[week];
                planned.Clear();
                var recordedThisWeek = 0;
                foreach (var recorded in recordedFuture)
                {
                    if (weekStart <= recorded.Meta.Occurred.Start && recorded.Meta.Occurred.Start <= weekEnd)
                    {
                        planned.Add(new(recorded.Meta.Occurred.Start, recordedThisWeek++, PlannedKind.Recorded) { Recorded = recorded });
                    }
                }

                for (var u = 0; u < draws.Length; u++)
                {
                    var draw = draws[u];
                    if (draw.Fires && weekStart <= draw.Day && draw.Day <= weekEnd)
                    {
                        planned.Add(new(draw.Day, 1000 + u, PlannedKind.Uncertain) { Uncertain = u });
                    }
                }

                PlanProcessEvents(planned, weekStart, weekEnd);

                for (var i = 0; i < planned.Count; i++)
                {
                    planned[i] = planned[i] with { Sequence = i };
                }

                planned.Sort(Planned.ByDayThenOrder);
                foreach (var plan in planned)
                {
                    Advance(plan.Day);
                    var @event = Make(plan, draws);
                    if (@event is not null && Apply(@event) && plan.Uncertain >= 0)
                    {
                        results.Fired[run, plan.Uncertain] = true;
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
        private void PlanProcessEvents(List<Planned> planned, DateOnly weekStart, DateOnly weekEnd)
        {
            var days = weekEnd.DayNumber - weekStart.DayNumber + 1;
            var ceasefire = CeasefireBinding(weekStart);
            var rate = ceasefire is null ? parameters.AttacksPerMonthWithoutCeasefire.Value : parameters.AttacksPerMonthWithCeasefire.Value;
            var attacks = random.Poisson(rate * days / DaysPerMonth);
            for (var i = 0; i < attacks; i++)
            {
                planned.Add(new(weekStart.AddDays(random.NextInt(days)), 2000 + i, PlannedKind.Attack));
            }

            if (ceasefire is not null && random.Chance(parameters.CeasefireBreakdownPerWeek.Value))
            {
                planned.Add(new(weekStart.AddDays(random.NextInt(days)), 3000, PlannedKind.Breakdown));
            }

            var talks = state.Talks.Status;
            if (talks is TalksStatus.Open or TalksStatus.Resumed or TalksStatus.Secret)
            {
                if (random.Chance(parameters.TalksSuspensionPerWeek.Value))
                {
                    planned.Add(new(weekStart.AddDays(random.NextInt(days)), 4000, PlannedKind.Suspension));
                }
                else if (random.Chance(parameters.PrisonerReleasePerWeekWhileTalking.Value))
                {
                    var day = weekStart.AddDays(random.NextInt(days));
                    planned.Add(new(day, 5000, PlannedKind.Release) { Prisoners = Math.Max(1, random.Poisson(parameters.PrisonersPerRelease.Value)) });
                }
            }
            else if (talks == TalksStatus.Suspended && random.Chance(parameters.TalksResumptionPerWeek.Value))
            {
                planned.Add(new(weekStart.AddDays(random.NextInt(days)), 4000, PlannedKind.Resumption));
            }
        }

        /// <summary>
        /// The planned event, made when its turn comes: its id is numbered then, and whether a breakdown or an
        /// uncertain event can happen depends on the state on its day.
        /// </summary>
        private NegotiationEvent? Make(Planned plan, (UncertainEvent Event, bool Fires, DateOnly Day)[] draws) => plan.Kind switch
        {
            PlannedKind.Recorded => plan.Recorded,
            PlannedKind.Uncertain => Instantiate(draws[plan.Uncertain].Event, plan.Day),
            PlannedKind.Attack => new AttackClaimed(
                Meta("attack", plan.Day), definition.Militants, AttackAttribution.Claimed, definition.Militants, AttackMethod.Other,
                "simulated", "simulated", Estimate.Unknown, Estimate.Unknown),
            PlannedKind.Breakdown => CeasefireBinding(plan.Day) is { } inForce
                ? new CeasefireEnded(Meta("breakdown", plan.Day), inForce.Id, definition.Militants, CeasefireEnding.BrokeDown, "simulated breakdown")
                : null,
            PlannedKind.Suspension => new TalksSuspended(Meta("suspension", plan.Day), null, "simulated suspension"),
            PlannedKind.Release => new PrisonersReleased(
                Meta("release", plan.Day), definition.Government, Estimate.Single(plan.Prisoners, "simulated"), ReleaseBasis.Batch, "simulated release"),
            PlannedKind.Resumption => new TalksResumed(Meta("resumption", plan.Day), null),
        };

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
            var inWindow = 0;
            foreach (var day in attackDays)
            {
                inWindow += day >= windowStart && day <= weekEnd ? 1 : 0;
            }

            results.AttacksPerMonth[run, week] = inWindow * DaysPerMonth / windowDays;
            results.PrisonersReleased[run, week] = released;
        }

        private Ceasefire? CeasefireBinding(DateOnly day) =>
            state.Ceasefires.Find(c => c.InForceOn(day) && c.Covers(definition.Militants));

        private EventMeta Meta(string what, DateOnly day) =>
            new($"simulated-{what}-{++counter}", HistoricalDate.OnDay(day), day, ImmutableArray<SourceCitation>.Empty, 100_000 + counter);

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    }

    private enum PlannedKind
    {
        Recorded,
        Uncertain,
        Attack,
        Breakdown,
        Suspension,
        Release,
        Resumption,
    }

    /// <summary>An event planned for a day of the week, in the order it takes among that day's (recorded first, then uncertain, then drawn).</summary>
    private readonly record struct Planned(DateOnly Day, int Order, PlannedKind Kind)
    {
        /// <summary>By day, then order, then the order of planning: what a stable sort by day and order gives.</summary>
        public static readonly Comparison<Planned> ByDayThenOrder = (a, b) =>
            a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Sequence.CompareTo(b.Sequence);

        /// <summary>Its place in the week's list as planned.</summary>
        public int Sequence { get; init; }

        public NegotiationEvent? Recorded { get; init; }

        public int Uncertain { get; init; } = -1;

        public int Prisoners { get; init; }
    }
}
