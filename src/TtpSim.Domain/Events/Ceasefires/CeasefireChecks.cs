using TtpSim.Domain.Deciding;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>What events about a ceasefire check: that it was declared, and, to extend or end it, that it is still in force.</summary>
internal static class CeasefireChecks
{
    public static Decision.Rejected? Declared(NegotiationState state, string ceasefireId, NegotiationEvent @event) =>
        state.KnowsCeasefire(ceasefireId) ? null : new("ceasefire", $"ceasefire '{ceasefireId}' is not declared on or before {@event.Meta.Occurred}");

    public static Decision.Rejected? InForce(NegotiationState state, string ceasefireId, NegotiationEvent @event)
    {
        var ceasefire = state.FindCeasefire(ceasefireId);
        if (ceasefire is null)
        {
            // Only a settled ceasefire leaves the state's list, so one that is known but not listed has ended.
            return Declared(state, ceasefireId, @event) ?? new("ceasefire", $"ceasefire '{ceasefireId}' ended before {@event.Meta.Occurred}");
        }

        return ceasefire.Status == CeasefireStatus.Ended
            ? new("ceasefire", $"ceasefire '{ceasefireId}' already ended on {ceasefire.EndedOn}" + (ceasefire.How == CeasefireEnding.Expired ? " (it lapsed after its scheduled last day)" : ""))
            : null;
    }
}
