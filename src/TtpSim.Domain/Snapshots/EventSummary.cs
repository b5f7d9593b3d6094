using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Snapshots;

/// <summary>One line in plain words for any event, for timelines, reports and exports.</summary>
public static class EventSummary
{
    public static string Describe(NegotiationEvent @event) => @event switch
    {
        CeasefireDeclared e => $"{e.By.Name} declares a {Word(e.Kind)} ceasefire for {e.Scope.Name}" + (e.ScheduledEnd is { } end ? $" until {end:yyyy-MM-dd}" : ""),
        CeasefireExtended e => $"{e.By.Name} extends ceasefire {e.CeasefireId} to {e.ScheduledEnd:yyyy-MM-dd}",
        CeasefireEnded e => $"Ceasefire {e.CeasefireId} ends ({Word(e.How)})" + (e.By is { } by ? $", by {by.Name}" : "") + (e.Reason is { } why ? $": {why}" : ""),
        CeasefireViolated e => $"{e.By.Name} accused of violating ceasefire {e.CeasefireId}: {e.Description}",
        TalksOpened e => $"{(e.Secret ? "Secret talks" : "Talks")} open in {e.Venue} between {Names(e.Parties)}",
        TalksAcknowledged e => $"{e.By.Name} acknowledges talks: {e.Description}",
        TalksDenied e => $"{e.By.Name} denies talks: {e.Description}",
        TalksRoundHeld e => $"Round of talks in {e.Venue}" + (e.Delegations.IsDefaultOrEmpty ? "" : $" ({Names(e.Delegations.Select(d => d.Actor))})"),
        TalksSuspended e => "Talks suspended" + (e.By is { } by ? $" by {by.Name}" : "") + $": {e.Reason}",
        TalksResumed e => "Talks resume" + (e.Venue is { } venue ? $" in {venue}" : ""),
        MediatorEngaged e => $"{e.Mediator.Name} mediates" + (e.Between.IsDefaultOrEmpty ? "" : $" between {Names(e.Between)}"),
        DemandTabled e => $"{e.By.Name} demands of {e.On.Name} ({Word(e.Subject)}): {e.Text}",
        DemandMet e => $"{e.By.Name} meets demand {e.DemandId}",
        DemandPartlyMet e => $"{e.By.Name} partly meets demand {e.DemandId}",
        DemandRejected e => $"{e.By.Name} rejects demand {e.DemandId}",
        AmnestyOffered e => $"{e.By.Name} offers {e.To.Name} an amnesty: {e.Terms}",
        AmnestyRejected e => $"{e.By.Name} rejects the amnesty",
        PrisonersReleased e => $"{e.By.Name} releases {Count(e.Count)} prisoners ({Word(e.Basis)})" + (e.Who is { } who ? $": {who}" : ""),
        PrisonersHandedOver e => $"{e.By.Name} hands over {string.Join(", ", e.Names)} to {e.To.Name}",
        PrisonersWithheld e => $"{e.By.Name} still holds {Count(e.Count)}: {e.Reason}",
        AttackClaimed e => $"{Word(e.Method)} by {e.Perpetrator.Name} at {e.Location} on {e.Target}; {Count(e.Fatalities)} killed",
        AttackClaimsReported e => $"{e.Perpetrator.Name} claims {Count(e.Count)} attacks this month{(e.Verified ? "" : " (not verified)")}",
        MilitaryOperationLaunched e => $"{e.By.Name} launches {e.Name ?? "an operation"} in {e.Area}",
        PressureApplied e => $"{e.By.Name} ({Word(e.Kind)}): {e.Description}",
        ParliamentConsulted e => $"{e.By.Name} consults parliament ({e.Forum}): {e.Description}",
        PeaceDealsSigned e => $"{Count(e.Count)} deals between {Names(e.Between)}, {e.PeriodFrom}-{e.PeriodTo}; {Count(e.Held)} held",
        _ => @event.TypeName,
    };

    /// <summary>A count as the sources allow: "30", "30-100", or "an unknown number of".</summary>
    public static string Count(Estimate estimate) =>
        estimate.Low is not { } low ? "an unknown number of" : low == estimate.High ? $"{low}" : $"{low}-{estimate.High}";

    private static string Names(IEnumerable<ActorRef> actors) => string.Join(", ", actors.Select(a => a.Name));

    private static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var words = string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        return char.ToLowerInvariant(words[0]) + words[1..];
    }
}
