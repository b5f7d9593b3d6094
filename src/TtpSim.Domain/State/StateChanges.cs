using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.State;

/// <summary>The steps event types share when they change the state: find a ceasefire or demand and change it, keep lists small.</summary>
internal static class StateChanges
{
    /// <summary>
    /// Talks opened or acknowledged when none are under way, or after an earlier process broke down,
    /// begin a new process; "resumed" is kept for an explicit resumption of a suspended one.
    /// </summary>
    public static bool StartsNewProcess(this TalksState talks) => talks.Status is TalksStatus.None or TalksStatus.Suspended;

    /// <summary>
    /// Adds to a list that must stay small: past <see cref="RecentRecords.Kept"/> entries, the oldest
    /// settled one goes (an open ceasefire or demand is always kept, since later events may change it);
    /// its id is remembered in <paramref name="retired"/>, so it is never taken for unknown.
    /// </summary>
    public static (ImmutableList<T> Kept, ImmutableHashSet<string> Retired) KeepingOpen<T>(
        ImmutableList<T> list, ImmutableHashSet<string> retired, Predicate<T> settled, Func<T, string> id)
    {
        if (list.Count <= RecentRecords.Kept)
        {
            return (list, retired);
        }

        var oldestSettled = list.FindIndex(settled);
        return oldestSettled < 0 ? (list, retired) : (list.RemoveAt(oldestSettled), retired.Add(id(list[oldestSettled])));
    }

    /// <summary>Adds a context event (a takeover, a merger, an expulsion) to the state's context record, in its own words.</summary>
    public static NegotiationState WithContext(this NegotiationState state, NegotiationEvent @event, Provenance.ActorRef actor) =>
        state with { Context = state.Context.Add(new ContextRecord(@event.Meta.Id, @event.Meta.Occurred, @event.TypeName, actor, @event.Describe())) };

    public static ImmutableList<string> Cite(ImmutableList<string> eventIds, string eventId) =>
        eventIds.Count < RecentRecords.Kept ? eventIds.Add(eventId) : eventIds;

    public static NegotiationState UpdateCeasefire(this NegotiationState state, string id, Func<Ceasefire, Ceasefire> change)
    {
        var index = state.Ceasefires.FindIndex(c => c.Id == id);
        return index < 0 ? state : state with { Ceasefires = state.Ceasefires.SetItem(index, change(state.Ceasefires[index])) };
    }

    public static NegotiationState AnswerDemand(this NegotiationState state, string id, DemandStatus status, NegotiationEvent answer, string? note)
    {
        var index = state.Demands.FindIndex(d => d.Id == id);
        if (index < 0)
        {
            return state;
        }

        var demand = state.Demands[index];
        return state with
        {
            Demands = state.Demands.SetItem(index, demand with
            {
                Status = status,
                StatusSince = answer.Meta.Occurred,
                Note = note ?? demand.Note,
                EventIds = Cite(demand.EventIds, answer.Meta.Id),
                HeldBy = status == DemandStatus.Met ? TruceThatMeets(state, answer) : null,
            }),
        };
    }

    /// <summary>The ceasefire whose declaration the rule took to meet a demand, when that is how it was met.</summary>
    private static string? TruceThatMeets(NegotiationState state, NegotiationEvent answer) =>
        answer.Meta.DerivedBy is { Rule: Rules.RuleNames.ConcessionMeetsDemand, From: [var act] }
            ? state.Ceasefires.Find(c => c.EventIds.Count > 0 && c.EventIds[0] == act)?.Id
            : null;

    /// <summary>A truce that met a demand for a truce has ended: the demand stands again, from the day it ended.</summary>
    public static NegotiationState ReopenDemandsHeldBy(this NegotiationState state, string ceasefireId, HistoricalDate ended) =>
        !state.Demands.Exists(d => d.HeldBy == ceasefireId)
            ? state
            : state with
            {
                Demands = state.Demands.ConvertAll(d => d.HeldBy != ceasefireId ? d : d with
                {
                    Status = DemandStatus.Tabled,
                    StatusSince = ended,
                    Note = $"met while ceasefire {ceasefireId} was in force; it ended {ended}",
                    HeldBy = null,
                }),
            };
}
