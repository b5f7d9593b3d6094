using TtpSim.Domain.Deciding;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>
/// The root of every domain event. Each concrete type keeps in its own file everything that belongs to
/// it: its facts, how the scenario format reads it, its CAMEO and PLOVER codes, its sentence in plain
/// words, its parties, which part of the negotiation it concerns, what it refuses and how it changes
/// the state. Adding a type is adding one file; <see cref="EventTypes"/> finds it.
/// </summary>
public abstract record NegotiationEvent(EventMeta Meta)
{
    /// <summary>The CAMEO code, or null where no CAMEO code is as weak as the event (a hint, a stall).</summary>
    public abstract CameoCode? Cameo { get; }

    /// <summary>The event's type name as scenario files and exports write it.</summary>
    public string TypeName => GetType().Name;

    /// <summary>Which part of the negotiation the event concerns; reports draw each family in its own lane.</summary>
    public abstract EventFamily Family();

    /// <summary>One line in plain words, for timelines, reports and exports.</summary>
    public abstract string Describe();

    /// <summary>The PLOVER code; null where the event is below PLOVER's threshold (a statement, an aggregate).</summary>
    public abstract PloverCode? Plover(EventLookup history);

    /// <summary>Who acts and, where the event names one, who it is aimed at (dyadic event data).</summary>
    public abstract EventDyad Dyad(EventLookup history);

    /// <summary>The one number the event reports, for exports and charts; null when it reports none.</summary>
    public abstract EventFigure? Figure();

    /// <summary>The state after this event. Only <see cref="NegotiationFold.Evolve"/> calls it.</summary>
    internal abstract NegotiationState ApplyTo(NegotiationState state);

    /// <summary>Why the state cannot take this event, or null when it can. Only the decider calls it.</summary>
    internal virtual Decision.Rejected? RefusedBy(NegotiationState state) => null;

    /// <summary>
    /// Which statuses the event can move or is checked against (talks, ceasefires, demands). When a date is
    /// uncertain, only the order of these events is searched; every other event leaves those statuses alone.
    /// </summary>
    public virtual StatusScope Moves => StatusScope.None;
}

/// <summary>The statuses whose possible values on an uncertain date are worked out (see <c>Uncertainty.DateUncertainty</c>).</summary>
[Flags]
public enum StatusScope
{
    None = 0,
    Talks = 1,
    Ceasefires = 2,
    Demands = 4,
}
