using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Simulation.Estimation;
using TtpSim.Domain.State;
using TtpSim.Domain.Uncertainty;

namespace TtpSim.Domain.Simulation.Backtesting;

/// <summary>
/// What the whole record says happened, for scoring. Where it cannot say, the answer is null and the
/// outcome is not scored: a status the uncertain dates leave open (some reading gives one answer, some
/// another), any day past the record's horizon, and a month with no claimed count (unknown, not zero).
/// </summary>
public sealed class RecordOutcomes
{
    private readonly List<NegotiationEvent> history;
    private readonly DateOnly? horizon;
    private readonly ActorRef militants;
    private readonly Dictionary<DateOnly, (bool? Ceasefire, bool? Suspended)> byDay = [];
    private readonly Dictionary<DateOnly, int> monthlyClaims;

    public RecordOutcomes(IEnumerable<NegotiationEvent> recorded, ActorRef militants)
    {
        history = [.. recorded.Where(e => !e.Meta.IsDerived)];
        horizon = State.Horizon.OfHistory(history);
        this.militants = militants;
        monthlyClaims = MonthlyAttackClaims.Counts(history, militants, horizon ?? DateOnly.MinValue).ToDictionary(m => m.Month, m => m.Count);
    }

    public DateOnly? RecordHorizon => horizon;

    /// <summary>Whether a ceasefire binding the militants was in force on the day; null where the record cannot say.</summary>
    public bool? CeasefireInForce(DateOnly day) => On(day).Ceasefire;

    /// <summary>Whether the talks were suspended on the day; null where the record cannot say.</summary>
    public bool? TalksSuspended(DateOnly day) => On(day).Suspended;

    /// <summary>The claimed attacks in the month beginning on <paramref name="month"/>; null where no source gives one figure for it.</summary>
    public int? ClaimedAttacks(DateOnly month) => monthlyClaims.TryGetValue(month, out var count) ? count : null;

    private (bool? Ceasefire, bool? Suspended) On(DateOnly day)
    {
        if (horizon is not { } last || day > last)
        {
            return (null, null);
        }

        if (!byDay.TryGetValue(day, out var outcome))
        {
            var report = DateUncertainty.On(history, day, knownAsOf: null, horizon);
            var binding = history.OfType<CeasefireDeclared>()
                .Where(c => militants.IsOrBelongsTo(c.Scope.Id))
                .Select(c => c.CeasefireId)
                .Distinct(StringComparer.Ordinal)
                .Select(id => Answer(report, StatusPaths.Ceasefire(id), status => status == "inForce", whenAbsent: false))
                .ToList();
            var ceasefire = binding.Contains(true) ? true : binding.TrueForAll(b => b == false) ? false : (bool?)null;
            var suspended = Answer(report, StatusPaths.TalksStatus, status => status == "suspended", whenAbsent: false);
            outcome = (ceasefire, suspended);
            byDay[day] = outcome;
        }

        return outcome;
    }

    /// <summary>The yes/no the status gives when every possible value gives the same one; null otherwise, or when a value is "unknown".</summary>
    private static bool? Answer(DateUncertaintyReport report, string path, Func<string?, bool> yes, bool whenAbsent)
    {
        var values = report.TrySettled(path, out var settled) ? [settled] : report.OpenAt(path)?.Values.ToList();
        if (values is null)
        {
            return whenAbsent;
        }

        if (values.Contains("unknown"))
        {
            return null;
        }

        var answers = values.Select(yes).Distinct().ToList();
        return answers.Count == 1 ? answers[0] : null;
    }
}
