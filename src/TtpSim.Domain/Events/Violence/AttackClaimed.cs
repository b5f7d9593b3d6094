using System.Collections.Immutable;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;

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

/// <summary>One attack, claimed by its perpetrator or attributed to it by the sources.</summary>
public sealed record AttackClaimed(
    EventMeta Meta,
    ActorRef Perpetrator,
    AttackAttribution Attribution,
    ActorRef? ClaimedBy,
    AttackMethod Method,
    string Location,
    string Target,
    Estimate Fatalities,
    Estimate Injured) : NegotiationEvent(Meta), IEventType<AttackClaimed>
{
    public static string Definition => "One attack, claimed by a group or attributed to it by a source, with each source's casualty figures.";

    public override CameoCode? Cameo => CameoFor(Method);

    public static CameoCode CameoFor(AttackMethod method) => method switch
    {
        AttackMethod.SuicideBombing => CameoCode.SuicideBombing,
        AttackMethod.Bombing => CameoCode.Bombing,
        AttackMethod.ArmedAssault or AttackMethod.Ambush or AttackMethod.Other => CameoCode.UnconventionalViolence,
    };

    public static AttackClaimed Read(EventMeta meta, IEventFields fields) => new(
        meta,
        fields.Actor("perpetrator"),
        fields.OptionalChoice<AttackAttribution>("attribution") ?? AttackAttribution.Claimed,
        fields.OptionalActor("claimedBy"),
        fields.OptionalChoice<AttackMethod>("method") ?? AttackMethod.Other,
        fields.Text("location"),
        fields.Text("target"),
        fields.Figures("fatalities", required: false),
        fields.Figures("injured", required: false));

    public override EventFamily Family() => EventFamily.Attacks;

    // "Attributed to" keeps a source's or a dataset's attribution from reading as the group's own claim
    // wherever the sentence travels (timeline, exports, report), since the type's name says "claimed".
    public override string Describe() =>
        $"{(Method == AttackMethod.Other ? "attack" : Words.Of(Method))} {(Attribution == AttackAttribution.Attributed ? "attributed to" : "by")} {Perpetrator.Name} at {Location} on {Target}; {Words.Count(Fatalities)} killed";

    public override PloverCode? Plover(EventLookup history) => new("ASSAULT", Mode, "military");

    public override EventDyad Dyad(EventLookup history) => new(Perpetrator, null);

    public override EventFigure? Figure() => new("fatalities", Fatalities);

    internal override NegotiationState ApplyTo(NegotiationState state)
    {
        var inside = state.Ceasefires.Find(c => c.Covers(Perpetrator) && c.InForceOn(Meta.Occurred.Start))?.Id;
        var attack = new AttackRecord(Meta.Id, Meta.Occurred, Perpetrator, Attribution, ClaimedBy, Method, Location, Target, Fatalities, Injured, inside, Meta.Sources, Meta.Assertion);
        var tallies = state.AttacksByPerpetrator;
        var index = tallies.FindIndex(t => t.Perpetrator.Id == Perpetrator.Id);
        var tally = (index < 0 ? new AttackTally(Perpetrator, 0, 0, 0, 0) : tallies[index]).With(attack);
        var withAttack = state with
        {
            Attacks = state.Attacks.Add(attack),
            AttacksByPerpetrator = index < 0 ? InsertByPerpetrator(tallies, tally) : tallies.SetItem(index, tally),
        };
        return inside is { } ceasefire
            ? withAttack.UpdateCeasefire(ceasefire, c => c with { AttacksInside = c.AttacksInside.Add(Meta.Id) })
            : withAttack;
    }

    private string? Mode => Method switch
    {
        AttackMethod.SuicideBombing => "suicide-attack",
        AttackMethod.Bombing => "explosives",
        AttackMethod.ArmedAssault => "firearms",

        // An ambush names no weapon; "firearms" would say more than the source.
        AttackMethod.Ambush or AttackMethod.Other => null,
    };

    private static ImmutableList<AttackTally> InsertByPerpetrator(ImmutableList<AttackTally> tallies, AttackTally tally)
    {
        var at = tallies.FindIndex(t => string.CompareOrdinal(t.Perpetrator.Id, tally.Perpetrator.Id) > 0);
        return at < 0 ? tallies.Add(tally) : tallies.Insert(at, tally);
    }
}
