using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Events;

public enum AttackAttribution
{
    Claimed,
    Attributed,
}

public enum AttackMethod
{
    SuicideBombing,
    Bombing,
    ArmedAssault,
    Ambush,
    Other,
}

public sealed record AttackClaimed(
    EventMeta Meta,
    ActorRef Perpetrator,
    AttackAttribution Attribution,
    ActorRef? ClaimedBy,
    AttackMethod Method,
    string Location,
    string Target,
    Estimate Fatalities,
    Estimate Injured) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoFor(Method);

    public static CameoCode CameoFor(AttackMethod method) => method switch
    {
        AttackMethod.SuicideBombing => CameoCode.SuicideBombing,
        AttackMethod.Bombing => CameoCode.Bombing,
        _ => CameoCode.UnconventionalViolence,
    };
}

/// <summary>
/// A month's count of attacks a group claimed, as reported: an aggregate, not that many invented
/// attacks. <paramref name="Verified"/> is false when the sources say the claims were not checked.
/// </summary>
public sealed record AttackClaimsReported(EventMeta Meta, ActorRef Perpetrator, Estimate Count, bool Verified) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.UnconventionalViolence;
}

public sealed record MilitaryOperationLaunched(EventMeta Meta, ActorRef By, string? Name, string Area, string Description) : NegotiationEvent(Meta)
{
    public override CameoCode Cameo => CameoCode.ConventionalForce;
}
