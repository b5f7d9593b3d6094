using System.Globalization;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Simulation.Estimation;

/// <summary>
/// The weekly chance that the talks leave one status for another: suspended while under way (open,
/// resumed or secret), or resumed while suspended. The spells are the talks' phases in the state the
/// record gives; a spell that moves to the awaited status is an event, one that moves elsewhere (a stall)
/// or is still running on the last day the record speaks for is censored. With a Gamma(a, b) prior on the
/// weekly hazard λ, the posterior is Gamma(a + events, b + weeks in the spell), and the parameter is 1 − e^(−λ).
/// </summary>
/// <remarks>
/// Uncertain dates: each transition is read once, the same way for the spell it ends and the spell it
/// begins. The days between the first and the last day a transition may have been belong to neither
/// spell's exposure: a spell runs from the last day its start may have been to the first day its end may
/// have been, the days the record settles. Whether the transition happened is not in doubt, so a spell
/// ended by one still counts as an event, even when the record settles none of its days.
/// </remarks>
public static class TalksSpells
{
    public static ParameterEstimate Estimate(EstimateDefinition definition, EstimationContext context)
    {
        var (isSpell, isEvent) = definition.Estimator == EstimatorKind.TalksSuspension
            ? ((Func<TalksStatus, bool>)(s => s is TalksStatus.Open or TalksStatus.Resumed or TalksStatus.Secret), (Func<TalksStatus, bool>)(s => s == TalksStatus.Suspended))
            : (s => s == TalksStatus.Suspended, s => s is TalksStatus.Open or TalksStatus.Resumed or TalksStatus.Secret);
        var phases = Chronicle.Tell(context.Known, until: context.ObservedTo).State.Talks.Phases.Latest.ToList();
        var spells = new List<(string Id, int Days, bool Ended)>();
        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            if (!isSpell(phase.Status) || !definition.InWindow(phase.From.Start, phase.From.Start))
            {
                continue;
            }

            var next = phases.Skip(i + 1).FirstOrDefault(p => !isSpell(p.Status));
            var settledFrom = phase.From.End.DayNumber;
            spells.Add(next is null
                ? (phase.EventId, Math.Max(0, context.ObservedTo.DayNumber - settledFrom + 1), false)
                : (phase.EventId, Math.Max(0, next.From.Start.DayNumber - settledFrom), isEvent(next.Status)));
            i = next is null ? phases.Count : phases.IndexOf(next) - 1;
        }

        var events = spells.Count(s => s.Ended);
        var weeks = spells.Sum(s => s.Days) / 7.0;
        var posterior = new Posterior(PosteriorFamily.GammaWeeklyHazard, definition.PriorA + events, definition.PriorB + weeks);
        var listed = string.Join(", ", spells.Select(s => string.Create(CultureInfo.InvariantCulture, $"from {s.Id} {s.Days} settled days{(s.Ended ? "" : ", censored")}")));
        return new ParameterEstimate(posterior, context.KnownAsOf, events, Math.Round(weeks, 4), string.Create(CultureInfo.InvariantCulture, $"{events} of {spells.Count} spells ended so in {weeks:F1} weeks ({(spells.Count == 0 ? "none" : listed)})"));
    }
}
