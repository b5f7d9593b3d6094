using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.State;

/// <summary>A hint of a concession: kept apart from offers, since it meets no demand.</summary>
public sealed record SignalRecord(string EventId, HistoricalDate Date, ActorRef By, ActorRef To, DemandSubject Subject, string Description);

/// <summary>An aggregate casualty figure over a period, with each source's figures.</summary>
public sealed record CasualtyReport(
    string EventId,
    HistoricalDate PeriodFrom,
    HistoricalDate PeriodTo,
    string Among,
    Estimate Killed,
    Estimate Injured,
    ActorRef? AttributedTo,
    string Description,
    ImmutableArray<SourceCitation> Sources);

/// <summary>Something around the talks that changes their ground: a takeover, a merger, an expulsion.</summary>
public sealed record ContextRecord(string EventId, HistoricalDate Date, string Type, ActorRef Actor, string Summary);
