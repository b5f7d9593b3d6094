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
}

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
    ImmutableList<string> EventIds);

public sealed record AmnestyOffer(
    ActorRef By,
    ActorRef To,
    string Terms,
    HistoricalDate OfferedOn,
    HistoricalDate? RejectedOn,
    ActorRef? RejectedBy,
    string EventId);
