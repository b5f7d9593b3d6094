using System.Collections.Immutable;

namespace TtpSim.Domain.State;

/// <summary>
/// Where the negotiation stood after a set of events: immutable, built only by
/// <see cref="NegotiationFold.Evolve"/> from <see cref="Initial"/>.
/// </summary>
public sealed record NegotiationState(
    ImmutableList<Ceasefire> Ceasefires,
    TalksState Talks,
    ImmutableList<Demand> Demands,
    ImmutableList<AmnestyOffer> AmnestyOffers,
    PrisonerLedger Prisoners,
    ImmutableList<AttackRecord> Attacks,
    ImmutableList<ClaimCount> ClaimCounts,
    ImmutableList<MilitaryOperation> Operations,
    ImmutableList<PressureRecord> Pressure,
    ImmutableList<ConsultationRecord> ParliamentConsultations,
    ImmutableList<PastDeals> PastDeals,
    int EventsApplied)
{
    public static readonly NegotiationState Initial = new(
        [],
        TalksState.None,
        [],
        [],
        PrisonerLedger.Empty,
        [],
        [],
        [],
        [],
        [],
        [],
        0);

    public Ceasefire? FindCeasefire(string id) => Ceasefires.Find(c => c.Id == id);

    public Demand? FindDemand(string id) => Demands.Find(d => d.Id == id);
}
