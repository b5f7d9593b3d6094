using TtpSim.Domain.Events;
using TtpSim.Domain.State;

namespace TtpSim.Domain.Rules;

/// <summary>
/// What an event implies, given the state just before it: an attack inside a ceasefire that covers its
/// perpetrator violates that ceasefire; an act that concedes a tabled demand meets it (or partly meets
/// it, for a release of prisoners, since no source gives the full number demanded as released). An
/// act answers only a demand it is tied to (its dependsOn names the demand's tabling): a release is
/// not taken to answer every demand for releases addressed to the same party.
/// </summary>
public static class Consequences
{
    /// <remarks>An event alleged by one party, or denied, did not happen as far as the record can say: it implies nothing.</remarks>
    public static IEnumerable<NegotiationEvent> Of(NegotiationEvent @event, NegotiationState before) => !@event.Meta.Assertion.CountsAsHappened ? [] : @event switch
    {
        AttackClaimed attack => Violations(attack, before),
        CeasefireDeclared declared when declared.Scope.Id == declared.By.Id =>
            Concessions(before, declared, declared.By, DemandStatus.Met, Events.DemandSubject.NationwideTruce),
        PrisonersReleased released when released.Count.IsKnown =>
            Concessions(before, released, released.By, DemandStatus.PartlyMet, Events.DemandSubject.PrisonerRelease),
        AmnestyOffered offered =>
            Concessions(before, offered, offered.By, DemandStatus.Met, Events.DemandSubject.Amnesty),
        _ => [],
    };

    /// <remarks>Asked for every attack, and nearly always none: a plain loop, so that case allocates nothing.</remarks>
    private static IEnumerable<NegotiationEvent> Violations(AttackClaimed attack, NegotiationState before)
    {
        List<NegotiationEvent>? violations = null;
        foreach (var c in before.Ceasefires)
        {
            if (c.Covers(attack.Perpetrator) && c.InForceOn(attack.Meta.Occurred.Start))
            {
                (violations ??= []).Add(new CeasefireViolated(
                    Derived(attack, $"{attack.Meta.Id}--violates-{c.Id}", RuleNames.AttackViolatesCeasefire),
                    c.Id,
                    attack.Perpetrator,
                    $"{EventSummary(attack)} inside ceasefire {c.Id}, which binds {c.Scope.Name}"));
            }
        }

        return violations ?? [];
    }

    private static IEnumerable<NegotiationEvent> Concessions(
        NegotiationState before,
        NegotiationEvent act,
        Provenance.ActorRef by,
        DemandStatus result,
        Events.DemandSubject subject) =>
        before.Demands
            .Where(d => d.Subject == subject && d.On.Id == by.Id && d.EventIds.Count > 0 && act.Meta.DependsOn.Contains(d.EventIds[0])
                && (d.Status == DemandStatus.Tabled || (result == DemandStatus.Met && d.Status == DemandStatus.PartlyMet)))
            .Select(d =>
            {
                var meta = Derived(act, $"{act.Meta.Id}--meets-{d.Id}", RuleNames.ConcessionMeetsDemand);
                var note = $"conceded by {act.Meta.Id}";
                return result == DemandStatus.Met
                    ? (NegotiationEvent)new DemandMet(meta, d.Id, by, note)
                    : new DemandPartlyMet(meta, d.Id, by, note);
            });

    private static EventMeta Derived(NegotiationEvent from, string id, string rule) =>
        new(id, from.Meta.Occurred, from.Meta.KnownFrom, [], from.Meta.Ordinal, new Derivation(rule, [from.Meta.Id]));

    private static string EventSummary(AttackClaimed attack) => $"attack by {attack.Perpetrator.Name} on {attack.Meta.Occurred}";
}
