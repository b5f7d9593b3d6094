using System.Collections.Immutable;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.Simulation.Estimation;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Simulation.Backtesting;

/// <summary>
/// Scores the simulator against the record: from each cutoff it simulates from the state known then, with
/// the parameters estimated from what was known then (never from later events), and scores each forecast
/// against what the whole record shows afterwards, beside two reference forecasts: persistence (the state
/// at the cutoff holds; for attacks, the last claimed monthly count known) and climatology (the share of
/// the 52 weeks before the cutoff, as known then, in which the thing held; for attacks, every claimed
/// monthly count known, as an ensemble). An outcome is scored only where the record settles it and every
/// forecast exists, and the count of scored outcomes goes with every score.
/// </summary>
public static class Backtest
{
    public const int DefaultWeeks = 12;
    private const int ClimatologyWeeks = 52;

    /// <summary>Monthly from the first recorded truce of the militants (or one of their factions) while a whole forecast fits before the horizon.</summary>
    public static ImmutableArray<DateOnly> DefaultCutoffs(IEnumerable<NegotiationEvent> recorded, SimulationDefinition definition, int weeks)
    {
        var history = recorded.Where(e => !e.Meta.IsDerived).ToList();
        var horizon = Horizon.OfHistory(history);
        var first = history.OfType<CeasefireDeclared>()
            .Where(c => definition.Militants.IsOrBelongsTo(c.Scope.Id) || c.Scope.IsOrBelongsTo(definition.Militants.Id))
            .Select(c => (DateOnly?)c.Meta.Occurred.Start)
            .Min();
        var cutoffs = ImmutableArray.CreateBuilder<DateOnly>();
        for (var k = 0; first is { } start && horizon is { } last && start.AddMonths(k).AddDays((7 * weeks) - 1) <= last; k++)
        {
            cutoffs.Add(start.AddMonths(k));
        }

        return cutoffs.ToImmutable();
    }

    public static BacktestResult Run(IReadOnlyCollection<NegotiationEvent> recorded, SimulationDefinition definition, IReadOnlyList<DateOnly> cutoffs, int weeks, int runs, int seed, int maxDegreeOfParallelism = -1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var history = recorded.Where(e => !e.Meta.IsDerived).ToList();
        var record = new RecordOutcomes(history, definition.Militants);
        var ceasefire = new BinaryTally();
        var suspended = new BinaryTally();
        var attacks = new CountTally();
        for (var index = 0; index < cutoffs.Count; index++)
        {
            var cutoff = cutoffs[index];
            var until = cutoff.AddDays((7 * weeks) - 1);
            var known = history.Where(e => e.Meta.KnownFrom <= cutoff && e.Meta.Occurred.Start < cutoff).ToList();
            var atCutoff = definition with { From = cutoff, Until = until, Uncertain = [], Parameters = Unestimated(definition.Parameters) };
            var ensemble = Simulator.Ensemble(known, atCutoff, runs, unchecked((seed * 1_000_003) + index), until, maxDegreeOfParallelism);

            var start = Chronicle.Tell(known, until: cutoff).State;
            var past = Enumerable.Range(1, ClimatologyWeeks)
                .Select(k => cutoff.AddDays(-7 * k))
                .Select(day => (Day: day, State: Chronicle.Tell(known.Where(e => e.Meta.Occurred.Start <= day), until: day).State))
                .ToList();
            for (var week = 0; week < ensemble.WeekEnds.Count; week++)
            {
                var day = ensemble.WeekEnds[week];
                ceasefire.Add(
                    record.CeasefireInForce(day),
                    SimulationEnsemble.Share(ensemble.CeasefireInForce, week),
                    InForce(start, cutoff, definition) ? 1 : 0,
                    past.Count(p => InForce(p.State, p.Day, definition)) / (double)past.Count);
                suspended.Add(
                    record.TalksSuspended(day),
                    SimulationEnsemble.Share(ensemble.TalksSuspended, week),
                    start.Talks.Status == TalksStatus.Suspended ? 1 : 0,
                    past.Count(p => p.State.Talks.Status == TalksStatus.Suspended) / (double)past.Count);
            }

            var knownCounts = MonthlyAttackClaims.Counts(known, definition.Militants, cutoff.AddDays(-1));
            for (var month = new DateOnly(cutoff.Year, cutoff.Month, 1); month.AddMonths(1).AddDays(-1) <= until; month = month.AddMonths(1))
            {
                if (month < cutoff)
                {
                    continue;
                }

                var sample = ensemble.AttacksBetween(month, month.AddMonths(1).AddDays(-1));
                Array.Sort(sample);
                attacks.Add(
                    record.ClaimedAttacks(month),
                    sample,
                    knownCounts.Count > 0 ? knownCounts[^1].Count : null,
                    knownCounts.Count > 0 ? [.. knownCounts.Select(m => (double)m.Count).Order()] : null);
            }
        }

        return new BacktestResult([.. cutoffs], weeks, runs, seed, record.RecordHorizon, ceasefire.Scores(), suspended.Scores(), attacks.Scores());
    }

    private static bool InForce(NegotiationState state, DateOnly day, SimulationDefinition definition) =>
        state.Ceasefires.Exists(c => c.InForceOn(day) && c.Covers(definition.Militants));

    /// <summary>The parameters with every estimate forgotten, so each cutoff estimates afresh from what was known then.</summary>
    private static SimulationParameters Unestimated(SimulationParameters p)
    {
        static Parameter Forget(Parameter parameter) => parameter with { Estimated = null };
        return new SimulationParameters(
            Forget(p.AttacksPerMonthWithoutCeasefire), Forget(p.AttacksPerMonthWithCeasefire), Forget(p.CeasefireBreakdownPerWeek), Forget(p.TalksSuspensionPerWeek),
            Forget(p.TalksResumptionPerWeek), Forget(p.PrisonerReleasePerWeekWhileTalking), Forget(p.PrisonersPerRelease));
    }

    private sealed class BinaryTally
    {
        private readonly List<(double Model, bool Happened)> forecasts = [];
        private double model, persistence, climatology;
        private int unscored;

        public void Add(bool? happened, double modelP, double persistenceP, double climatologyP)
        {
            if (happened is not { } outcome)
            {
                unscored++;
                return;
            }

            forecasts.Add((modelP, outcome));
            model += ForecastScores.Brier(modelP, outcome);
            persistence += ForecastScores.Brier(persistenceP, outcome);
            climatology += ForecastScores.Brier(climatologyP, outcome);
        }

        public BinaryScores Scores()
        {
            var n = forecasts.Count;
            var bins = Enumerable.Range(0, 10)
                .Select(b => (From: b / 10.0, To: (b + 1) / 10.0, In: forecasts.Where(f => Bin(f.Model) == b).ToList()))
                .Where(b => b.In.Count > 0)
                .Select(b => new ReliabilityBin(b.From, b.To, b.In.Count, Round(b.In.Average(f => f.Model)), Round(b.In.Count(f => f.Happened) / (double)b.In.Count)))
                .ToImmutableArray();
            return new BinaryScores(n, unscored, Mean(model, n), Mean(persistence, n), Mean(climatology, n), bins);
        }

        private static int Bin(double p) => Math.Min(9, (int)(p * 10));
    }

    private sealed class CountTally
    {
        private double model, persistence, climatology;
        private int n, unscored, within50, within90;

        public void Add(int? outcome, double[] sortedModel, int? lastKnown, double[]? sortedPast)
        {
            if (outcome is not { } y || lastKnown is not { } last || sortedPast is null)
            {
                unscored++;
                return;
            }

            n++;
            model += ForecastScores.Crps(sortedModel, y);
            persistence += Math.Abs(last - y);
            climatology += ForecastScores.Crps(sortedPast, y);
            within50 += ForecastScores.Covers(sortedModel, y, 0.5) ? 1 : 0;
            within90 += ForecastScores.Covers(sortedModel, y, 0.9) ? 1 : 0;
        }

        public CountScores Scores() => new(n, unscored, Mean(model, n), Mean(persistence, n), Mean(climatology, n), Mean(within50, n), Mean(within90, n));
    }

    private static double? Mean(double sum, int n) => n == 0 ? null : Round(sum / n);

    private static double Round(double value) => Math.Round(value, 6);
}
