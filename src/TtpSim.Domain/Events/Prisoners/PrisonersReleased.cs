using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>Whether a release figure counts one batch or everyone released so far.</summary>
public enum ReleaseBasis
{
    Batch,
    Cumulative,
}

/// <summary>A release; <paramref name="Count"/> keeps each source's figure, and may be unknown.</summary>
public sealed record PrisonersReleased(EventMeta Meta, ActorRef By, Estimate Count, ReleaseBasis Basis, string? Who)
    : NegotiationEvent(Meta), IEventType<PrisonersReleased>
{
    public static string Definition => "A party frees prisoners: one batch, or a running total as a source reports it.";

    public override CameoCode? Cameo => CameoCode.ReleasePersons;

    public static PrisonersReleased Read(EventMeta meta, IEventFields fields) => new(
        meta, fields.Actor("by"), fields.Figures("count", required: false), fields.Choice<ReleaseBasis>("basis"), fields.OptionalText("who"));

    public override EventFamily Family() => EventFamily.Prisoners;

    public override string Describe() =>
        $"{By.Name} releases {Words.Count(Count)} prisoners ({Words.Of(Basis)})" + (Who is { } who ? $": {who}" : "");

    public override PloverCode? Plover(EventLookup history) => new("RETREAT", "release", "legal");

    public override EventDyad Dyad(EventLookup history) => new(By, null);

    public override EventFigure? Figure() => new("prisoners", Count);

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        Prisoners = state.Prisoners.With(new ReleaseRecord(Meta.Id, Meta.Occurred, By, Count, Basis, Who, Meta.Sources, Meta.Assertion)),
    };
}
