using System.Collections.Immutable;
using TtpSim.Domain.Events;

namespace TtpSim.Domain.State;

/// <summary>
/// The one fold. Marten's projections and the in-memory replay both call <see cref="Evolve"/>, so they
/// cannot disagree. It is total: an event that refers to something unknown changes nothing (the
/// decider refuses such events before they are stored).
/// </summary>
public static class NegotiationFold
{
    public static NegotiationState Evolve(NegotiationState state, NegotiationEvent @event)
    {
        var next = @event switch
        {
            CeasefireDeclared e => state with
            {
                Ceasefires = KeepingOpen(
                    state.Ceasefires.Add(new Ceasefire(
                        e.CeasefireId, e.By, e.Scope, e.Kind, e.Meta.Occurred, e.ScheduledEnd, CeasefireStatus.InForce,
                        null, null, null, null, [], RecentRecords<string>.None, RecentRecords<string>.None, [e.Meta.Id])),
                    c => c.Status == CeasefireStatus.Ended),
                CeasefiresDeclared = state.CeasefiresDeclared + 1,
            },
            CeasefireExtended e => UpdateCeasefire(state, e.CeasefireId, c => c with
            {
                ScheduledEnd = e.ScheduledEnd,
                Extensions = c.Extensions.Add(e.ScheduledEnd),
                EventIds = Cite(c.EventIds, e.Meta.Id),
            }),
            CeasefireEnded e => UpdateCeasefire(state, e.CeasefireId, c => c with
            {
                Status = CeasefireStatus.Ended,
                EndedOn = e.Meta.Occurred,
                EndedBy = e.By,
                How = e.How,
                EndReason = e.Reason,
                EventIds = Cite(c.EventIds, e.Meta.Id),
            }),
            CeasefireViolated e => UpdateCeasefire(state, e.CeasefireId, c => c with
            {
                Violations = c.Violations.Add(e.Meta.Id),
                EventIds = Cite(c.EventIds, e.Meta.Id),
            }),

            TalksOpened e => state with
            {
                Talks = (StartsNewProcess(state.Talks) || !e.Secret
                    ? state.Talks.MovedTo(e.Secret ? TalksStatus.Secret : TalksStatus.Open, e.Meta.Occurred, e.Meta.Id)
                    : state.Talks) with
                { Venue = e.Venue },
            },
            TalksAcknowledged e => state with
            {
                Talks = (StartsNewProcess(state.Talks)
                    ? state.Talks.MovedTo(TalksStatus.Open, e.Meta.Occurred, e.Meta.Id) with { Venue = null }
                    : state.Talks.Status == TalksStatus.Secret
                        ? state.Talks.MovedTo(TalksStatus.Open, e.Meta.Occurred, e.Meta.Id)
                        : state.Talks) with
                {
                    Acknowledgements = state.Talks.Acknowledgements.Add(new PublicStatement(e.By, e.Meta.Occurred, e.Description, e.Meta.Id)),
                },
            },
            TalksDenied e => state with
            {
                Talks = state.Talks with
                {
                    Denials = state.Talks.Denials.Add(new PublicStatement(e.By, e.Meta.Occurred, e.Description, e.Meta.Id)),
                },
            },
            TalksRoundHeld e => state with
            {
                Talks = (StartsNewProcess(state.Talks)
                    ? state.Talks.MovedTo(TalksStatus.Open, e.Meta.Occurred, e.Meta.Id)
                    : state.Talks) with
                {
                    Venue = e.Venue,
                    Rounds = state.Talks.Rounds.Add(new TalksRound(e.Meta.Occurred, e.Venue, e.Delegations, e.Meta.Id)),
                },
            },
            TalksSuspended e => state with { Talks = state.Talks.MovedTo(TalksStatus.Suspended, e.Meta.Occurred, e.Meta.Id) },
            TalksResumed e => state with
            {
                Talks = state.Talks.MovedTo(TalksStatus.Resumed, e.Meta.Occurred, e.Meta.Id) with { Venue = e.Venue ?? state.Talks.Venue },
            },
            MediatorEngaged e => state.Talks.Mediators.Exists(m => m.Mediator.Id == e.Mediator.Id)
                ? state
                : state with
                {
                    Talks = state.Talks with
                    {
                        Mediators = state.Talks.Mediators.Add(new MediatorRecord(e.Mediator, e.Between, e.Role, e.Meta.Occurred, e.Meta.Id)),
                    },
                },

            DemandTabled e => state with
            {
                Demands = KeepingOpen(
                    state.Demands.Add(new Demand(
                        e.DemandId, e.By, e.On, e.Subject, e.Text, DemandStatus.Tabled, e.Meta.Occurred, e.Meta.Occurred, null, [e.Meta.Id])),
                    d => d.Status is DemandStatus.Met or DemandStatus.Rejected),
                DemandsTabled = state.DemandsTabled + 1,
            },
            DemandMet e => UpdateDemand(state, e.DemandId, DemandStatus.Met, e),
            DemandPartlyMet e => UpdateDemand(state, e.DemandId, DemandStatus.PartlyMet, e),
            DemandRejected e => UpdateDemand(state, e.DemandId, DemandStatus.Rejected, e),
            AmnestyOffered e => state with
            {
                AmnestyOffers = state.AmnestyOffers.Add(new AmnestyOffer(e.By, e.To, e.Terms, e.Meta.Occurred, null, null, e.Meta.Id)),
            },
            AmnestyRejected e => RejectLatestAmnesty(state, e),

            PrisonersReleased e => state with
            {
                Prisoners = state.Prisoners.With(new ReleaseRecord(e.Meta.Id, e.Meta.Occurred, e.By, e.Count, e.Basis, e.Who, e.Meta.Sources)),
            },
            PrisonersHandedOver e => state with
            {
                Prisoners = state.Prisoners with
                {
                    HandedOver = state.Prisoners.HandedOver.Add(new HandoverRecord(e.Meta.Id, e.Meta.Occurred, e.By, e.To, e.Names)),
                },
            },
            PrisonersWithheld e => state with
            {
                Prisoners = state.Prisoners with
                {
                    StillHeld = state.Prisoners.StillHeld.Add(new WithheldRecord(e.Meta.Id, e.Meta.Occurred, e.By, e.Count, e.Reason)),
                },
            },

            AttackClaimed e => WithAttack(state, new AttackRecord(
                e.Meta.Id, e.Meta.Occurred, e.Perpetrator, e.Attribution, e.ClaimedBy, e.Method, e.Location, e.Target,
                e.Fatalities, e.Injured, CeasefireCovering(state, e), e.Meta.Sources)),
            AttackClaimsReported e => state with
            {
                ClaimCounts = state.ClaimCounts.Add(new ClaimCount(e.Meta.Id, e.Meta.Occurred, e.Perpetrator, e.Count, e.Verified, e.Meta.Sources)),
            },
            MilitaryOperationLaunched e => state with
            {
                Operations = state.Operations.Add(new MilitaryOperation(e.Meta.Id, e.Meta.Occurred, e.By, e.Name, e.Area, e.Description)),
            },
            PressureApplied e => state with
            {
                Pressure = state.Pressure.Add(new PressureRecord(e.Meta.Id, e.Meta.Occurred, e.By, e.Kind, e.Description)),
            },
            ParliamentConsulted e => state with
            {
                ParliamentConsultations = state.ParliamentConsultations.Add(new ConsultationRecord(e.Meta.Id, e.Meta.Occurred, e.By, e.Forum, e.Description)),
            },
            PeaceDealsSigned e => state with
            {
                PastDeals = state.PastDeals.Add(new PastDeals(e.Meta.Id, e.Between, e.Count, e.PeriodFrom, e.PeriodTo, e.Held, e.Outcome, e.Meta.Sources)),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Evolve has no case for this event type"),
        };
        return next with { EventsApplied = state.EventsApplied + 1 };
    }

    /// <summary>
    /// Talks opened or acknowledged when none are under way, or after an earlier process broke down,
    /// begin a new process; "resumed" is kept for an explicit resumption of a suspended one.
    /// </summary>
    private static bool StartsNewProcess(TalksState talks) => talks.Status is TalksStatus.None or TalksStatus.Suspended;

    private static string? CeasefireCovering(NegotiationState state, AttackClaimed attack) =>
        state.Ceasefires.Find(c => c.Covers(attack.Perpetrator) && c.InForceOn(attack.Meta.Occurred.Start))?.Id;

    private static NegotiationState WithAttack(NegotiationState state, AttackRecord attack)
    {
        var tallies = state.AttacksByPerpetrator;
        var index = tallies.FindIndex(t => t.Perpetrator.Id == attack.Perpetrator.Id);
        var tally = (index < 0 ? new AttackTally(attack.Perpetrator, 0, 0, 0, 0) : tallies[index]).With(attack);
        var withAttack = state with
        {
            Attacks = state.Attacks.Add(attack),
            AttacksByPerpetrator = index < 0 ? InsertByPerpetrator(tallies, tally) : tallies.SetItem(index, tally),
        };
        return attack.InsideCeasefire is { } ceasefire
            ? UpdateCeasefire(withAttack, ceasefire, c => c with { AttacksInside = c.AttacksInside.Add(attack.EventId) })
            : withAttack;
    }

    private static ImmutableList<AttackTally> InsertByPerpetrator(ImmutableList<AttackTally> tallies, AttackTally tally)
    {
        var at = tallies.FindIndex(t => string.CompareOrdinal(t.Perpetrator.Id, tally.Perpetrator.Id) > 0);
        return at < 0 ? tallies.Add(tally) : tallies.Insert(at, tally);
    }

    /// <summary>
    /// Adds to a list that must stay small: past <see cref="RecentRecords.Kept"/> entries, the oldest
    /// settled one goes (an open ceasefire or demand is always kept, since later events may change it).
    /// </summary>
    private static ImmutableList<T> KeepingOpen<T>(ImmutableList<T> list, Predicate<T> settled)
    {
        if (list.Count <= RecentRecords.Kept)
        {
            return list;
        }

        var oldestSettled = list.FindIndex(settled);
        return oldestSettled < 0 ? list : list.RemoveAt(oldestSettled);
    }

    private static ImmutableList<string> Cite(ImmutableList<string> eventIds, string eventId) =>
        eventIds.Count < RecentRecords.Kept ? eventIds.Add(eventId) : eventIds;

    private static NegotiationState UpdateCeasefire(NegotiationState state, string id, Func<Ceasefire, Ceasefire> change)
    {
        var index = state.Ceasefires.FindIndex(c => c.Id == id);
        return index < 0 ? state : state with { Ceasefires = state.Ceasefires.SetItem(index, change(state.Ceasefires[index])) };
    }

    private static NegotiationState UpdateDemand(NegotiationState state, string id, DemandStatus status, NegotiationEvent @event)
    {
        var index = state.Demands.FindIndex(d => d.Id == id);
        if (index < 0)
        {
            return state;
        }

        var note = @event switch
        {
            DemandMet e => e.Note,
            DemandPartlyMet e => e.Note,
            DemandRejected e => e.Note,
            _ => null,
        };
        var demand = state.Demands[index];
        return state with
        {
            Demands = state.Demands.SetItem(index, demand with
            {
                Status = status,
                StatusSince = @event.Meta.Occurred,
                Note = note ?? demand.Note,
                EventIds = Cite(demand.EventIds, @event.Meta.Id),
            }),
        };
    }

    private static NegotiationState RejectLatestAmnesty(NegotiationState state, AmnestyRejected rejection)
    {
        var offers = state.AmnestyOffers.Latest;
        var index = offers.Length - 1;
        while (index >= 0 && offers[index].RejectedOn is not null)
        {
            index--;
        }

        return index < 0
            ? state
            : state with
            {
                AmnestyOffers = state.AmnestyOffers.SetLatest(index, offers[index] with
                {
                    RejectedOn = rejection.Meta.Occurred,
                    RejectedBy = rejection.By,
                }),
            };
    }
}
