using System.Collections.Immutable;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.State;
using TtpSim.Scenarios.Format;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.Loading;

/// <summary>
/// Loads a scenario file into validated domain events. Every fault is a <see cref="ScenarioException"/>
/// naming file, line, column and field; nothing is returned half-checked.
/// </summary>
public sealed class ScenarioLoader(long maxFileBytes = ScenarioLoader.DefaultMaxFileBytes)
{
    /// <summary>Hand-written scenarios are a few hundred kilobytes; a larger file is refused before it is read.</summary>
    public const long DefaultMaxFileBytes = 8 * 1024 * 1024;

    /// <summary>Whether a text can name a scenario: lower-case letters, digits and '-', so never a path.</summary>
    public static bool IsScenarioName(string text) => ScenarioNames.IsScenarioName(text);

    public Scenario LoadFile(string path) => LoadFile(Path.GetFullPath(path), []);

    public Scenario LoadBytes(byte[] bytes, string label, string? expectedName = null) =>
        LoadBytes(bytes, label, expectedName, folder: null, chain: []);

    /// <summary>Loads text; a <c>basedOn</c> is resolved only when <paramref name="folder"/> (the scenarios folder) is given.</summary>
    public Scenario LoadText(string text, string label, string? expectedName = null, string? folder = null) =>
        LoadText(text, label, expectedName, folder, []);

    private Scenario LoadFile(string path, ImmutableList<string> chain)
    {
        var label = Path.GetFileName(path);
        if (ScenarioFile.LinkLeavingItsFolder(path) is { } target)
        {
            throw new ScenarioException(new ScenarioError(label, 0, 0, null, ScenarioFile.LinkRefusal(target)));
        }

        // A link that stays in its folder is read at its target, so what was checked is what is read.
        var info = new FileInfo(ScenarioFile.FinalLinkTarget(path) ?? path);
        if (!info.Exists)
        {
            throw new ScenarioException(new ScenarioError(path, 0, 0, null, "no such file"));
        }

        if (info.Length > maxFileBytes)
        {
            throw new ScenarioException(new ScenarioError(label, 0, 0, null,
                $"the file is {info.Length / 1024.0 / 1024.0:F1} MiB; scenario files are limited to {maxFileBytes / 1024 / 1024} MiB"
                + (JsonLines.JsonLinesScenario.IsJsonLines(path) ? " when loaded whole (replay streams a .jsonl history of its own at any size; a what-if, a simulation, a base and verify load files whole)" : "")));
        }

        if (JsonLines.JsonLinesScenario.IsJsonLines(path))
        {
            return LoadRoot(JsonLines.JsonLinesScenario.ReadWhole(info.FullName, label), label, Path.GetFileNameWithoutExtension(path), Path.GetDirectoryName(path), chain);
        }

        var bytes = File.ReadAllBytes(info.FullName);
        return LoadBytes(bytes, label, Path.GetFileNameWithoutExtension(path), Path.GetDirectoryName(path), chain);
    }

    private Scenario LoadBytes(byte[] bytes, string label, string? expectedName, string? folder, ImmutableList<string> chain)
    {
        if (bytes.LongLength > maxFileBytes)
        {
            throw new ScenarioException(new ScenarioError(label, 0, 0, null, $"the text is larger than the {maxFileBytes / 1024 / 1024} MiB limit"));
        }

        return LoadText(ScenarioFile.Decode(bytes, label), label, expectedName, folder, chain);
    }

    private Scenario LoadText(string text, string label, string? expectedName, string? folder, ImmutableList<string> chain) =>
        LoadRoot(ScenarioFile.ReadRoot(text, label), label, expectedName, folder, chain);

    /// <summary>
    /// A scenario to replay: a YAML file is loaded whole; a <c>.jsonl</c> history of its own is streamed (checked
    /// in one or two passes and read again as it is stored), and a <c>.jsonl</c> what-if or simulation, small by
    /// nature, is loaded whole like YAML.
    /// </summary>
    public IReplaySource LoadForReplay(string path) =>
        JsonLines.JsonLinesScenario.IsJsonLines(path) ? JsonLines.JsonLinesScenario.Open(Path.GetFullPath(path), this) : LoadFile(path);

    /// <summary>
    /// A <c>.jsonl</c> history of its own, opened (its header read) to be checked as it is stored, in one pass
    /// when its events are in historical order; null for anything else, which <see cref="LoadForReplay"/> loads.
    /// </summary>
    public IOnePassReplaySource? OpenForOnePassReplay(string path) =>
        JsonLines.JsonLinesScenario.IsJsonLines(path) ? JsonLines.JsonLinesScenario.OpenOnePass(Path.GetFullPath(path)) : null;

    private Scenario LoadRoot(YamlMapping root, string label, string? expectedName, string? folder, ImmutableList<string> chain)
    {
        var top = new MappingReader(root, label, "");
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
        var pinNodes = top.List("pin", required: false);
        top.RejectUnread();

        if (!ScenarioNames.Pattern().IsMatch(name))
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

        var (actors, descriptions) = ActorsReader.ReadActors(top, actorNodes, baseScenario);
        var sources = SourcesReader.ReadSources(top, sourceNodes, baseScenario);
        var context = new EventReading(top, kind, actors, sources);
        var (ownEvents, readers) = EventReader.ReadEvents(context, eventNodes, firstOrdinal: baseScenario?.Events.Length ?? 0);

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

        HistoryChecks.RequirePresupposedEventsExist(history, readers, top, origins);
        var derived = HistoryChecks.CheckHistory(history, readers, top, origins);
        var simulation = simulationNode is null ? null : SimulationReader.Read(top.Child(simulationNode, "simulation"), context, Horizon.OfHistory(history));
        ImmutableArray<NegotiationEvent> resolved = [.. history.Where(e => !e.Meta.IsDerived), .. derived];
        var pins = PinnedDates.Read(top, pinNodes, ScenarioSpan.Of(resolved, divergesFrom));

        return new Scenario(
            name,
            kind,
            title,
            question,
            label,
            [.. actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => new ActorDefinition(a, descriptions.GetValueOrDefault(a.Id)))],
            [.. sources.Values],
            resolved,
            ScenarioFingerprint.Fingerprint(name, title, question, resolved))
        {
            BasedOn = basedOn,
            DivergesFrom = divergesFrom,
            Changes = applied,
            Origins = origins,
            Simulation = simulation,
            Pins = pins,
        };
    }

    /// <summary>
    /// The base is found by name in the same folder only (names are letters, digits and '-', so no path
    /// can lead outside it), and loaded with the chain of names that led here, to refuse cycles.
    /// </summary>
    private Scenario LoadBase(MappingReader top, string name, string basedOn, string? folder, ImmutableList<string> chain)
    {
        if (!ScenarioNames.Pattern().IsMatch(basedOn))
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

        string? path;
        try
        {
            path = ScenarioFiles.Find(folder, basedOn);
        }
        catch (AmbiguousScenarioFileException e)
        {
            throw top.Error("basedOn", e.Message);
        }

        if (path is null)
        {
            var guess = MappingReader.Suggest(basedOn, ScenarioFiles.NamesIn(folder));
            throw top.Error("basedOn", $"there is no scenario '{basedOn}' in {Path.GetFileName(folder)}/" + (guess is null ? "" : $"; did you mean '{guess}'?"));
        }

        if (ScenarioFile.LinkLeavingItsFolder(path) is { } target)
        {
            throw top.Error("basedOn", $"{Path.GetFileName(path)} {ScenarioFile.LinkRefusal(target)}");
        }

        return LoadFile(path, visited);
    }

    private static string Origin(string label, Place place) => $"{label}:{place.Line}:{place.Column}";

}
