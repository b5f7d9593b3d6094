using System.Collections.Immutable;
using System.Text.Json.Nodes;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;
using TtpSim.Domain.Uncertainty;

namespace TtpSim.Domain.Snapshots;

/// <summary>
/// Turns a folded state into what a reader sees on a given day (days left, lapsed ceasefires, totals).
/// The statuses come from <paramref name="uncertainty"/> where the record's uncertain dates decide them:
/// a settled value is shown, an open one is "unknown" (null for ceasefire.active) and listed under
/// uncertain with every value it may have.
/// </summary>
public static class SnapshotBuilder
{
    /// <summary>The snapshot of a history held in memory (recorded and derived events) on a date.</summary>
    public static StateSnapshot FromHistory(string scenario, IReadOnlyCollection<Events.NegotiationEvent> history, DateOnly asOf, DateOnly? knownAsOf) =>
        Build(scenario, Timeline.StateAt(history, asOf, knownAsOf), asOf, knownAsOf, DateUncertainty.On(history, asOf, knownAsOf));

    public static StateSnapshot Build(string scenario, NegotiationState state, DateOnly asOf, DateOnly? knownAsOf, DateUncertaintyReport uncertainty)
    {
        var horizon = uncertainty.Horizon ?? state.RecordEnds;
        var inForce = state.Ceasefires
            .Where(c => c.InForceOn(asOf) && !Unknown(c, asOf, horizon))
            .OrderBy(c => c.Scope.PartOf.IsDefault ? 0 : c.Scope.PartOf.Length)
            .ThenBy(c => c.ScheduledEnd ?? DateOnly.MaxValue)
            .Select(c => new CeasefireInForceView(
                c.Id, c.Scope.Id, c.Scope.Name, c.Kind, c.DeclaredBy.Name, c.Start.ToString(), c.ScheduledEnd, DaysLeft(c, asOf)))
            .ToList();
        var primary = inForce.FirstOrDefault();

        return new StateSnapshot(
            scenario,
            asOf,
            knownAsOf,
            new CeasefireView(
                Active(uncertainty, primary is not null ? true : state.Ceasefires.Any(c => Unknown(c, asOf, horizon)) ? null : false),
                primary?.ScheduledEnd,
                primary?.DaysLeft,
                inForce,
                state.Ceasefires.Select(c => History(c, asOf, horizon, uncertainty)).ToList()),
            Talks(state.Talks, asOf, uncertainty),
            state.Demands
                .OrderBy(d => d.By.Id, StringComparer.Ordinal)
                .ThenBy(d => d.TabledOn)
                .Select(d => new DemandView(
                    d.Id, d.By.Id, d.By.Name, d.On.Id, d.On.Name, d.Subject, d.Text, Resolved(uncertainty, StatusPaths.Demand(d.Id), HeldPastTheRecord(d, state, asOf, horizon) ? DemandStatus.Unknown : d.Status, DemandStatus.Unknown, Parsed<DemandStatus>),
                    d.TabledOn.ToString(), d.StatusSince.ToString(), d.Note))
                .ToList(),
            state.AmnestyOffers.Latest
                .Select(o => new AmnestyView(o.By.Name, o.To.Name, o.Terms, o.OfferedOn.ToString(), o.RejectedOn?.ToString(), o.RejectedBy?.Name))
                .ToList(),
            Prisoners(state.Prisoners),
            state.Attacks.Latest.Select(Attack).ToList(),
            state.AttacksByPerpetrator
                .Select(t => new PerpetratorSummaryView(
                    t.Perpetrator.Id, t.Perpetrator.Name, t.Attacks, t.FatalitiesLow, t.FatalitiesHigh, t.InsideCeasefire))
                .ToList(),
            state.ClaimCounts.Latest
                .Select(c => new ClaimCountView(c.Month.ToString(), c.Perpetrator.Id, c.Perpetrator.Name, Range(c.Count), c.Verified, Sources(c.Sources)))
                .ToList(),
            state.Operations.Latest.Select(o => new OperationView(o.Date.ToString(), o.By.Name, o.Name, o.Area, o.Description)).ToList(),
            state.Pressure.Latest.Select(p => new PressureView(p.Date.ToString(), p.By.Name, p.Kind, p.Description, p.EventId)).ToList(),
            state.ParliamentConsultations.Latest.Select(c => new ConsultationView(c.Date.ToString(), c.By.Name, c.Forum, c.Description, c.EventId)).ToList(),
            state.PastDeals.Latest
                .Select(d => new BaseRateView(
                    d.Between.Select(a => a.Name).ToList(), d.PeriodFrom.ToString(), d.PeriodTo.ToString(), Range(d.Count), Range(d.Held), d.Outcome, Sources(d.Sources)))
                .ToList(),
            state.Signals.Latest.Select(s => new SignalView(s.EventId, s.Date.ToString(), s.By.Name, s.To.Name, s.Subject, s.Description)).ToList(),
            state.CasualtyReports.Latest
                .Select(c => new CasualtyReportView(
                    c.EventId, c.PeriodFrom.ToString(), c.PeriodTo.ToString(), c.Among, Range(c.Killed), Range(c.Injured), c.AttributedTo?.Name, c.Description, Sources(c.Sources)))
                .ToList(),
            state.Context.Latest.Select(c => new ContextView(c.EventId, c.Date.ToString(), c.Type, c.Actor.Name, c.Summary)).ToList(),
            state.EventsApplied,
            RecentRecords.Kept,
            Totals(state),
            new RecordView(horizon, horizon is { } last && asOf > last),
            Uncertain(uncertainty));
    }

    /// <summary>
    /// A tracked status as the reader sees it: <paramref name="unknown"/> where the uncertain dates leave it
    /// open, the settled value where they decide it, and the fold's where they say nothing of it (or settle
    /// it as missing, which only the fold's own list can tell).
    /// </summary>
    private static T Resolved<T>(DateUncertaintyReport uncertainty, string path, T folded, T unknown, Func<string, T> parse) =>
        uncertainty.OpenAt(path) is not null ? unknown
        : uncertainty.TrySettled(path, out var value) && value is not null ? parse(value)
        : folded;

    /// <summary>For ceasefire.active a settled null is a value (the record cannot say), not an item the readings lack.</summary>
    private static bool? Active(DateUncertaintyReport uncertainty, bool? folded) =>
        uncertainty.TrySettled(StatusPaths.CeasefireActive, out var settled) && settled is null
            ? null
            : Resolved(uncertainty, StatusPaths.CeasefireActive, folded, null, value => value == "true");

    private static TEnum Parsed<TEnum>(string value)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(value, ignoreCase: true);

    private static List<UncertainView> Uncertain(DateUncertaintyReport uncertainty)
    {
        static JsonNode? Json(string path, string? value) =>
            value is null ? null : path == StatusPaths.CeasefireActive ? JsonValue.Create(value == "true") : JsonValue.Create(value);

        static UncertainView EitherWay(string path, string id) => new(path, [JsonValue.Create(true), JsonValue.Create(false)], [id]);

        return
        [
            .. uncertainty.Open.Select(o => new UncertainView(o.Path, [.. o.Values.Select(v => Json(o.Path, v))], o.BecauseOf)),
            .. uncertainty.MayNotHaveHappened.Select(id => EitherWay(StatusPaths.Happened(id), id)),
            .. uncertainty.MayHaveBeenKnown.Select(id => EitherWay(StatusPaths.Known(id), id)),
        ];
    }

    private static RecordTotalsView Totals(NegotiationState state) => new(
        state.CeasefiresDeclared,
        state.Talks.Rounds.Total,
        state.Talks.Phases.Total,
        state.Talks.Acknowledgements.Total,
        state.Talks.Denials.Total,
        state.DemandsTabled,
        state.AmnestyOffers.Total,
        state.Prisoners.Releases.Total,
        state.Prisoners.HandedOver.Total,
        state.Prisoners.StillHeld.Total,
        state.Attacks.Total,
        state.ClaimCounts.Total,
        state.Operations.Total,
        state.Pressure.Total,
        state.ParliamentConsultations.Total,
        state.PastDeals.Total,
        state.Talks.NonDenials.Total,
        state.Talks.Emissaries.Total,
        state.Signals.Total,
        state.CasualtyReports.Total,
        state.Context.Total);

    public static RangeView Range(Estimate estimate) => new(
        estimate.Low,
        estimate.High,
        estimate.SourcesDisagree,
        estimate.Reports.IsDefault ? [] : estimate.Reports.Select(r => new FigureView(r.Value, r.Bound, r.SourceFile, r.Note)).ToList());

    public static IReadOnlyList<SourceView> Sources(ImmutableArray<SourceCitation> sources) =>
        sources.IsDefault ? [] : sources.Select(s => new SourceView(s.File, s.Outlet, s.Published.ToString(), s.Quote)).ToList();

    private static int? DaysLeft(Ceasefire ceasefire, DateOnly asOf) =>
        ceasefire.ScheduledEnd is { } end ? end.DayNumber - asOf.DayNumber : null;

    /// <summary>
    /// Past the record's horizon, a ceasefire that no recorded event ended and whose scheduled end is not
    /// before the horizon may have been ended, extended or kept: no source can say which.
    /// </summary>
    private static bool Unknown(Ceasefire c, DateOnly asOf, DateOnly? horizon) =>
        horizon is { } last && asOf > last && c.Status == CeasefireStatus.InForce && (c.ScheduledEnd is null || c.ScheduledEnd >= last);

    /// <summary>A demand met by a truce that may have ended past the record's horizon: whether it still stands met, no source can say.</summary>
    private static bool HeldPastTheRecord(Demand demand, NegotiationState state, DateOnly asOf, DateOnly? horizon) =>
        demand.HeldBy is { } truce && state.FindCeasefire(truce) is { } ceasefire && Unknown(ceasefire, asOf, horizon);

    private static CeasefireHistoryView History(Ceasefire c, DateOnly asOf, DateOnly? horizon, DateUncertaintyReport uncertainty)
    {
        var folded = c.Status == CeasefireStatus.Ended ? "ended" : Unknown(c, asOf, horizon) ? "unknown" : c.LapsedBy(asOf) ? "lapsed" : "inForce";
        var status = Resolved(uncertainty, StatusPaths.Ceasefire(c.Id), folded, "unknown", value => value);
        return new CeasefireHistoryView(
            c.Id,
            c.Scope.Id,
            c.Scope.Name,
            c.Kind,
            c.Start.ToString(),
            c.ScheduledEnd,
            status,
            c.EndedOn?.ToString() ?? (status == "lapsed" ? c.ScheduledEnd?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null),
            c.EndedBy?.Name,
            c.How,
            c.EndReason,
            c.Extensions,
            c.Violations.Latest,
            c.Violations.Total,
            c.AttacksInside.Latest,
            c.AttacksInside.Total,
            c.Allegations.Latest,
            c.Allegations.Total);
    }

    /// <remarks>
    /// <see cref="TalksView.SinceMayBeLater"/> says that the event that set the status is dated only to a
    /// month, a year or a range that runs past the asked date: the status counts from the period's first
    /// day, but the record cannot say whether it had already changed on that date.
    /// </remarks>
    private static TalksView Talks(TalksState talks, DateOnly asOf, DateUncertaintyReport uncertainty) => new(
        Resolved(uncertainty, StatusPaths.TalksStatus, talks.Status, TalksStatus.Unknown, Parsed<TalksStatus>),
        talks.Since?.ToString(),
        talks.Since?.Precision,
        talks.Venue,
        talks.Mediators.Select(m => m.Mediator.Name).ToList(),
        talks.Mediators
            .Select(m => new MediatorView(m.Mediator.Id, m.Mediator.Name, m.Between.Select(b => b.Name).ToList(), m.Role, m.Since.ToString(), m.Since.Precision != DatePrecision.Day))
            .ToList(),
        talks.Rounds.Total,
        talks.Rounds.Latest
            .Select(r => new TalksRoundView(r.Date.ToString(), r.Venue, r.Delegations.Select(Describe).ToList(), r.EventId))
            .ToList(),
        talks.Phases.Latest.Select(p => new TalksPhaseView(p.Status, p.From.ToString(), p.EventId)).ToList(),
        talks.Acknowledgements.Latest.Select(Statement).ToList(),
        talks.Denials.Latest.Select(Statement).ToList(),
        talks.NonDenials.Latest.Select(Statement).ToList(),
        talks.Emissaries.Latest.Select(e => new EmissaryView(e.By.Name, e.Emissary.Name, e.To.Name, e.On.ToString(), e.Description, e.EventId)).ToList(),
        talks.Since is { } since && since.End > asOf);

    private static string Describe(Events.Delegation delegation)
    {
        var size = delegation.Size is { } n ? $", {n} members" : "";
        var led = delegation.LedBy is { } leader ? $" led by {leader}" : "";
        return $"{delegation.Actor.Name}{led}{size}";
    }

    private static StatementView Statement(PublicStatement s) => new(s.By.Name, s.On.ToString(), s.Description, s.EventId);

    private static PrisonersView Prisoners(PrisonerLedger ledger) => new(
        ledger.TotalLow(),
        ledger.TotalHigh(),
        ledger.HasReleasesWithoutFigures,
        ledger.Releases.Latest.Select(r => new ReleaseView(r.EventId, r.Date.ToString(), r.Date.Precision, r.By.Name, r.Basis, Range(r.Count), r.Who, r.Assertion.Status, r.Assertion.By?.Name)).ToList(),
        ledger.HandedOver.Latest.Select(h => new HandoverView(h.EventId, h.Date.ToString(), h.By.Name, h.To.Name, h.Names)).ToList(),
        ledger.StillHeld.Latest.Select(w => new WithheldView(w.EventId, w.Date.ToString(), w.By.Name, Range(w.Count), w.Reason)).ToList());

    private static AttackView Attack(AttackRecord a) => new(
        a.EventId,
        a.Date.ToString(),
        a.Date.Precision,
        a.Perpetrator.Id,
        a.Perpetrator.Name,
        a.Attribution,
        a.ClaimedBy?.Name,
        a.Method,
        Events.AttackClaimed.CameoFor(a.Method).Code,
        a.Location,
        a.Target,
        Range(a.Fatalities),
        Range(a.Injured),
        a.InsideCeasefire is not null,
        a.InsideCeasefire,
        Sources(a.Sources),
        a.Assertion.Status,
        a.Assertion.By?.Name);
}
