using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Snapshots;
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

    private const string FormatVersion = "ttpsim-scenario-2";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public Scenario LoadFile(string path) => LoadFile(Path.GetFullPath(path), []);

    public Scenario LoadBytes(byte[] bytes, string label, string? expectedName = null) =>
        LoadBytes(bytes, label, expectedName, folder: null, chain: []);

    /// <summary>Loads text; a <c>basedOn</c> is resolved only when <paramref name="folder"/> (the scenarios folder) is given.</summary>
    public Scenario LoadText(string text, string label, string? expectedName = null, string? folder = null) =>
        LoadText(text, label, expectedName, folder, []);

    private Scenario LoadFile(string path, ImmutableList<string> chain)
    {
        var label = Path.GetFileName(path);
        if (LinkLeavingItsFolder(path) is { } target)
        {
            throw new ScenarioException(new ScenarioError(label, 0, 0, null, LinkRefusal(target)));
        }

        // A link that stays in its folder is read at its target, so what was checked is what is read.
        var info = new FileInfo(FinalLinkTarget(path) ?? path);
        if (!info.Exists)
        {
            throw new ScenarioException(new ScenarioError(path, 0, 0, null, "no such file"));
        }

        if (info.Length > maxFileBytes)
        {
            throw new ScenarioException(new ScenarioError(label, 0, 0, null,
                $"the file is {info.Length / 1024.0 / 1024.0:F1} MiB; scenario files are limited to {maxFileBytes / 1024 / 1024} MiB"));
        }

        var bytes = File.ReadAllBytes(info.FullName);
        return LoadBytes(bytes, label, Path.GetFileNameWithoutExtension(path), Path.GetDirectoryName(path), chain);
    }

    /// <summary>
    /// Where <paramref name="path"/> finally leads when it is a symbolic link to somewhere outside its own
    /// folder; null for a plain file or a link that stays inside. A link committed into the scenarios
    /// folder would otherwise let a file reach anything the user can read, which names alone prevent.
    /// </summary>
    private static string? LinkLeavingItsFolder(string path)
    {
        var target = FinalLinkTarget(path);
        var folder = Path.GetDirectoryName(path) + Path.DirectorySeparatorChar;
        return target is null || target.StartsWith(folder, StringComparison.Ordinal) ? null : target;
    }

    /// <summary>The full path a symbolic link finally leads to; null when the path is no link, or nothing is there.</summary>
    private static string? FinalLinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            // Nothing at the path: the caller says so in its own words.
            return null;
        }
    }

    private static string LinkRefusal(string target) =>
        $"is a symbolic link to {target}, outside the scenarios folder; a scenario file must be in its folder";

    private Scenario LoadBytes(byte[] bytes, string label, string? expectedName, string? folder, ImmutableList<string> chain)
    {
        if (bytes.LongLength > maxFileBytes)
        {
            throw new ScenarioException(new ScenarioError(label, 0, 0, null, $"the text is larger than the {maxFileBytes / 1024 / 1024} MiB limit"));
        }

        return LoadText(Decode(bytes, label), label, expectedName, folder, chain);
    }

    private Scenario LoadText(string text, string label, string? expectedName, string? folder, ImmutableList<string> chain)
    {
        var top = new MappingReader(ReadRoot(text, label), label, "");
        var name = top.Required("scenario");
        var basedOn = top.Optional("basedOn");
        var divergesFrom = top.OptionalDate("divergesFrom");
        var kind = top.OptionalEnum<ScenarioKind>("kind") ?? ScenarioKind.Alternative;
        var title = top.Required("title");
        var question = top.Optional("question");
        var actorNodes = top.List("actors", required: basedOn is null);
        var sourceNodes = top.List("sources", required: false);
        var eventNodes = top.List("events", required: basedOn is null);
        var changes = new ChangeNodes(top.List("remove", required: false), top.List("replace", required: false), top.List("shift", required: false));
        var simulationNode = top.Node("simulation");
        top.RejectUnread();

        if (!NamePattern().IsMatch(name))
        {
            throw top.Error("scenario", $"'{name}' must be lower-case letters, digits and '-', starting with a letter");
        }

        if (expectedName is not null && expectedName != name)
        {
            throw top.Error("scenario", $"'{name}' must match the file name '{expectedName}'");
        }

        var baseScenario = basedOn is null ? null : LoadBase(top, name, basedOn, folder, chain);
        if (baseScenario is null && (divergesFrom is not null || !changes.IsEmpty))
        {
            throw top.Error(divergesFrom is not null ? "divergesFrom" : changes.FirstKey, "needs basedOn: it changes the history of another scenario");
        }

        if (baseScenario is not null && divergesFrom is null)
        {
            throw top.Error("divergesFrom", "is required with basedOn: the date from which this history departs from its base");
        }

        if (baseScenario is not null && kind == ScenarioKind.Baseline)
        {
            throw top.Error("kind", "a scenario based on another is an alternative, not a baseline");
        }

        var (actors, descriptions) = ReadActors(top, actorNodes, baseScenario);
        var sources = ReadSources(top, sourceNodes, baseScenario);
        var context = new EventReading(top, kind, actors, sources);
        var (ownEvents, readers) = ReadEvents(context, eventNodes, firstOrdinal: baseScenario?.Events.Length ?? 0);

        var origins = (baseScenario?.Origins ?? ImmutableDictionary<string, string>.Empty)
            .SetItems(readers.Select(r => KeyValuePair.Create(r.Key, Origin(label, r.Value.Mapping.Place))));
        var history = ownEvents;
        var applied = ImmutableArray<ScenarioChange>.Empty;
        if (baseScenario is not null)
        {
            var divergence = new Divergence(top, baseScenario, divergesFrom!.Value);
            (history, applied, var changeReaders) = divergence.Apply(context, changes, ownEvents, readers);
            foreach (var (id, reader) in changeReaders)
            {
                readers[id] = reader;
                origins = origins.SetItem(id, Origin(label, reader.Mapping.Place));
            }
        }

        RequirePresupposedEventsExist(history, readers, top, origins);
        var derived = CheckHistory(history, readers, top, origins);
        var simulation = simulationNode is null ? null : SimulationReader.Read(top.Child(simulationNode, "simulation"), context);
        ImmutableArray<NegotiationEvent> resolved = [.. history.Where(e => !e.Meta.IsDerived), .. derived];

        return new Scenario(
            name,
            kind,
            title,
            question,
            label,
            [.. actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => new ActorDefinition(a, descriptions.GetValueOrDefault(a.Id)))],
            [.. sources.Values],
            resolved,
            Fingerprint(name, title, question, resolved))
        {
            BasedOn = basedOn,
            DivergesFrom = divergesFrom,
            Changes = applied,
            Origins = origins,
            Simulation = simulation,
        };
    }

    private static YamlMapping ReadRoot(string text, string label)
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

        return root as YamlMapping ?? throw new ScenarioException(new ScenarioError(label, root.Place.Line, root.Place.Column, null,
            "the top level must be a mapping with scenario:, title: and events:, not a " + (root is YamlSequence ? "list" : "single value")));
    }

    /// <summary>
    /// The base is found by name in the same folder only (names are letters, digits and '-', so no path
    /// can lead outside it), and loaded with the chain of names that led here, to refuse cycles.
    /// </summary>
    private Scenario LoadBase(MappingReader top, string name, string basedOn, string? folder, ImmutableList<string> chain)
    {
        if (!NamePattern().IsMatch(basedOn))
        {
            throw top.Error("basedOn", $"'{basedOn}' is not a scenario name (lower-case letters, digits and '-'); bases are named, never given as paths");
        }

        var visited = chain.Add(name);
        if (visited.Contains(basedOn))
        {
            throw top.Error("basedOn", $"basedOn cycle: {string.Join(" -> ", visited.SkipWhile(n => n != basedOn).Append(basedOn))}");
        }

        if (folder is null)
        {
            throw top.Error("basedOn", "a scenario based on another can only be loaded from its scenarios folder");
        }

        var path = Path.Combine(folder, basedOn + ".yaml");
        if (!File.Exists(path))
        {
            var known = Directory.GetFiles(folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>();
            var guess = MappingReader.Suggest(basedOn, known);
            throw top.Error("basedOn", $"there is no scenario '{basedOn}' in {Path.GetFileName(folder)}/" + (guess is null ? "" : $"; did you mean '{guess}'?"));
        }

        if (LinkLeavingItsFolder(path) is { } target)
        {
            throw top.Error("basedOn", $"{basedOn}.yaml {LinkRefusal(target)}");
        }

        return LoadFile(path, visited);
    }

    private static string Origin(string label, Place place) => $"{label}:{place.Line}:{place.Column}";

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
        MappingReader top, ImmutableArray<YamlNode> nodes, Scenario? baseScenario)
    {
        var descriptions = new Dictionary<string, string?>(StringComparer.Ordinal);
        var declared = new Dictionary<string, (string Name, ActorKind Kind, string? PartOf, MappingReader Reader)>(StringComparer.Ordinal);
        var inherited = (baseScenario?.Actors ?? []).ToDictionary(a => a.Actor.Id, StringComparer.Ordinal);
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

            if (inherited.ContainsKey(id))
            {
                throw actor.Error("id", $"actor '{id}' is already declared in the base scenario '{baseScenario!.Name}'");
            }

            if (!declared.TryAdd(id, (name, kind, partOf, actor)))
            {
                throw actor.Error("id", $"actor '{id}' is declared twice");
            }
        }

        var resolved = inherited.ToDictionary(a => a.Key, a => a.Value.Actor, StringComparer.Ordinal);
        foreach (var (id, definition) in inherited)
        {
            descriptions[id] = definition.Description;
        }

        foreach (var (id, (name, kind, _, reader)) in declared)
        {
            var chain = ImmutableArray.CreateBuilder<string>();
            var parent = declared[id].PartOf;
            while (parent is not null)
            {
                if (inherited.TryGetValue(parent, out var inheritedParent))
                {
                    chain.Add(parent);
                    chain.AddRange(inheritedParent.Actor.PartOf.IsDefault ? [] : inheritedParent.Actor.PartOf);
                    break;
                }

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

    private static Dictionary<string, SourceDefinition> ReadSources(MappingReader top, ImmutableArray<YamlNode> nodes, Scenario? baseScenario)
    {
        var sources = (baseScenario?.Sources ?? []).ToDictionary(d => d.File, StringComparer.Ordinal);
        var inherited = sources.Count;
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
                throw source.Error("file", inherited > 0 && baseScenario!.Sources.Any(d => d.File == definition.File)
                    ? $"source '{definition.File}' is already declared in the base scenario '{baseScenario.Name}'"
                    : $"source '{definition.File}' is declared twice");
            }
        }

        return sources;
    }

    private static (ImmutableArray<NegotiationEvent> Events, Dictionary<string, MappingReader> Readers) ReadEvents(
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
        if (!NamePattern().IsMatch(id))
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
        var known = KnownFrom(fields, occurred, citations);
        var eventFields = new EventContext(fields, context.Actors, [.. citations.Select(c => c.File)]);
        var meta = new EventMeta(id, occurred, known, citations, ordinal, null, ReadAssertion(fields, eventFields), ReadDependsOn(fields, id));
        var @event = eventType.Read(meta, eventFields);
        fields.RejectUnread();
        return @event;
    }

    /// <summary>
    /// Who asserts the event, and how: absent, the outlet reports it in its own voice. Any other status
    /// names the party that claims, alleges, denies or confirms it, since that is what the status is about.
    /// </summary>
    private static Assertion? ReadAssertion(MappingReader fields, EventContext eventFields)
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

    private static ImmutableArray<string> ReadDependsOn(MappingReader fields, string id)
    {
        var names = fields.StringList("dependsOn", required: false);
        for (var i = 0; i < names.Length; i++)
        {
            if (!NamePattern().IsMatch(names[i]) || names[i] == id)
            {
                throw fields.Fail(fields.Node("dependsOn")!.Place, $"{fields.FieldPath("dependsOn")}[{i}]", names[i] == id
                    ? "an event cannot depend on itself"
                    : $"'{names[i]}' is not an event id (lower-case letters, digits and '-')");
            }
        }

        return names;
    }

    /// <summary>Whether a text can name a scenario: lower-case letters, digits and '-', so never a path.</summary>
    public static bool IsScenarioName(string text) => NamePattern().IsMatch(text);

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

        var published = citations.IsEmpty ? occurred.Start : DateOnly.MaxValue;
        foreach (var citation in citations)
        {
            published = citation.Published.End < published ? citation.Published.End : published;
        }

        return Latest(published, occurred.Start);
    }

    private static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>
    /// Runs the recorded events through the decider in historical order, so references and dates are
    /// checked in time, and returns the events its rules derive. A base event that a change broke is
    /// reported at this file's basedOn, naming where it is written.
    /// </summary>
    private static ImmutableArray<NegotiationEvent> CheckHistory(
        ImmutableArray<NegotiationEvent> events,
        Dictionary<string, MappingReader> readers,
        MappingReader top,
        ImmutableDictionary<string, string> origins)
    {
        var (derived, _, refusal) = Chronicle.Tell(events.Where(e => !e.Meta.IsDerived));
        if (refusal is { Event: var @event, Reason: var rejected })
        {
            throw readers.TryGetValue(@event.Meta.Id, out var reader)
                ? reader.Error(rejected.Field, rejected.Reason)
                : top.Error("basedOn", $"after this scenario's changes, base event '{@event.Meta.Id}' ({origins.GetValueOrDefault(@event.Meta.Id, "base")}) fails: {rejected.Field}: {rejected.Reason}");
        }

        return derived;
    }

    /// <summary>Every event named in a dependsOn is an event of this history.</summary>
    private static void RequirePresupposedEventsExist(
        ImmutableArray<NegotiationEvent> history,
        Dictionary<string, MappingReader> readers,
        MappingReader top,
        ImmutableDictionary<string, string> origins)
    {
        var ids = history.Select(e => e.Meta.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var @event in history)
        {
            var presupposed = @event.Meta.DependsOn;
            for (var i = 0; i < presupposed.Length; i++)
            {
                if (ids.Contains(presupposed[i]))
                {
                    continue;
                }

                throw readers.TryGetValue(@event.Meta.Id, out var reader)
                    ? reader.Fail(reader.Node("dependsOn")!.Place, $"{reader.FieldPath("dependsOn")}[{i}]", $"there is no event '{presupposed[i]}' in this scenario")
                    : top.Error("basedOn", $"base event '{@event.Meta.Id}' ({origins.GetValueOrDefault(@event.Meta.Id, "base")}) depends on '{presupposed[i]}', which this scenario does not have");
            }
        }
    }

    private static bool IsPlainFileName(string name) =>
        name is not ("." or "..") && name.IndexOfAny(['/', '\\', '\0']) < 0 && Path.GetFileName(name) == name && !Path.IsPathRooted(name);

    /// <summary>
    /// A hash of what the scenario resolves to (its events, recorded and derived, and its title), not of
    /// its text: a comment edit changes nothing, while an edit of a base or a change to the rules does.
    /// </summary>
    /// <remarks>
    /// The text hashed is the header lines, then per event its type name, a space, its JSON and a line
    /// break, in UTF-8. It is streamed into the hash rather than built as one string: for a long history
    /// that string, and its bytes, were the loader's largest allocations. Changing the text would change
    /// every stored fingerprint, and so make every unchanged file look edited.
    /// </remarks>
    private static string Fingerprint(string name, string title, string? question, ImmutableArray<NegotiationEvent> events)
    {
        using var sha256 = SHA256.Create();
        using (var hashed = new CryptoStream(Stream.Null, sha256, CryptoStreamMode.Write))
        {
            WriteUtf8(hashed, $"{FormatVersion}\n{name}\n{title}\n{question}\n");
            foreach (var @event in events)
            {
                WriteUtf8(hashed, @event.TypeName);
                hashed.WriteByte((byte)' ');
                JsonSerializer.Serialize(hashed, @event, @event.GetType(), SnapshotJson.Options);
                hashed.WriteByte((byte)'\n');
            }
        }

        return Convert.ToHexStringLower(sha256.Hash!);
    }

    private static void WriteUtf8(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex NamePattern();
}
