using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.State;

public enum DemandStatus
{
    Tabled,
    Met,
    PartlyMet,
    Rejected,

    /// <summary>Never a folded state: what a view says when the record's uncertain dates leave the status open.</summary>
    Unknown,
}

/// <summary>
/// A demand and where it stands. <see cref="HeldBy"/> names the ceasefire whose declaration met it, for a
/// demand met by a truce: it is met only while that truce is in force, and tabled again when it ends.
/// </summary>
public sealed record Demand(
    string Id,
    ActorRef By,
    ActorRef On,
    DemandSubject Subject,
    string Text,
    DemandStatus Status,
    HistoricalDate TabledOn,
    HistoricalDate StatusSince,
    string? Note,
    ImmutableList<string> EventIds,
    string? HeldBy = null)
{
    /// <summary>Settled for good: rejected, or met by something that cannot be undone (not a truce that may end).</summary>
    public bool IsSettled => Status is DemandStatus.Rejected || (Status is DemandStatus.Met && HeldBy is null);
}

public sealed record AmnestyOffer(
    ActorRef By,
    ActorRef To,
    string Terms,
    HistoricalDate OfferedOn,
    HistoricalDate? RejectedOn,
    ActorRef? RejectedBy,
    string EventId);
