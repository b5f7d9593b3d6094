using TtpSim.Domain.Deciding;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>The check an extension and an end share: the ceasefire was declared and is still in force.</summary>
internal static class CeasefireChecks
{
    public static Decision.Rejected? InForce(NegotiationState state, string ceasefireId, NegotiationEvent @event)
    {
        var ceasefire = state.FindCeasefire(ceasefireId);
        if (ceasefire is null)
        {
            return state.RetiredCeasefireIds.Contains(ceasefireId)
                ? new("ceasefire", $"ceasefire '{ceasefireId}' ended before {@event.Meta.Occurred}")
                : new("ceasefire", $"ceasefire '{ceasefireId}' is not declared on or before {@event.Meta.Occurred}");
        }

        return ceasefire.Status == CeasefireStatus.Ended
            ? new("ceasefire", $"ceasefire '{ceasefireId}' already ended on {ceasefire.EndedOn}" + (ceasefire.How == CeasefireEnding.Expired ? " (it lapsed after its scheduled last day)" : ""))
            : null;
    }
}
