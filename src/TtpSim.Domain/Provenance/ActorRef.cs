using System.Collections.Immutable;

namespace TtpSim.Domain.Provenance;

public enum ActorKind
{
    State,
    Militant,
    Mediator,
    Political,
    Civil,
    Judiciary,
    Tribal,

    /// <summary>Two sides named together by an event dataset that codes no initiator (UCDP GED's dyad): never one of them.</summary>
    Dyad,

    /// <summary>
    /// A side an event dataset codes only as not a state (UCDP GED: a side without a Gleditsch-Ward number), whether a
    /// rebel organisation, a militia or a party's supporters: not taken for militant.
    /// </summary>
    NonState,
}

/// <summary>
/// An actor as an event names it, resolved when the scenario is loaded: its name and the chain of
/// groups it belongs to (a faction belongs to the TTP), so events need no lookup table to be read.
/// </summary>
public sealed record ActorRef(string Id, string Name, ActorKind Kind, ImmutableArray<string> PartOf)
{
    public bool IsOrBelongsTo(string actorId) => Id == actorId || (!PartOf.IsDefault && PartOf.Contains(actorId));
}
