using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Events;

/// <summary>Who acts in an event and, where the event names one, the party it is aimed at.</summary>
public sealed record EventDyad(ActorRef? Actor, ActorRef? Recipient)
{
    public static readonly EventDyad Nobody = new(null, null);

    public static EventDyad Pair(System.Collections.Immutable.ImmutableArray<ActorRef> parties) =>
        parties.IsDefault ? Nobody : new(parties.Length > 0 ? parties[0] : null, parties.Length > 1 ? parties[1] : null);
}
