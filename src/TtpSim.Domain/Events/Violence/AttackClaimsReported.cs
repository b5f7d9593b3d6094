using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Events;

/// <summary>
/// A month's count of attacks a group claimed, as reported: an aggregate, not that many invented
/// attacks. <paramref name="Verified"/> is false when the sources say the claims were not checked.
/// </summary>
public sealed record AttackClaimsReported(EventMeta Meta, ActorRef Perpetrator, Estimate Count, bool Verified)
    : NegotiationEvent(Meta), IEventType<AttackClaimsReported>
{
    public static string Definition => "A group's claimed attacks in one month, as a count (an aggregate, not single attacks).";

    public override CameoCode? Cameo => CameoCode.UnconventionalViolence;

    public static AttackClaimsReported Read(EventMeta meta, IEventFields fields) =>
        new(meta, fields.Actor("perpetrator"), fields.Figures("count", required: true), fields.Flag("verified", false));

    public override EventFamily Family() => EventFamily.ClaimsAndOperations;

    public override string Describe() => $"{Perpetrator.Name} claims {Words.Count(Count)} attacks this month{(Verified ? "" : " (not verified)")}";

    public override PloverCode? Plover(EventLookup history) => new("ASSAULT", null, "military");

    public override EventDyad Dyad(EventLookup history) => new(Perpetrator, null);

    public override EventFigure? Figure() => new("attacks", Count);

    internal override NegotiationState ApplyTo(NegotiationState state) => state with
    {
        ClaimCounts = state.ClaimCounts.Add(new ClaimCount(Meta.Id, Meta.Occurred, Perpetrator, Count, Verified, Meta.Sources)),
    };
}
