using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Reports.Exports;

/// <summary>The one number an event reports, if any, and what it counts: people killed, prisoners, attacks, deals.</summary>
public sealed record EventFigure(string Counts, Estimate Estimate)
{
    public static EventFigure? Of(NegotiationEvent @event) => @event switch
    {
        AttackClaimed e => new("fatalities", e.Fatalities),
        AttackClaimsReported e => new("attacks", e.Count),
        PrisonersReleased e => new("prisoners", e.Count),
        PrisonersWithheld e => new("prisoners", e.Count),
        PeaceDealsSigned e => new("deals", e.Count),
        _ => null,
    };
}
