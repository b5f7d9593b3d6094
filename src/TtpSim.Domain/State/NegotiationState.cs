using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace TtpSim.Domain.State;

/// <summary>
/// Where the negotiation stood after a set of events: immutable, built only by
/// <see cref="NegotiationFold.Evolve"/> from <see cref="Initial"/>. Its size does not grow with the
/// history: open ceasefires and demands are all kept, settled ones and the records of what happened
/// (attacks, statements, releases...) only as the latest <see cref="RecentRecords.Kept"/> with their
/// totals, and running tallies stand in for sums over every record. The ids of settled ceasefires and
/// demands that were dropped from the lists are kept (retired), so a later event naming one is not
/// taken for a reference to something unknown, and a re-used id is still caught. <see cref="RecordEnds"/>
/// is the record's horizon so far: the latest publication date of the sources the events cite.
/// </summary>
public sealed record NegotiationState(
    ImmutableList<Ceasefire> Ceasefires,
    int CeasefiresDeclared,
    TalksState Talks,
    ImmutableList<Demand> Demands,
    int DemandsTabled,
    RecentRecords<AmnestyOffer> AmnestyOffers,
    PrisonerLedger Prisoners,
    RecentRecords<AttackRecord> Attacks,
    ImmutableList<AttackTally> AttacksByPerpetrator,
    RecentRecords<ClaimCount> ClaimCounts,
    RecentRecords<MilitaryOperation> Operations,
    RecentRecords<PressureRecord> Pressure,
    RecentRecords<ConsultationRecord> ParliamentConsultations,
    RecentRecords<PastDeals> PastDeals,
    RecentRecords<SignalRecord> Signals,
    RecentRecords<CasualtyReport> CasualtyReports,
    RecentRecords<ContextRecord> Context,
    int EventsApplied,
    DateOnly? RecordEnds = null)
{
    public static readonly NegotiationState Initial = new(
        [],
        0,
        TalksState.None,
        [],
        0,
        RecentRecords<AmnestyOffer>.None,
        PrisonerLedger.Empty,
        RecentRecords<AttackRecord>.None,
        [],
        RecentRecords<ClaimCount>.None,
        RecentRecords<MilitaryOperation>.None,
        RecentRecords<PressureRecord>.None,
        RecentRecords<ConsultationRecord>.None,
        RecentRecords<PastDeals>.None,
        RecentRecords<SignalRecord>.None,
        RecentRecords<CasualtyReport>.None,
        RecentRecords<ContextRecord>.None,
        0);

    /// <summary>
    /// Ids of settled ceasefires dropped from <see cref="Ceasefires"/>. The decider needs them while it
    /// checks a history; a stored change point leaves them out, since they grow with the history and
    /// nothing that reads a state needs them.
    /// </summary>
    [JsonIgnore]
    public ImmutableHashSet<string> RetiredCeasefireIds { get; init; } = [];

    /// <summary>Ids of settled demands dropped from <see cref="Demands"/>; stored as the ceasefires' are.</summary>
    [JsonIgnore]
    public ImmutableHashSet<string> RetiredDemandIds { get; init; } = [];

    public Ceasefire? FindCeasefire(string id) => Ceasefires.Find(c => c.Id == id);

    public Demand? FindDemand(string id) => Demands.Find(d => d.Id == id);

    /// <summary>Whether a ceasefire of this id was ever declared, whether or not the state still lists it.</summary>
    public bool KnowsCeasefire(string id) => FindCeasefire(id) is not null || RetiredCeasefireIds.Contains(id);

    /// <summary>Whether a demand of this id was ever tabled, whether or not the state still lists it.</summary>
    public bool KnowsDemand(string id) => FindDemand(id) is not null || RetiredDemandIds.Contains(id);
}
