using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.State;

public enum TalksStatus
{
    None,
    Secret,
    Open,
    Resumed,
    Suspended,
    Stalled,

    /// <summary>Never a folded state: what a view says when the record's uncertain dates leave the status open.</summary>
    Unknown,
}

public sealed record MediatorRecord(ActorRef Mediator, ImmutableArray<ActorRef> Between, string? Role, HistoricalDate Since, string EventId);

public sealed record TalksPhase(TalksStatus Status, HistoricalDate From, string EventId);

public sealed record TalksRound(HistoricalDate Date, string Venue, ImmutableArray<Delegation> Delegations, string EventId);

public sealed record PublicStatement(ActorRef By, HistoricalDate On, string Description, string EventId);

/// <summary>An envoy or delegation that acted for one side (<paramref name="By"/>), not between the sides.</summary>
public sealed record EmissaryRecord(ActorRef By, ActorRef Emissary, ActorRef To, HistoricalDate On, string Description, string EventId);

public sealed record TalksState(
    TalksStatus Status,
    HistoricalDate? Since,
    string? Venue,
    ImmutableList<MediatorRecord> Mediators,
    RecentRecords<TalksRound> Rounds,
    RecentRecords<TalksPhase> Phases,
    RecentRecords<PublicStatement> Acknowledgements,
    RecentRecords<PublicStatement> Denials,
    RecentRecords<PublicStatement> NonDenials,
    RecentRecords<EmissaryRecord> Emissaries)
{
    public static readonly TalksState None = new(
        TalksStatus.None, null, null, [], RecentRecords<TalksRound>.None, RecentRecords<TalksPhase>.None, RecentRecords<PublicStatement>.None, RecentRecords<PublicStatement>.None,
        RecentRecords<PublicStatement>.None, RecentRecords<EmissaryRecord>.None);

    public TalksState MovedTo(TalksStatus status, HistoricalDate on, string eventId) =>
        status == Status
            ? this
            : this with { Status = status, Since = on, Phases = Phases.Add(new TalksPhase(status, on, eventId)) };
}
