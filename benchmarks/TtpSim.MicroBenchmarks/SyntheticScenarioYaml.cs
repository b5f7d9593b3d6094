using System.Globalization;
using System.Text;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Scenarios.Loading;

namespace TtpSim.MicroBenchmarks;

/// <summary>
/// Writes a <see cref="SyntheticHistory"/> as a baseline scenario file in the layout the shipped
/// baseline uses (block mappings, quoted text, one-line figures), so the loader does the work a real
/// file costs it. Only the event types the synthetic history holds are written.
/// </summary>
public static class SyntheticScenarioYaml
{
    public static string Write(string name, IReadOnlyList<SourceDefinition> sources, IReadOnlyList<NegotiationEvent> events)
    {
        var yaml = new StringBuilder(capacity: 512 * events.Count);
        yaml.Append("scenario: ").AppendLine(name)
            .AppendLine("kind: baseline")
            .AppendLine(CultureInfo.InvariantCulture, $"title: {Quoted($"A synthetic history of {events.Count} events")}")
            .AppendLine()
            .AppendLine("actors:");
        foreach (var actor in SyntheticHistory.Actors)
        {
            yaml.Append("  - id: ").AppendLine(actor.Id)
                .Append("    name: ").AppendLine(Quoted(actor.Name))
                .Append("    kind: ").AppendLine(Word(actor.Kind));
            if (!actor.PartOf.IsDefaultOrEmpty)
            {
                yaml.Append("    partOf: ").AppendLine(actor.PartOf[0]);
            }
        }

        yaml.AppendLine().AppendLine("sources:");
        foreach (var source in sources)
        {
            yaml.Append("  - file: ").AppendLine(source.File)
                .Append("    outlet: ").AppendLine(Quoted(source.Outlet))
                .Append("    title: ").AppendLine(Quoted(source.Title))
                .Append("    published: ").AppendLine(source.Published.ToString());
        }

        yaml.AppendLine().AppendLine("events:");
        foreach (var @event in events)
        {
            WriteEvent(yaml, @event);
        }

        return yaml.ToString();
    }

    private static void WriteEvent(StringBuilder yaml, NegotiationEvent @event)
    {
        yaml.Append("  - id: ").AppendLine(@event.Meta.Id)
            .Append("    type: ").AppendLine(@event.GetType().Name)
            .Append("    date: ").AppendLine(@event.Meta.Occurred.ToString())
            .AppendLine("    sources:");
        foreach (var citation in @event.Meta.Sources)
        {
            yaml.Append("      - file: ").AppendLine(citation.File)
                .Append("        quote: ").AppendLine(Quoted(citation.Quote));
        }

        switch (@event)
        {
            case AttackClaimed attack:
                Field(yaml, "perpetrator", attack.Perpetrator.Id);
                Field(yaml, "attribution", Word(attack.Attribution));
                Field(yaml, "claimedBy", attack.ClaimedBy?.Id);
                Field(yaml, "method", Word(attack.Method));
                Field(yaml, "location", Quoted(attack.Location));
                Field(yaml, "target", Quoted(attack.Target));
                Figures(yaml, "fatalities", attack.Fatalities);
                Figures(yaml, "injured", attack.Injured);
                break;
            case CeasefireDeclared declared:
                Field(yaml, "ceasefire", declared.CeasefireId);
                Field(yaml, "declaredBy", declared.By.Id);
                Field(yaml, "scope", declared.Scope.Id);
                Field(yaml, "kind", Word(declared.Kind));
                Field(yaml, "scheduledEnd", declared.ScheduledEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case CeasefireEnded ended:
                Field(yaml, "ceasefire", ended.CeasefireId);
                Field(yaml, "by", ended.By?.Id);
                Field(yaml, "how", Word(ended.How));
                Field(yaml, "reason", ended.Reason is null ? null : Quoted(ended.Reason));
                break;
            case TalksRoundHeld round:
                Field(yaml, "venue", Quoted(round.Venue));
                yaml.AppendLine("    delegations:");
                foreach (var delegation in round.Delegations)
                {
                    yaml.Append("      - actor: ").AppendLine(delegation.Actor.Id);
                    if (delegation.LedBy is not null)
                    {
                        yaml.Append("        ledBy: ").AppendLine(Quoted(delegation.LedBy));
                    }

                    if (delegation.Size is { } size)
                    {
                        yaml.Append("        size: ").AppendLine(size.ToString(CultureInfo.InvariantCulture));
                    }
                }

                break;
            case DemandTabled demand:
                Field(yaml, "demand", demand.DemandId);
                Field(yaml, "by", demand.By.Id);
                Field(yaml, "\"on\"", demand.On.Id);
                Field(yaml, "subject", Word(demand.Subject));
                Field(yaml, "text", Quoted(demand.Text));
                break;
            case PrisonersReleased release:
                Field(yaml, "by", release.By.Id);
                Figures(yaml, "count", release.Count);
                Field(yaml, "basis", Word(release.Basis));
                Field(yaml, "who", release.Who is null ? null : Quoted(release.Who));
                break;
            default:
                throw new ArgumentException($"the synthetic scenario writer has no layout for {@event.GetType().Name}", nameof(@event));
        }

        yaml.AppendLine();
    }

    private static void Field(StringBuilder yaml, string key, string? value)
    {
        if (value is not null)
        {
            yaml.Append("    ").Append(key).Append(": ").AppendLine(value);
        }
    }

    private static void Figures(StringBuilder yaml, string key, Estimate estimate)
    {
        if (!estimate.IsKnown)
        {
            return;
        }

        yaml.Append("    ").Append(key).AppendLine(":");
        foreach (var figure in estimate.Reports)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"      - {{ value: {figure.Value}, file: {figure.SourceFile} }}").AppendLine();
        }
    }

    /// <summary>The scenario format's enum words: the member name with a lower-case first letter.</summary>
    private static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>A YAML double-quoted scalar; quotes from articles hold quotation marks, backslashes and line breaks.</summary>
    private static string Quoted(string text) =>
        "\"" + text
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
