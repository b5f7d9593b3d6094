using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.State;

/// <summary>An attack, with the ceasefire it fell inside (if any ceasefire covering its perpetrator was in force).</summary>
public sealed record AttackRecord(
    string EventId,
    HistoricalDate Date,
    ActorRef Perpetrator,
    AttackAttribution Attribution,
    ActorRef? ClaimedBy,
    AttackMethod Method,
    string Location,
    string Target,
    Estimate Fatalities,
    Estimate Injured,
    string? InsideCeasefire,
    ImmutableArray<SourceCitation> Sources,
    Events.Assertion Assertion);

public sealed record ClaimCount(string EventId, HistoricalDate Month, ActorRef Perpetrator, Estimate Count, bool Verified, ImmutableArray<SourceCitation> Sources);

public sealed record MilitaryOperation(string EventId, HistoricalDate Date, ActorRef By, string? Name, string Area, string Description);
