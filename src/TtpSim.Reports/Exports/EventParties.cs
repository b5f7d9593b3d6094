using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Reports.Exports;

/// <summary>Who acts in an event and, where the event names one, the party it is aimed at (dyadic event data).</summary>
public sealed record EventDyad(ActorRef? Actor, ActorRef? Recipient);

/// <summary>
/// Reads the acting party and the other party off each event. A reply to a demand or an amnesty names
/// only its author, so the other party is found in the demand or offer it answers: the parties are read
/// per scenario, with every event of it at hand.
/// </summary>
public sealed class EventParties
{
    private readonly Dictionary<string, DemandTabled> demands;
    private readonly List<AmnestyOffered> amnestyOffers;

    public EventParties(IEnumerable<NegotiationEvent> scenarioEvents)
    {
        var ordered = TtpSim.Domain.State.Timeline.InHistoricalOrder(scenarioEvents);
        demands = ordered.OfType<DemandTabled>().GroupBy(d => d.DemandId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        amnestyOffers = [.. ordered.OfType<AmnestyOffered>()];
    }

    public DemandTabled? DemandAnsweredBy(NegotiationEvent @event) => @event switch
    {
        DemandMet e => demands.GetValueOrDefault(e.DemandId),
        DemandPartlyMet e => demands.GetValueOrDefault(e.DemandId),
        DemandRejected e => demands.GetValueOrDefault(e.DemandId),
        _ => null,
    };

    public EventDyad Of(NegotiationEvent @event) => @event switch
    {
        CeasefireDeclared e => new(e.By, e.Scope.Id == e.By.Id || e.Scope.IsOrBelongsTo(e.By.Id) ? null : e.Scope),
        CeasefireExtended e => new(e.By, null),
        CeasefireEnded e => new(e.By, null),
        CeasefireViolated e => new(e.By, null),
        TalksOpened e => Pair(e.Parties),
        TalksAcknowledged e => new(e.By, null),
        TalksDenied e => new(e.By, null),
        TalksRoundHeld e => Pair(e.Delegations.IsDefault ? default : [.. e.Delegations.Select(d => d.Actor)]),
        TalksSuspended e => new(e.By, null),
        TalksResumed => new(null, null),
        MediatorEngaged e => new(e.Mediator, e.Between.IsDefaultOrEmpty ? null : e.Between[0]),
        DemandTabled e => new(e.By, e.On),
        DemandMet or DemandPartlyMet or DemandRejected => new(Author(@event), DemandAnsweredBy(@event)?.By),
        AmnestyOffered e => new(e.By, e.To),
        AmnestyRejected e => new(e.By, amnestyOffers.LastOrDefault(o => o.Meta.Occurred.CompareTo(e.Meta.Occurred) <= 0)?.By),
        PrisonersReleased e => new(e.By, null),
        PrisonersHandedOver e => new(e.By, e.To),
        PrisonersWithheld e => new(e.By, null),
        AttackClaimed e => new(e.Perpetrator, null),
        AttackClaimsReported e => new(e.Perpetrator, null),
        MilitaryOperationLaunched e => new(e.By, null),
        PressureApplied e => new(e.By, null),
        ParliamentConsulted e => new(e.By, null),
        PeaceDealsSigned e => Pair(e.Between),
        _ => new(null, null),
    };

    private static ActorRef? Author(NegotiationEvent @event) => @event switch
    {
        DemandMet e => e.By,
        DemandPartlyMet e => e.By,
        DemandRejected e => e.By,
        _ => null,
    };

    private static EventDyad Pair(ImmutableArray<ActorRef> parties) =>
        parties.IsDefault ? new(null, null) : new(parties.Length > 0 ? parties[0] : null, parties.Length > 1 ? parties[1] : null);
}
