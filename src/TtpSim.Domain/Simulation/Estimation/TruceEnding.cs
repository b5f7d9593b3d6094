using System.Globalization;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Simulation.Estimation;

/// <summary>
/// The weekly chance that a truce in force ends. Truces of the militants or of one of their factions are
/// read from the state the record gives (recorded ends, extensions, lapses past a scheduled end). Only an
/// end before the truce's scheduled last day is an event (a breakdown); a truce that ends on or after that
/// day, by a recorded end or by the lapse rule, is censored at it, and a truce still in force on the last
/// day the record can speak for is censored there. With exposure-weighted
/// exponential lives and a Gamma(a, b) prior on the weekly hazard λ, the posterior is Gamma(a + truces
/// ended early, b + weeks in force), and the parameter is 1 − e^(−λ).
/// </summary>
/// <remarks>
/// Uncertain dates: a truce's time in force runs from the first day its start may have been to the last
/// day its end may have been, the longest life the record allows, so an imprecise date never makes truces
/// look more fragile than the record says; an end whose latest possible day reaches the scheduled last
/// day is read as reaching it.
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
            .Select(c => Life(c, context.ObservedTo))
            .ToList();
        var ended = lives.Count(l => l.Ended);
        var weeks = lives.Sum(l => Math.Max(0, l.Days)) / 7.0;
        var posterior = new Posterior(PosteriorFamily.GammaWeeklyHazard, definition.PriorA + ended, definition.PriorB + weeks);
        var listed = string.Join(", ", lives.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Id} {l.Days} days{l.Censoring}")));
        return new ParameterEstimate(posterior, context.KnownAsOf, ended, Math.Round(weeks, 4), string.Create(CultureInfo.InvariantCulture, $"{ended} of {lives.Count} truces ended early in {weeks:F1} weeks in force ({(lives.Count == 0 ? "none" : listed)})"));
    }

    /// <summary>
    /// A truce that reached its scheduled last day did not break down: the simulation gives a renewed truce
    /// its own scheduled end and draws only early ends from this hazard, so the life is censored at that day.
    /// </summary>
    private static (string Id, int Days, bool Ended, string Censoring) Life(Ceasefire truce, DateOnly observedTo)
    {
        var start = truce.Start.Start.DayNumber;
        if (truce.Status == CeasefireStatus.Ended && truce.EndedOn is { } ended)
        {
            return truce.ScheduledEnd is { } scheduled && ended.End >= scheduled
                ? (truce.Id, scheduled.DayNumber - start + 1, false, ", reached its scheduled end (censored)")
                : (truce.Id, ended.End.DayNumber - start, true, "");
        }

        return (truce.Id, observedTo.DayNumber - start + 1, false, ", still in force (censored)");
    }
}
