using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Scenarios.Format;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.Loading;

/// <summary>One event mapping into a domain event: its type's own fields, its date, when it became known, its citations, who asserts it and what it presupposes.</summary>
internal static class EventReader
{
    internal static (ImmutableArray<NegotiationEvent> Events, Dictionary<string, MappingReader> Readers) ReadEvents(
        EventReading context, ImmutableArray<YamlNode> nodes, int firstOrdinal)
    {
        var events = ImmutableArray.CreateBuilder<NegotiationEvent>(nodes.Length);
        var readers = new Dictionary<string, MappingReader>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            var fields = context.Top.Child(nodes[i], $"events[{i}]");
            var @event = ReadEvent(context, fields, firstOrdinal + i, defaultId: null);
            if (!readers.TryAdd(@event.Meta.Id, fields))
            {
                throw fields.Error("id", $"event id '{@event.Meta.Id}' is used twice");
            }

            events.Add(@event);
        }

        return (events.ToImmutable(), readers);
    }

    /// <summary>Reads one event mapping; <paramref name="defaultId"/> serves a replacement that keeps the id it replaces.</summary>
    internal static NegotiationEvent ReadEvent(EventReading context, MappingReader fields, int ordinal, string? defaultId)
    {
        var id = defaultId is null ? fields.Required("id") : fields.Optional("id") ?? defaultId;
        if (!ScenarioNames.Pattern().IsMatch(id))
        {
            throw fields.Error("id", $"'{id}' must be lower-case letters, digits and '-'");
        }

        var type = fields.Required("type");
        if (!EventTypes.ByName.TryGetValue(type, out var eventType))
        {
            var guess = MappingReader.Suggest(type, EventTypes.ByName.Keys);
            throw fields.Error("type", $"unknown event type '{type}'" + (guess is null ? "" : $"; did you mean '{guess}'?"));
        }

        var occurred = fields.RequiredDate("date");
        var citations = ReadCitations(fields, context.Kind, context.Sources);
        var (earliest, known) = KnownBetween(fields, occurred, citations);
        var eventFields = new EventContext(fields, context.Actors, [.. citations.Select(c => c.File)]);
        var meta = new EventMeta(id, occurred, known, citations, ordinal, null, ReadAssertion(fields, eventFields), ReadDependsOn(fields, id))
        {
            KnownEarliest = earliest < known ? earliest : null,
        };
        var @event = eventType.Read(meta, eventFields);
        fields.RejectUnread();
        return @event;
    }

    /// <summary>
    /// Who asserts the event, and how: absent, the outlet reports it in its own voice. Any other status
    /// names the party that claims, alleges, denies or confirms it, since that is what the status is about.
    /// </summary>
    internal static Assertion? ReadAssertion(MappingReader fields, EventContext eventFields)
    {
        var status = fields.OptionalEnum<AssertionStatus>("status");
        var by = eventFields.OptionalActor("assertedBy");
        return (status, by) switch
        {
            (null or AssertionStatus.Reported, null) => null,
            (null or AssertionStatus.Reported, _) => throw fields.Error("assertedBy", "goes with a status of claimed, alleged, denied or confirmed; a reported event is the outlet's own word"),
            (_, null) => throw fields.Error("assertedBy", $"is required when the status is {Words.Of(status.Value)}: name the party that says so"),
            _ => new Assertion(status.Value, by),
        };
    }

    internal static ImmutableArray<string> ReadDependsOn(MappingReader fields, string id)
    {
        var names = fields.StringList("dependsOn", required: false);
        for (var i = 0; i < names.Length; i++)
        {
            if (!ScenarioNames.Pattern().IsMatch(names[i]) || names[i] == id)
            {
                throw fields.Fail(fields.Node("dependsOn")!.Place, $"{fields.FieldPath("dependsOn")}[{i}]", names[i] == id
                    ? "an event cannot depend on itself"
                    : $"'{names[i]}' is not an event id (lower-case letters, digits and '-')");
            }
        }

        return names;
    }

    internal static ImmutableArray<SourceCitation> ReadCitations(
        MappingReader fields,
        ScenarioKind kind,
        IReadOnlyDictionary<string, SourceDefinition> sources)
    {
        var nodes = fields.List("sources", required: false);
        if (kind == ScenarioKind.Baseline && nodes.IsEmpty)
        {
            throw fields.Error("sources", "a baseline event must cite at least one source with a quote");
        }

        var citations = ImmutableArray.CreateBuilder<SourceCitation>(nodes.Length);
        for (var i = 0; i < nodes.Length; i++)
        {
            var citation = fields.Child(nodes[i], fields.FieldPath($"sources[{i}]"));
            var file = citation.Required("file");
            var quote = kind == ScenarioKind.Baseline ? citation.Required("quote") : citation.Optional("quote") ?? "";
            citation.RejectUnread();
            if (!sources.TryGetValue(file, out var source))
            {
                var guess = MappingReader.Suggest(file, sources.Keys);
                throw citation.Error("file", $"source '{file}' is not declared under sources" + (guess is null ? "" : $"; did you mean '{guess}'?"));
            }

            citations.Add(new SourceCitation(source.File, source.Outlet, source.Title, source.Published, quote));
        }

        return citations.ToImmutable();
    }

    /// <summary>
    /// When the public knew: the `known` field, or else the earliest cited source's publication; never before
    /// the event itself. A date given only to the month (or a range) gives a window: the public surely knew
    /// from its last day (<c>Surely</c>) and may have known from its first (<c>Earliest</c>).
    /// </summary>
    internal static (DateOnly Earliest, DateOnly Surely) KnownBetween(MappingReader fields, HistoricalDate occurred, ImmutableArray<SourceCitation> citations)
    {
        if (fields.OptionalDate("known") is { } known)
        {
            return known.End < occurred.Start
                ? throw fields.Error("known", $"{known} is before the event happened ({occurred})")
                : (Latest(known.Start, occurred.Start), Latest(known.End, occurred.Start));
        }

        if (citations.IsEmpty)
        {
            return (occurred.Start, occurred.Start);
        }

        return (Latest(citations.Min(c => c.Published.Start), occurred.Start), Latest(citations.Min(c => c.Published.End), occurred.Start));
    }

    internal static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;
}
