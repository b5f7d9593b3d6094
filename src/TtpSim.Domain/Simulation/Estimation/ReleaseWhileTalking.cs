using System.Collections.Immutable;
using System.Globalization;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;
using TtpSim.Domain.Uncertainty;

namespace TtpSim.Domain.Simulation.Estimation;

/// <summary>
/// The weekly chance of a prisoner release by the government while talks are under way: over seven-day
/// weeks counted back from the last day the record speaks for to the window's start (or the first talks event known),
/// with a Beta(a, b) prior, the posterior is Beta(a + weeks with a release, b + weeks without).
/// </summary>
/// <remarks>
/// Only weeks the record settles are counted. A week counts as talking only if every reading of the record has the
/// talks under way (open, resumed or secret) on its first and its last day; a week with a release is one that
/// contains the whole date of a government release; a week that a release's date only overlaps (a release
/// dated to a month or a range) is unknown and left out, unless another release falls wholly inside it. A
/// running total ("at least 100 so far") says how many were released by its date, not when: it is never
/// read as a release inside a week, even when dated to one day, and a week its date overlaps is left out
/// unless a batch falls wholly inside it. Such a total may also cover earlier weeks; the record cannot
/// say which, so those weeks are counted as it settles them.
/// </remarks>
public static class ReleaseWhileTalking
{
    private static readonly ImmutableHashSet<string> Talking = ["open", "resumed", "secret"];

    public static ParameterEstimate Estimate(EstimateDefinition definition, EstimationContext context)
    {
        var talks = context.Known.Where(e => e.Moves.HasFlag(StatusScope.Talks)).ToList();
        var releases = context.Known.OfType<PrisonersReleased>().Where(r => r.By.IsOrBelongsTo(context.Government.Id)).ToList();
        var first = definition.WindowFrom ?? talks.Select(e => (DateOnly?)e.Meta.Occurred.Start).Min();
        var last = definition.WindowTo is { } to && to < context.ObservedTo ? to : context.ObservedTo;
        int talking = 0, withRelease = 0, unknown = 0;

        // Weeks are counted back from the last day the record speaks for, so the latest evidence sits in whole weeks.
        for (var end = last; first is { } earliest && end.AddDays(-6) >= earliest; end = end.AddDays(-7))
        {
            var start = end.AddDays(-6);
            if (!TalkingOn(talks, start, context) || !TalkingOn(talks, end, context))
            {
                continue;
            }

            var inside = releases.Any(r => r.Basis != ReleaseBasis.Cumulative && r.Meta.Occurred.Start >= start && r.Meta.Occurred.End <= end);
            var overlapping = releases.Any(r => r.Meta.Occurred.Start <= end && r.Meta.Occurred.End >= start);
            if (!inside && overlapping)
            {
                unknown++;
                continue;
            }

            talking++;
            withRelease += inside ? 1 : 0;
        }

        var posterior = new Posterior(PosteriorFamily.Beta, definition.PriorA + withRelease, definition.PriorB + talking - withRelease);
        return new ParameterEstimate(posterior, context.KnownAsOf, withRelease, talking, string.Create(CultureInfo.InvariantCulture, $"{withRelease} of {talking} weeks of talks settled by the record had a release ({unknown} more left out: a release's date only overlaps them, or a running total falls in them)"));
    }

    /// <summary>Whether every reading of the record has the talks under way on the day (open and secret are both under way).</summary>
    private static bool TalkingOn(List<NegotiationEvent> talks, DateOnly day, EstimationContext context)
    {
        var report = DateUncertainty.On(talks, day, context.KnownAsOf, context.ObservedTo);
        var values = report.TrySettled(StatusPaths.TalksStatus, out var status) ? [status] : report.OpenAt(StatusPaths.TalksStatus)?.Values.ToList() ?? [];
        return values.Count > 0 && values.TrueForAll(v => v is not null && Talking.Contains(v));
    }
}
