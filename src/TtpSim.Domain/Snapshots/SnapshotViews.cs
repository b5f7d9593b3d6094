using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Snapshots;

// The shapes of a state snapshot as tools read it (the JSON contract). Dates are written as the
// sources give them: yyyy-mm-dd, or yyyy-mm / yyyy with the precision beside them.
public sealed record SourceView(string File, string Outlet, string Published, string Quote);

public sealed record FigureView(int Value, FigureBound Bound, string Source, string? Note);

public sealed record RangeView(int? Low, int? High, bool SourcesDisagree, IReadOnlyList<FigureView> Reports);

public sealed record CeasefireInForceView(
    string Id,
    string ScopeId,
    string Scope,
    CeasefireKind Kind,
    string DeclaredBy,
    string Start,
    DateOnly? ScheduledEnd,
    int? DaysLeft);

public sealed record CeasefireHistoryView(
    string Id,
    string ScopeId,
    string Scope,
    CeasefireKind Kind,
    string Start,
    DateOnly? ScheduledEnd,
    string Status,
    string? Ended,
    string? EndedBy,
    CeasefireEnding? How,
    string? Reason,
    IReadOnlyList<DateOnly> Extensions,
    IReadOnlyList<string> Violations,
    int ViolationCount,
    IReadOnlyList<string> AttacksInside,
    int AttacksInsideCount,
    IReadOnlyList<string> AllegedViolations,
    int AllegedViolationCount);

/// <summary>The ceasefires on a date; <see cref="Active"/> is null when the record cannot say (past its horizon).</summary>
public sealed record CeasefireView(
    bool? Active,
    DateOnly? ScheduledEnd,
    int? DaysLeft,
    IReadOnlyList<CeasefireInForceView> InForce,
    IReadOnlyList<CeasefireHistoryView> History);

public sealed record MediatorView(string Id, string Name, IReadOnlyList<string> Between, string? Role, string Since, bool SinceIsApproximate);

public sealed record TalksPhaseView(TalksStatus Status, string From, string EventId);

public sealed record TalksRoundView(string Date, string Venue, IReadOnlyList<string> Delegations, string EventId);

public sealed record StatementView(string By, string On, string Description, string EventId);

public sealed record TalksView(
    TalksStatus Status,
    string? Since,
    DatePrecision? SincePrecision,
    string? Venue,
    IReadOnlyList<string> Mediators,
    IReadOnlyList<MediatorView> MediatorDetails,
    int Rounds,
    IReadOnlyList<TalksRoundView> RoundDetails,
    IReadOnlyList<TalksPhaseView> Phases,
    IReadOnlyList<StatementView> Acknowledgements,
    IReadOnlyList<StatementView> Denials,
    IReadOnlyList<StatementView> NeitherConfirmedNorDenied,
    IReadOnlyList<EmissaryView> Emissaries,
    bool SinceMayBeLater);

/// <summary>An envoy or delegation acting for one side: never listed among the mediators.</summary>
public sealed record EmissaryView(string For, string Emissary, string To, string On, string Description, string EventId);

public sealed record DemandView(
    string Id,
    string PartyId,
    string Party,
    string OnId,
    string On,
    DemandSubject Subject,
    string Text,
    DemandStatus Status,
    string Tabled,
    string StatusSince,
    string? Note);

public sealed record AmnestyView(string By, string To, string Terms, string Offered, string? Rejected, string? RejectedBy);

public sealed record ReleaseView(
    string EventId,
    string Date,
    DatePrecision DatePrecision,
    string By,
    ReleaseBasis Basis,
    RangeView Count,
    string? Who,
    AssertionStatus Status,
    string? AssertedBy);

public sealed record HandoverView(string EventId, string Date, string By, string To, IReadOnlyList<string> Names);

public sealed record WithheldView(string EventId, string Date, string By, RangeView Count, string Reason);

public sealed record PrisonersView(
    int Low,
    int High,
    bool IncludesReleasesWithoutFigures,
    IReadOnlyList<ReleaseView> Reports,
    IReadOnlyList<HandoverView> HandedOver,
    IReadOnlyList<WithheldView> StillHeld);

public sealed record AttackView(
    string EventId,
    string Date,
    DatePrecision DatePrecision,
    string PerpetratorId,
    string Perpetrator,
    AttackAttribution Attribution,
    string? ClaimedBy,
    AttackMethod Method,
    string Cameo,
    string Location,
    string Target,
    RangeView Fatalities,
    RangeView Injured,
    bool InsideCeasefire,
    string? Ceasefire,
    IReadOnlyList<SourceView> Sources,
    AssertionStatus Status,
    string? AssertedBy);

public sealed record PerpetratorSummaryView(string PerpetratorId, string Perpetrator, int Attacks, int FatalitiesLow, int FatalitiesHigh, int InsideCeasefire);

public sealed record ClaimCountView(string Month, string PerpetratorId, string Perpetrator, RangeView Count, bool Verified, IReadOnlyList<SourceView> Sources);

public sealed record OperationView(string Date, string By, string? Name, string Area, string Description);

public sealed record PressureView(string Date, string By, PressureKind Kind, string Description, string EventId);

public sealed record ConsultationView(string Date, string By, string Forum, string Description, string EventId);

public sealed record BaseRateView(
    IReadOnlyList<string> Between,
    string PeriodFrom,
    string PeriodTo,
    RangeView Deals,
    RangeView Held,
    string Outcome,
    IReadOnlyList<SourceView> Sources);

/// <summary>
/// How many of each record there have been by the date. The snapshot's lists show the latest
/// <see cref="StateSnapshot.ListsShowLatest"/> of each; a total above that says older ones are left out.
/// </summary>
public sealed record RecordTotalsView(
    int Ceasefires,
    int TalksRounds,
    int TalksPhases,
    int Acknowledgements,
    int Denials,
    int Demands,
    int AmnestyOffers,
    int PrisonerReleases,
    int Handovers,
    int StillHeld,
    int Attacks,
    int ClaimedAttackCounts,
    int MilitaryOperations,
    int Pressure,
    int ParliamentConsulted,
    int BaseRates,
    int NeitherConfirmedNorDenied,
    int Emissaries,
    int ConcessionSignals,
    int CasualtyReports,
    int Context);

/// <summary>A hint of a concession, short of an offer: it meets no demand.</summary>
public sealed record SignalView(string EventId, string Date, string By, string To, DemandSubject Subject, string Description);

/// <summary>An aggregate casualty figure a source gives for a period.</summary>
public sealed record CasualtyReportView(
    string EventId,
    string PeriodFrom,
    string PeriodTo,
    string Among,
    RangeView Killed,
    RangeView Injured,
    string? AttributedTo,
    string Description,
    IReadOnlyList<SourceView> Sources);

/// <summary>A change around the talks: a takeover, factions merging, an expulsion.</summary>
public sealed record ContextView(string EventId, string Date, string Type, string Actor, string Summary);

/// <summary>
/// The negotiation state on a date, as a reader or another tool sees it. Open ceasefires and demands
/// are always listed; other lists hold the latest <see cref="ListsShowLatest"/> records, and
/// <see cref="Totals"/> counts them all, so the answer's size does not grow with the history.
/// </summary>
public sealed record StateSnapshot(
    string Scenario,
    DateOnly AsOf,
    DateOnly? KnownAsOf,
    CeasefireView Ceasefire,
    TalksView Talks,
    IReadOnlyList<DemandView> Demands,
    IReadOnlyList<AmnestyView> Amnesty,
    PrisonersView PrisonersReleased,
    IReadOnlyList<AttackView> Attacks,
    IReadOnlyList<PerpetratorSummaryView> AttacksByPerpetrator,
    IReadOnlyList<ClaimCountView> ClaimedAttackCounts,
    IReadOnlyList<OperationView> MilitaryOperations,
    IReadOnlyList<PressureView> Pressure,
    IReadOnlyList<ConsultationView> ParliamentConsulted,
    IReadOnlyList<BaseRateView> BaseRates,
    IReadOnlyList<SignalView> ConcessionSignals,
    IReadOnlyList<CasualtyReportView> CasualtyReports,
    IReadOnlyList<ContextView> Context,
    int EventsApplied,
    int ListsShowLatest,
    RecordTotalsView Totals,
    RecordView Record,
    IReadOnlyList<UncertainView> Uncertain);

/// <summary>
/// A part of the state the record cannot settle on the date: its JSON path, every value it may have
/// (null: not yet in the record, or, for ceasefire.active, the record cannot say), and the events whose
/// uncertain dates make the difference.
/// </summary>
public sealed record UncertainView(string Path, IReadOnlyList<System.Text.Json.Nodes.JsonNode?> PossibleValues, IReadOnlyList<string> BecauseOf);

/// <summary>Where the record ends: the latest day its sources were published, and whether the asked date is past it.</summary>
public sealed record RecordView(DateOnly? Horizon, bool BeyondHorizon);
