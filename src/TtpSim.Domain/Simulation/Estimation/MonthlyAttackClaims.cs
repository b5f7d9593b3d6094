using System.Globalization;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Simulation.Estimation;

/// <summary>
/// Attacks a month from claimed monthly counts: with a Gamma(a, b) prior on the monthly rate and Poisson
/// counts, the posterior is Gamma(a + the sum of the counts, b + the number of months). A month counts
/// only if one report gives it one figure (no bound, no disagreement) and it had ended by the day the
/// record is read; a month with no count is unknown, not zero, and is left out. The rate is the one
/// without a truce, so a month in which a truce of the militants or of one of their factions was in
/// force for any part (as far as the record allows) is left out too.
/// </summary>
public static class MonthlyAttackClaims
{
    public static ParameterEstimate Estimate(EstimateDefinition definition, EstimationContext context)
    {
        var truces = Chronicle.Tell(context.Known, until: context.ObservedTo).State.Ceasefires
            .Where(c => c.Covers(context.Militants) || c.Scope.IsOrBelongsTo(context.Militants.Id))
            .Select(c => (From: c.Start.Start, To: c.EndedOn?.End ?? c.ScheduledEnd ?? context.ObservedTo))
            .ToList();
        var counted = Counts(context.Known, context.Militants, context.ObservedTo)
            .Where(m => definition.InWindow(m.Month, m.Month.AddMonths(1).AddDays(-1)))
            .ToList();
        var months = counted.Where(m => !truces.Any(t => Overlaps(t, m.Month))).ToList();
        var inTruce = counted.Except(months).Select(m => m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList();
        var attacks = months.Sum(m => m.Count);
        var posterior = new Posterior(PosteriorFamily.GammaRate, definition.PriorA + attacks, definition.PriorB + months.Count);
        var listed = string.Join(", ", months.Select(m => $"{m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}: {m.Count}"));
        var left = inTruce.Count == 0 ? "" : $"; left out, a truce in force for part of the month: {string.Join(", ", inTruce)}";
        return new ParameterEstimate(posterior, context.KnownAsOf, attacks, months.Count, $"{attacks} claimed attacks in {months.Count} months with a count ({(months.Count == 0 ? "none" : listed)}{left})");
    }

    private static bool Overlaps((DateOnly From, DateOnly To) truce, DateOnly month) =>
        truce.From <= month.AddMonths(1).AddDays(-1) && truce.To >= month;

    /// <summary>The months whose claimed count the record settles, in order: one definite figure, the month over by <paramref name="observedTo"/>.</summary>
    public static IReadOnlyList<(DateOnly Month, int Count)> Counts(IEnumerable<NegotiationEvent> events, ActorRef militants, DateOnly observedTo) =>
        [.. events
            .OfType<AttackClaimsReported>()
            .Where(e => e.Perpetrator.IsOrBelongsTo(militants.Id) && e.Meta.Occurred.Precision == DatePrecision.Month && e.Meta.Occurred.End <= observedTo)
            .Where(e => e.Count.IsKnown && !e.Count.SourcesDisagree && e.Count.Low == e.Count.High && e.Count.Reports.All(r => r.Bound == FigureBound.Exact))
            .GroupBy(e => e.Meta.Occurred.Start)
            .Where(g => g.Select(e => e.Count.Low).Distinct().Count() == 1)
            .Select(g => (g.Key, g.First().Count.Low!.Value))
            .OrderBy(m => m.Key)];
}
