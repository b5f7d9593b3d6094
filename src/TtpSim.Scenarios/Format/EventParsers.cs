using TtpSim.Domain.Events;

namespace TtpSim.Scenarios.Format;

/// <summary>One parser per event type: the type's fields as the scenario format names them.</summary>
internal static class EventParsers
{
    public static readonly IReadOnlyDictionary<string, Func<EventContext, EventMeta, NegotiationEvent>> ByType =
        new Dictionary<string, Func<EventContext, EventMeta, NegotiationEvent>>(StringComparer.Ordinal)
        {
            [nameof(CeasefireDeclared)] = (c, m) => new CeasefireDeclared(
                m, c.Fields.RequiredName("ceasefire"), c.Actor("declaredBy"), c.Actor("scope"),
                c.Fields.RequiredEnum<CeasefireKind>("kind"), c.Fields.OptionalDay("scheduledEnd")),
            [nameof(CeasefireExtended)] = (c, m) => new CeasefireExtended(
                m, c.Fields.RequiredName("ceasefire"), c.Actor("by"), c.Fields.RequiredDay("scheduledEnd")),
            [nameof(CeasefireEnded)] = (c, m) => new CeasefireEnded(
                m, c.Fields.RequiredName("ceasefire"), c.OptionalActor("by"), c.Fields.RequiredEnum<CeasefireEnding>("how"), c.Fields.Optional("reason")),
            [nameof(CeasefireViolated)] = (c, m) => new CeasefireViolated(
                m, c.Fields.RequiredName("ceasefire"), c.Actor("by"), c.Fields.Required("description")),

            [nameof(TalksOpened)] = (c, m) => new TalksOpened(
                m, c.Actors("parties", required: true), c.Fields.Required("venue"), c.Fields.OptionalBool("secret", false)),
            [nameof(TalksAcknowledged)] = (c, m) => new TalksAcknowledged(m, c.Actor("by"), c.Fields.Required("description")),
            [nameof(TalksDenied)] = (c, m) => new TalksDenied(m, c.Actor("by"), c.Fields.Required("description")),
            [nameof(TalksRoundHeld)] = (c, m) => new TalksRoundHeld(m, c.Fields.Required("venue"), Delegations(c)),
            [nameof(TalksSuspended)] = (c, m) => new TalksSuspended(m, c.OptionalActor("by"), c.Fields.Required("reason")),
            [nameof(TalksResumed)] = (c, m) => new TalksResumed(m, c.Fields.Optional("venue")),
            [nameof(MediatorEngaged)] = (c, m) => new MediatorEngaged(
                m, c.Actor("mediator"), c.Actors("between", required: false), c.Fields.Optional("role")),

            [nameof(DemandTabled)] = (c, m) => new DemandTabled(
                m, c.Fields.RequiredName("demand"), c.Actor("by"), c.Actor("on"), c.Fields.RequiredEnum<DemandSubject>("subject"), c.Fields.Required("text")),
            [nameof(DemandMet)] = (c, m) => new DemandMet(m, c.Fields.RequiredName("demand"), c.Actor("by"), c.Fields.Optional("note")),
            [nameof(DemandPartlyMet)] = (c, m) => new DemandPartlyMet(m, c.Fields.RequiredName("demand"), c.Actor("by"), c.Fields.Optional("note")),
            [nameof(DemandRejected)] = (c, m) => new DemandRejected(m, c.Fields.RequiredName("demand"), c.Actor("by"), c.Fields.Optional("note")),
            [nameof(AmnestyOffered)] = (c, m) => new AmnestyOffered(m, c.Actor("by"), c.Actor("to"), c.Fields.Required("terms")),
            [nameof(AmnestyRejected)] = (c, m) => new AmnestyRejected(m, c.Actor("by"), c.Fields.Optional("note")),

            [nameof(PrisonersReleased)] = (c, m) => new PrisonersReleased(
                m, c.Actor("by"), c.Figures("count", required: false), c.Fields.RequiredEnum<ReleaseBasis>("basis"), c.Fields.Optional("who")),
            [nameof(PrisonersHandedOver)] = (c, m) => new PrisonersHandedOver(
                m, c.Actor("by"), c.Actor("to"), c.Fields.StringList("names", required: true)),
            [nameof(PrisonersWithheld)] = (c, m) => new PrisonersWithheld(
                m, c.Actor("by"), c.Figures("count", required: true), c.Fields.Required("reason")),

            [nameof(AttackClaimed)] = (c, m) => new AttackClaimed(
                m, c.Actor("perpetrator"), c.Fields.OptionalEnum<AttackAttribution>("attribution") ?? AttackAttribution.Claimed,
                c.OptionalActor("claimedBy"), c.Fields.OptionalEnum<AttackMethod>("method") ?? AttackMethod.Other,
                c.Fields.Required("location"), c.Fields.Required("target"),
                c.Figures("fatalities", required: false), c.Figures("injured", required: false)),
            [nameof(AttackClaimsReported)] = (c, m) => new AttackClaimsReported(
                m, c.Actor("perpetrator"), c.Figures("count", required: true), c.Fields.OptionalBool("verified", false)),
            [nameof(MilitaryOperationLaunched)] = (c, m) => new MilitaryOperationLaunched(
                m, c.Actor("by"), c.Fields.Optional("name"), c.Fields.Required("area"), c.Fields.Required("description")),
            [nameof(PressureApplied)] = (c, m) => new PressureApplied(
                m, c.Actor("by"), c.Fields.RequiredEnum<PressureKind>("kind"), c.Fields.Required("description")),
            [nameof(ParliamentConsulted)] = (c, m) => new ParliamentConsulted(
                m, c.Actor("by"), c.Fields.Required("forum"), c.Fields.Required("description")),
            [nameof(PeaceDealsSigned)] = (c, m) => new PeaceDealsSigned(
                m, c.Actors("between", required: true), c.Figures("count", required: true),
                c.Fields.RequiredDate("periodFrom"), c.Fields.RequiredDate("periodTo"), c.Figures("held", required: false), c.Fields.Required("outcome")),
        };

    private static System.Collections.Immutable.ImmutableArray<Delegation> Delegations(EventContext context)
    {
        var items = context.Fields.List("delegations", required: false);
        return [.. items.Select((node, i) =>
        {
            var delegation = context.Fields.Child(node, $"{context.Fields.FieldPath("delegations")}[{i}]");
            var nested = new EventContext(delegation, context.ActorTable, context.CitedFiles);
            var result = new Delegation(nested.Actor("actor"), delegation.Optional("ledBy"), delegation.OptionalCount("size"));
            delegation.RejectUnread();
            return result;
        })];
    }
}
