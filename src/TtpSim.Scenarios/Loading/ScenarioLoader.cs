using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;
using TtpSim.Scenarios.Format;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.Loading;

/// <summary>
/// Loads a scenario file into validated domain events. Every fault is a <see cref="ScenarioException"/>
/// naming file, line, column and field; nothing is returned half-checked.
/// </summary>
public sealed partial class ScenarioLoader(long maxFileBytes = ScenarioLoader.DefaultMaxFileBytes)
{
    /// <summary>Hand-written scenarios are a few hundred kilobytes; a larger file is refused before it is read.</summary>
    public const long DefaultMaxFileBytes = 8 * 1024 * 1024;

    private const string FormatVersion = "ttpsim-scenario-1";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public Scenario LoadFile(string path)
    {
        var label = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ScenarioException(new ScenarioError(path, 0, 0, null, "no such file"));
        }

        if (info.Length > maxFileBytes)
        {
            throw new ScenarioException(new ScenarioError(label, 0, 0, null,
                $"the file is {info.Length / 1024.0 / 1024.0:F1} MiB; scenario files are limited to {maxFileBytes / 1024 / 1024} MiB"));
        }

        var bytes = File.ReadAllBytes(path);
        return LoadBytes(bytes, label, Path.GetFileNameWithoutExtension(path));
    }

    public Scenario LoadBytes(byte[] bytes, string label, string? expectedName = null)
    {
        if (bytes.LongLength > maxFileBytes)
        {
            throw new ScenarioException(new ScenarioError(label, 0, 0, null, $"the text is larger than the {maxFileBytes / 1024 / 1024} MiB limit"));
        }

        return LoadText(Decode(bytes, label), label, expectedName);
    }

    public Scenario LoadText(string text, string label, string? expectedName = null)
    {
        YamlNode? root;
        try
        {
            root = YamlTreeReader.Read(text);
        }
        catch (YamlFormatException e)
        {
            throw new ScenarioException(new ScenarioError(label, e.Place.Line, e.Place.Column, null, e.Message));
        }

        if (root is null || root is YamlScalar { IsNull: true })
        {
            throw new ScenarioException(new ScenarioError(label, 1, 1, null, "the file is empty; a scenario needs scenario:, title: and events:"));
        }

        if (root is not YamlMapping mapping)
        {
            throw new ScenarioException(new ScenarioError(label, root.Place.Line, root.Place.Column, null,
                "the top level must be a mapping with scenario:, title: and events:, not a " + (root is YamlSequence ? "list" : "single value")));
        }

        var top = new MappingReader(mapping, label, "");
        var name = top.Required("scenario");
        var kind = top.OptionalEnum<ScenarioKind>("kind") ?? ScenarioKind.Alternative;
        var title = top.Required("title");
        var question = top.Optional("question");
        var actorNodes = top.List("actors", required: true);
        var sourceNodes = top.List("sources", required: false);
        var eventNodes = top.List("events", required: true);
        top.RejectUnread();

        if (!NamePattern().IsMatch(name))
        {
            throw top.Error("scenario", $"'{name}' must be lower-case letters, digits and '-', starting with a letter");
        }

        if (expectedName is not null && expectedName != name)
        {
            throw top.Error("scenario", $"'{name}' must match the file name '{expectedName}'");
        }

        var (actors, descriptions) = ReadActors(top, actorNodes);
        var sources = ReadSources(top, sourceNodes);
        var (events, readers) = ReadEvents(top, eventNodes, kind, actors, sources);
        CheckHistory(events, readers);

        return new Scenario(
            name,
            kind,
            title,
            question,
            label,
            [.. actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => new ActorDefinition(a, descriptions.GetValueOrDefault(a.Id)))],
            [.. sources.Values],
            events,
            Fingerprint(text));
    }

    private static string Decode(byte[] bytes, string label)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var prefix = StrictUtf8.GetString(bytes, 0, LastCharBoundary(bytes, offset));
            var line = prefix.Count(c => c == '\n') + 1;
            var column = prefix.Length - (prefix.LastIndexOf('\n') + 1) + 1;
            throw new ScenarioException(new ScenarioError(label, line, column, null,
                $"the file is not UTF-8 text (byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} at offset {offset}); save it as UTF-8"));
        }
    }

    private static int LastCharBoundary(byte[] bytes, int offset)
    {
        var end = Math.Min(offset, bytes.Length);
        while (end > 0)
        {
            try
            {
                _ = StrictUtf8.GetCharCount(bytes, 0, end);
                return end;
            }
            catch (DecoderFallbackException)
            {
                end--;
            }
        }

        return 0;
    }

    private static (Dictionary<string, ActorRef> Actors, Dictionary<string, string?> Descriptions) ReadActors(
        MappingReader top, ImmutableArray<YamlNode> nodes)
    {
        var descriptions = new Dictionary<string, string?>(StringComparer.Ordinal);
        var declared = new Dictionary<string, (string Name, ActorKind Kind, string? PartOf, MappingReader Reader)>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            var actor = top.Child(nodes[i], $"actors[{i}]");
            var id = actor.Required("id");
            var name = actor.Required("name");
            var kind = actor.RequiredEnum<ActorKind>("kind");
            var partOf = actor.Optional("partOf");
            descriptions[id] = actor.Optional("description");
            actor.RejectUnread();
            if (!NamePattern().IsMatch(id))
            {
                throw actor.Error("id", $"'{id}' must be lower-case letters, digits and '-'");
            }

            if (!declared.TryAdd(id, (name, kind, partOf, actor)))
            {
                throw actor.Error("id", $"actor '{id}' is declared twice");
            }
        }

        var resolved = new Dictionary<string, ActorRef>(StringComparer.Ordinal);
        foreach (var (id, (name, kind, _, reader)) in declared)
        {
            var chain = ImmutableArray.CreateBuilder<string>();
            var parent = declared[id].PartOf;
            while (parent is not null)
            {
                if (!declared.TryGetValue(parent, out var parentActor))
                {
                    throw reader.Error("partOf", $"actor '{parent}' is not declared under actors");
                }

                if (parent == id || chain.Contains(parent))
                {
                    throw reader.Error("partOf", $"actor '{id}' is part of itself through '{parent}'");
                }

                chain.Add(parent);
                parent = parentActor.PartOf;
            }

            resolved[id] = new ActorRef(id, name, kind, chain.ToImmutable());
        }

        return (resolved, descriptions);
    }

    private static Dictionary<string, SourceDefinition> ReadSources(MappingReader top, ImmutableArray<YamlNode> nodes)
    {
        var sources = new Dictionary<string, SourceDefinition>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            var source = top.Child(nodes[i], $"sources[{i}]");
            var definition = new SourceDefinition(source.Required("file"), source.Required("outlet"), source.Required("title"), source.RequiredDate("published"));
            source.RejectUnread();
            if (!IsPlainFileName(definition.File))
            {
                // Whatever later reads the articles joins this name to the sources folder: a path could lead out of it.
                throw source.Error("file", $"'{definition.File}' must be a plain file name in the sources folder, not a path");
            }

            if (!sources.TryAdd(definition.File, definition))
            {
                throw source.Error("file", $"source '{definition.File}' is declared twice");
            }
        }

        return sources;
    }

    private static (ImmutableArray<NegotiationEvent> Events, Dictionary<string, MappingReader> Readers) ReadEvents(
        MappingReader top,
        ImmutableArray<YamlNode> nodes,
        ScenarioKind kind,
        IReadOnlyDictionary<string, ActorRef> actors,
        IReadOnlyDictionary<string, SourceDefinition> sources)
    {
        var events = ImmutableArray.CreateBuilder<NegotiationEvent>(nodes.Length);
        var readers = new Dictionary<string, MappingReader>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            var fields = top.Child(nodes[i], $"events[{i}]");
            var id = fields.Required("id");
            if (!NamePattern().IsMatch(id))
            {
                throw fields.Error("id", $"'{id}' must be lower-case letters, digits and '-'");
            }

            if (readers.ContainsKey(id))
            {
                throw fields.Error("id", $"event id '{id}' is used twice");
            }

            var type = fields.Required("type");
            if (!EventParsers.ByType.TryGetValue(type, out var parse))
            {
                var guess = MappingReader.Suggest(type, EventParsers.ByType.Keys);
                throw fields.Error("type", $"unknown event type '{type}'" + (guess is null ? "" : $"; did you mean '{guess}'?"));
            }

            var occurred = fields.RequiredDate("date");
            var citations = ReadCitations(fields, kind, sources);
            var known = KnownFrom(fields, occurred, citations);
            var meta = new EventMeta(id, occurred, known, citations, i);
            var context = new EventContext(fields, actors, [.. citations.Select(c => c.File)]);
            var @event = parse(context, meta);
            fields.RejectUnread();
            events.Add(@event);
            readers[id] = fields;
        }

        return (events.ToImmutable(), readers);
    }

    private static ImmutableArray<SourceCitation> ReadCitations(
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
    /// When the public knew: the `known` field, or else the earliest cited source's publication. A date
    /// given only to the month (or year) counts from its last day, the first day the public surely knew;
    /// never before the event itself.
    /// </summary>
    private static DateOnly KnownFrom(MappingReader fields, HistoricalDate occurred, ImmutableArray<SourceCitation> citations)
    {
        var explicitKnown = fields.OptionalDate("known");
        if (explicitKnown is { } known)
        {
            return known.End < occurred.Start
                ? throw fields.Error("known", $"{known} is before the event happened ({occurred})")
                : Latest(known.End, occurred.Start);
        }

        var published = citations.IsEmpty ? occurred.Start : citations.Min(c => c.Published.End);
        return Latest(published, occurred.Start);
    }

    private static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>Runs every event through the decider in historical order, so references and dates are checked in time.</summary>
    private static void CheckHistory(ImmutableArray<NegotiationEvent> events, Dictionary<string, MappingReader> readers)
    {
        var state = NegotiationDecider.Initial;
        foreach (var @event in Timeline.InHistoricalOrder(events))
        {
            if (NegotiationDecider.Decide(new RecordEvent(@event), state) is Decision.Rejected rejected)
            {
                throw readers[@event.Meta.Id].Error(rejected.Field, rejected.Reason);
            }

            state = NegotiationDecider.Evolve(state, @event);
        }
    }

    private static bool IsPlainFileName(string name) =>
        name is not ("." or "..") && name.IndexOfAny(['/', '\\', '\0']) < 0 && Path.GetFileName(name) == name && !Path.IsPathRooted(name);

    private static string Fingerprint(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(FormatVersion + "\n" + text)));

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex NamePattern();
}
