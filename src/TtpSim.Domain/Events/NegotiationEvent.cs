namespace TtpSim.Domain.Events;

/// <summary>The root of every domain event. Events are immutable facts; <see cref="State.NegotiationFold"/> folds them.</summary>
public abstract record NegotiationEvent(EventMeta Meta)
{
    public abstract CameoCode Cameo { get; }

    /// <summary>The event's type name as scenario files and exports write it.</summary>
    public string TypeName => GetType().Name;
}
