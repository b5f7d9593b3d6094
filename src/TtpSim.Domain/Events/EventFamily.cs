namespace TtpSim.Domain.Events;

/// <summary>The part of the negotiation an event concerns.</summary>
public enum EventFamily
{
    Ceasefires,
    Talks,
    Demands,
    Prisoners,
    Attacks,
    ClaimsAndOperations,
    Politics,
    Context,
}
