using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>A non-denial: asked about talks, a party neither confirms nor denies them ("not aware of", "no comment").</summary>
public sealed record TalksNeitherConfirmedNorDenied(EventMeta Meta, ActorRef By, string Description)
    : NegotiationEvent(Meta), IEventType<TalksNeitherConfirmedNorDenied>
{
    public static string Definition => "A party neither confirms nor denies talks: no comment, not aware, cannot confirm.";

    public override CameoCode? Cameo => CameoCode.DeclineComment;

    public static TalksNeitherConfirmedNorDenied Read(EventMeta meta, IEventFields fields) => new(meta, fields.Actor("by"), fields.Text("description"));

    public override EventFamily Family() => EventFamily.Talks;

    public override string Describe() => $"{By.Name} neither confirms nor denies talks: {Description}";

    /// <summary>Declining to comment is a statement below PLOVER's threshold (its table starts at CAMEO 03).</summary>
    public override PloverCode? Plover(EventLookup history) => null;

    public override EventDyad Dyad(EventLookup history) => new(By, null);

    public override EventFigure? Figure() => null;

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        Talks = state.Talks with { NonDenials = state.Talks.NonDenials.Add(new PublicStatement(By, Meta.Occurred, Description, Meta.Id)) },
    };
}
