using TtpSim.Domain.Events;

namespace TtpSim.Reports.Html;

internal enum LaneKind
{
    Ceasefires,
    Talks,
    Demands,
    Prisoners,
    Attacks,
    ClaimsAndOperations,
    Politics,
}

internal static class LaneKinds
{
    /// <summary>The lane an event is drawn in, by its family; context events share the lane of deals and pressure.</summary>
    public static LaneKind Of(NegotiationEvent e) => e.Family() switch
    {
        EventFamily.Ceasefires => LaneKind.Ceasefires,
        EventFamily.Talks => LaneKind.Talks,
        EventFamily.Demands => LaneKind.Demands,
        EventFamily.Prisoners => LaneKind.Prisoners,
        EventFamily.Attacks => LaneKind.Attacks,
        EventFamily.ClaimsAndOperations => LaneKind.ClaimsAndOperations,
        EventFamily.Politics or EventFamily.Context => LaneKind.Politics,
    };
}
