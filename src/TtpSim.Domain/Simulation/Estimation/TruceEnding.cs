using System.Globalization;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Simulation.Estimation;

/// <summary>
/// The weekly chance that a truce in force ends. Truces of the militants or of one of their factions are
/// read from the state the record gives (recorded ends, extensions, lapses past a scheduled end); a truce
/// still in force on the last day the record can speak for is censored there. With exposure-weighted
/// exponential lives and a Gamma(a, b) prior on the weekly hazard λ, the posterior is Gamma(a + truces
/// ended, b + weeks in force), and the parameter is 1 − e^(−λ).
/// </summary>
/// <remarks>
/// Uncertain dates: a truce's time in force runs from the first day its start may have been to the last
/// day its end may have been, the longest life the record allows, so an imprecise date never makes truces
/// look more fragile than the record says.
/// </remarks>
public static class TruceEnding
{
    public static ParameterEstimate Estimate(EstimateDefinition definition, EstimationContext context)
    {
        var state = Chronicle.Tell(context.Known, until: context.ObservedTo).State;
        var lives = state.Ceasefires
            .Where(c => c.Covers(context.Militants) || c.Scope.IsOrBelongsTo(context.Militants.Id))
            .Where(c => definition.InWindow(c.Start.Start, c.Start.Start))
            .OrderBy(c => c.Start.Start)
            .Select(c => c.Status == CeasefireStatus.Ended && c.EndedOn is { } ended
                ? (c.Id, Days: ended.End.DayNumber - c.Start.Start.DayNumber, Ended: true)
                : (c.Id, Days: context.ObservedTo.DayNumber - c.Start.Start.DayNumber + 1, Ended: false))
            .ToList();
        var ended = lives.Count(l => l.Ended);
        var weeks = lives.Sum(l => Math.Max(0, l.Days)) / 7.0;
        var posterior = new Posterior(PosteriorFamily.GammaWeeklyHazard, definition.PriorA + ended, definition.PriorB + weeks);
        var listed = string.Join(", ", lives.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Id} {l.Days} days{(l.Ended ? "" : ", still in force (censored)")}")));
        return new ParameterEstimate(posterior, context.KnownAsOf, ended, Math.Round(weeks, 4), string.Create(CultureInfo.InvariantCulture, $"{ended} of {lives.Count} truces ended in {weeks:F1} weeks in force ({(lives.Count == 0 ? "none" : listed)})"));
    }
}
