using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.State;

public enum CeasefireStatus
{
    InForce,
    Ended,
}

/// <summary>
/// One ceasefire and its history: declared, extended, violated, ended. <see cref="EventIds"/> are the
/// events that made it what it is (a lapse cites them); past <see cref="RecentRecords.Kept"/> of them,
/// further violations are counted in <see cref="Violations"/> only. <see cref="Allegations"/> are
/// violations one party accused another of: listed, never counted as violations.
/// </summary>
public sealed record Ceasefire(
    string Id,
    ActorRef DeclaredBy,
    ActorRef Scope,
    CeasefireKind Kind,
    HistoricalDate Start,
    DateOnly? ScheduledEnd,
    CeasefireStatus Status,
    HistoricalDate? EndedOn,
    ActorRef? EndedBy,
    CeasefireEnding? How,
    string? EndReason,
    ImmutableList<DateOnly> Extensions,
    RecentRecords<string> Violations,
    RecentRecords<string> AttacksInside,
    ImmutableList<string> EventIds,
    RecentRecords<string> Allegations)
{
    /// <summary>
    /// In force on <paramref name="day"/>: started, not ended by a recorded event, and not past its
    /// scheduled last day. A ceasefire past its scheduled end with no recorded end has lapsed.
    /// </summary>
    public bool InForceOn(DateOnly day) =>
        Status == CeasefireStatus.InForce && Start.Start <= day && (ScheduledEnd is null || day <= ScheduledEnd);

    public bool LapsedBy(DateOnly day) => Status == CeasefireStatus.InForce && ScheduledEnd is { } end && day > end;

    /// <summary>Whether the ceasefire binds an actor: its scope is the actor or a group the actor belongs to.</summary>
    public bool Covers(ActorRef actor) => actor.IsOrBelongsTo(Scope.Id);
}
