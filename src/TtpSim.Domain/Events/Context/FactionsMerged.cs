using System.Collections.Immutable;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>Militant factions join, or rejoin, a group.</summary>
public sealed record FactionsMerged(EventMeta Meta, ActorRef Into, ImmutableArray<string> Factions, string Description)
    : NegotiationEvent(Meta), IEventType<FactionsMerged>
{
    public static string Definition => "Militant factions join or rejoin a group (not an alliance of convenience).";

    public override CameoCode? Cameo => CameoCode.MaterialCooperation;

    public static FactionsMerged Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Actor("into"), fields.Texts("factions", required: false), fields.Text("description"));

    public override EventFamily Family() => EventFamily.Context;

    public override string Describe() =>
        $"Factions merge into {Into.Name}" + (Factions.IsDefaultOrEmpty ? "" : $" ({string.Join(", ", Factions)})") + $": {Description}";

    public override PloverCode? Plover(EventLookup history) => new("COOPERATE", null, null);

    public override EventDyad Dyad(EventLookup history) => new(Into, null);

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state.WithContext(this, Into);
}
