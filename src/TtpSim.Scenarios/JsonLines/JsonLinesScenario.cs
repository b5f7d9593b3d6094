using System.Collections.Immutable;
using TtpSim.Domain.Deciding;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;
using TtpSim.Scenarios.Format;
using TtpSim.Scenarios.Loading;
using TtpSim.Scenarios.Yaml;

namespace TtpSim.Scenarios.JsonLines;

/// <summary>
/// The <c>.jsonl</c> scenario format: the first line is a header object with the YAML format's top-level keys
/// (all but <c>events</c>), and every further line is one event object with the same fields as in YAML.
/// Both are read into the YAML reader's node tree, so the checks, the errors and the fingerprint are the
/// YAML format's own.
/// </summary>
public static class JsonLinesScenario
{
    public const string Extension = ".jsonl";

    /// <summary>Header keys that make a file a what-if, a simulation or a pinned scenario: such a file is loaded whole, as YAML is (pins are checked against the whole span).</summary>
    private static readonly string[] WholeFileKeys = ["basedOn", "divergesFrom", "remove", "replace", "shift", "simulation", "pin"];

    public static bool IsJsonLines(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The whole file as the one mapping a YAML file would give: the header's keys and <c>events</c>, a list of the lines.</summary>
    internal static YamlMapping ReadWhole(string path, string label)
    {
        using var lines = new LineSource(path);
        var header = Header(lines, label, out var offset);
        var events = ImmutableArray.CreateBuilder<YamlNode>();
        for (var number = 2; offset < lines.Length; number++)
        {
            events.Add(EventLine(lines, offset, number, label, out offset));
        }

        var at = new Place(2, 1);
        return new YamlMapping(header.Place, [.. header.Entries, new YamlEntry(new YamlScalar(at, "events", IsQuoted: false), new YamlSequence(at, events.DrainToImmutable()))]);
    }

    /// <summary>
    /// Checks a file for replay without holding it. A history of its own streams: the first pass reads and
    /// checks every event in file order (fields, ids, references, the fingerprint), and, when the file is
    /// already in historical order (as exports are), runs the decider on the way; otherwise a second pass runs
    /// it in historical order, reading each event back at its byte offset. What-ifs and simulations load whole.
    /// </summary>
    internal static IReplaySource Open(string path, ScenarioLoader wholeLoader)
    {
        var (file, label, header, firstEvent) = OpenHeader(path);
        return LoadsWhole(header)
            ? wholeLoader.LoadFile(path)
            : StreamedScenario.Check(file, label, Path.GetFileNameWithoutExtension(path), header, firstEvent);
    }

    /// <summary>
    /// A history of its own to replay in one pass (checked as it is stored), or null for a what-if or a
    /// simulation, which loads whole. Only the header is read here.
    /// </summary>
    internal static OnePassScenario? OpenOnePass(string path)
    {
        var (file, label, header, firstEvent) = OpenHeader(path);
        return LoadsWhole(header) ? null : new OnePassScenario(file, label, Path.GetFileNameWithoutExtension(path), header, firstEvent);
    }

    private static bool LoadsWhole(YamlMapping header) => WholeFileKeys.Any(key => header.Find(key) is not null);

    private static (string File, string Label, YamlMapping Header, long FirstEvent) OpenHeader(string path)
    {
        var label = Path.GetFileName(path);
        if (ScenarioFile.LinkLeavingItsFolder(path) is { } target)
        {
            throw new ScenarioException(new ScenarioError(label, 0, 0, null, ScenarioFile.LinkRefusal(target)));
        }

        var file = ScenarioFile.FinalLinkTarget(path) ?? path;
        if (!File.Exists(file))
        {
            throw new ScenarioException(new ScenarioError(path, 0, 0, null, "no such file"));
        }

        using var lines = new LineSource(file);
        var header = Header(lines, label, out var firstEvent);
        return (file, label, header, firstEvent);
    }

    internal static YamlMapping Header(LineSource lines, string label, out long next)
    {
        if (lines.FirstLineOffset >= lines.Length)
        {
            throw new ScenarioException(new ScenarioError(label, 1, 1, null, "the file is empty; a .jsonl scenario's first line is its header ({ \"scenario\": ..., \"title\": ..., \"actors\": [...] })"));
        }

        var header = JsonLineParser.ReadObject(lines.LineAt(lines.FirstLineOffset, out next), 1, label);
        if (header.Find("events") is { } events)
        {
            throw new ScenarioException(new ScenarioError(label, 1, events.Key.Place.Column, "events",
                "in a .jsonl scenario the events are the lines after the header, one event a line, not a header field"));
        }

        return header;
    }

    internal static YamlMapping EventLine(LineSource lines, long offset, int number, string label, out long next)
    {
        var line = lines.LineAt(offset, out next);
        if (line.Trim((byte)' ').Trim((byte)'\t').IsEmpty)
        {
            throw new ScenarioException(new ScenarioError(label, number, 1, null, "a blank line; every line after the header is one event"));
        }

        return JsonLineParser.ReadObject(line, number, label);
    }
}

/// <summary>
/// A checked <c>.jsonl</c> history that stays in its file: per event only its byte offset (and, when the file
/// is not in historical order, its place in that order) is kept, with the events the rules derive, so what it
/// holds grows by a few bytes an event. <see cref="EventsInHistoricalOrder"/> reads the events back.
/// </summary>
public sealed class StreamedScenario : IReplaySource
{
    private readonly string path;
    private readonly EventReading context;
    private readonly long[] offsets;
    private readonly int[]? historicalOrder;

    private StreamedScenario(string path, EventReading context, long[] offsets, int[]? historicalOrder)
    {
        this.path = path;
        this.context = context;
        this.offsets = offsets;
        this.historicalOrder = historicalOrder;
    }

    public required string Name { get; init; }

    public required ScenarioKind Kind { get; init; }

    public required string Title { get; init; }

    public string? Question { get; init; }

    public required string File { get; init; }

    public required ImmutableArray<ActorDefinition> Actors { get; init; }

    public required ImmutableArray<SourceDefinition> Sources { get; init; }

    /// <summary>Set once the decider has run: the hash covers the derived events too.</summary>
    public string Fingerprint { get; private set; } = "";

    /// <summary>The events the rules derive, in the order the decider derived them.</summary>
    public ImmutableArray<NegotiationEvent> Derived { get; private set; } = [];

    public int RecordedCount => offsets.Length;

    public int EventCount => offsets.Length + Derived.Length;

    /// <summary>Whether the file's events are already in historical order (one pass checked them).</summary>
    public bool InFileOrder => historicalOrder is null;

    /// <summary>Recorded and derived events in historical order, each recorded one read again from the file.</summary>
    public IEnumerable<NegotiationEvent> EventsInHistoricalOrder()
    {
        var derived = Timeline.InHistoricalOrder(Derived);
        var next = 0;
        foreach (var recorded in RecordedInHistoricalOrder())
        {
            var key = EventKey.Of(recorded);
            while (next < derived.Count && EventKey.Of(derived[next]).CompareTo(key) < 0)
            {
                yield return derived[next++];
            }

            yield return recorded;
        }

        while (next < derived.Count)
        {
            yield return derived[next++];
        }
    }

    private IEnumerable<NegotiationEvent> RecordedInHistoricalOrder()
    {
        using var lines = new LineSource(path);
        for (var i = 0; i < offsets.Length; i++)
        {
            yield return Read(lines, historicalOrder?[i] ?? i).Event;
        }
    }

    private (NegotiationEvent Event, MappingReader Fields) Read(LineSource lines, int ordinal)
    {
        var node = JsonLinesScenario.EventLine(lines, offsets[ordinal], ordinal + 2, File, out _);
        var fields = new MappingReader(node, File, $"events[{ordinal}]");
        return (EventReader.ReadEvent(context, fields, ordinal, defaultId: null), fields);
    }

    /// <summary>What the header declares, read and checked: all a pass over the events needs to read them.</summary>
    internal sealed record Opening(
        string Name,
        ScenarioKind Kind,
        string Title,
        string? Question,
        ImmutableArray<ActorDefinition> Actors,
        ImmutableArray<SourceDefinition> Sources,
        EventReading Context,
        DateOnly? HorizonBound);

    internal static Opening ReadHeader(string label, string expectedName, YamlMapping header)
    {
        var top = new MappingReader(header, label, "");
        var name = top.Required("scenario");
        var kind = top.OptionalEnum<ScenarioKind>("kind") ?? ScenarioKind.Alternative;
        var title = top.Required("title");
        var question = top.Optional("question");
        var actorNodes = top.List("actors", required: true);
        var sourceNodes = top.List("sources", required: false);
        top.RejectUnread();
        if (!ScenarioNames.Pattern().IsMatch(name))
        {
            throw top.Error("scenario", $"'{name}' must be lower-case letters, digits and '-', starting with a letter");
        }

        if (expectedName != name)
        {
            throw top.Error("scenario", $"'{name}' must match the file name '{expectedName}'");
        }

        var (actors, descriptions) = ActorsReader.ReadActors(top, actorNodes, null);
        var sources = SourcesReader.ReadSources(top, sourceNodes, null);

        // The decider may run in the first pass only with the horizon it will have; until the last event is
        // read, the latest publication of any declared source bounds it.
        DateOnly? horizonBound = sources.Count == 0 ? null : sources.Values.Max(s => s.Published.End);
        return new Opening(
            name,
            kind,
            title,
            question,
            [.. actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => new ActorDefinition(a, descriptions.GetValueOrDefault(a.Id)))],
            [.. sources.Values],
            new EventReading(top, kind, actors, sources),
            horizonBound);
    }

    internal static StreamedScenario Check(string path, string label, string expectedName, YamlMapping header, long firstEvent)
    {
        var opening = ReadHeader(label, expectedName, header);
        var (name, kind, title, question) = (opening.Name, opening.Kind, opening.Title, opening.Question);
        var context = opening.Context;
        var horizonBound = opening.HorizonBound;
        var firstPass = new FirstPass(path, label, context, new ChronicleRun(horizonBound));
        var offsets = firstPass.Run(firstEvent, name, title, question);
        firstPass.RequireForwardReferences();

        var sameCap = firstPass.SameCapAs(horizonBound);
        var scenario = new StreamedScenario(path, context, offsets, firstPass.InHistoricalOrder ? null : firstPass.HistoricalOrder())
        {
            Name = name,
            Kind = kind,
            Title = title,
            Question = question,
            File = label,
            Actors = opening.Actors,
            Sources = opening.Sources,
        };
        ImmutableArray<NegotiationEvent> derived;
        if (firstPass.InHistoricalOrder && sameCap)
        {
            if (firstPass.Refusal is { } refused)
            {
                throw refused.Fields.Error(refused.Reason.Field, refused.Reason.Reason);
            }

            firstPass.Chronicle.Finish(until: null);
            derived = firstPass.Chronicle.Derived;
        }
        else
        {
            // Out of order, or run under a horizon the record turned out not to reach: decided again, in historical order.
            var run = new ChronicleRun(firstPass.Horizon);
            using (var lines = new LineSource(path))
            {
                for (var i = 0; i < offsets.Length; i++)
                {
                    var (@event, fields) = scenario.Read(lines, scenario.historicalOrder?[i] ?? i);
                    if (run.Record(@event) is { Reason: var rejected })
                    {
                        throw fields.Error(rejected.Field, rejected.Reason);
                    }
                }
            }

            run.Finish(until: null);
            derived = run.Derived;
        }

        foreach (var @event in derived)
        {
            firstPass.Fingerprint.Add(@event);
        }

        scenario.Derived = derived;
        scenario.Fingerprint = firstPass.Fingerprint.Finish();
        firstPass.Fingerprint.Dispose();
        return scenario;
    }

    /// <summary>The first pass, in file order: every event read and checked on its own, its id and references, the hash.</summary>
    /// <param name="keepDates">Whether to keep each event's date, for <see cref="HistoricalOrder"/>; one pass, which stops when the file leaves historical order, needs none.</param>
    internal sealed class FirstPass(string path, string label, EventReading context, ChronicleRun chronicle, bool keepDates = true)
    {
        private readonly IdSet ids = new();
        private readonly List<(string Id, Place Place, string Field)> forwardReferences = [];
        private readonly List<HistoricalDate> occurred = [];
        private EventKey? previous;

        public ChronicleRun Chronicle => chronicle;

        public ScenarioFingerprint.Running Fingerprint { get; private set; } = null!;

        public (Decision.Rejected Reason, MappingReader Fields)? Refusal { get; private set; }

        public bool InHistoricalOrder { get; private set; } = true;

        public DateOnly? Horizon { get; private set; }

        public DateOnly LatestStart { get; private set; } = DateOnly.MinValue;

        public long[] Run(long offset, string name, string title, string? question)
        {
            Begin(name, title, question);
            var offsets = new List<long>();
            using var lines = new LineSource(path);
            for (var ordinal = 0; offset < lines.Length; ordinal++)
            {
                offsets.Add(offset);
                Step(lines, offset, ordinal, out offset);
            }

            return [.. offsets];
        }

        public void Begin(string name, string title, string? question) =>
            Fingerprint = new ScenarioFingerprint.Running(name, title, question);

        /// <summary>Reads and checks the event on the line at <paramref name="offset"/>, the <paramref name="ordinal"/>-th of the file.</summary>
        public NegotiationEvent Step(LineSource lines, long offset, int ordinal, out long next)
        {
            var node = JsonLinesScenario.EventLine(lines, offset, ordinal + 2, label, out next);
            var fields = new MappingReader(node, label, $"events[{ordinal}]");
            var @event = EventReader.ReadEvent(context, fields, ordinal, defaultId: null);
            Check(@event, fields);
            return @event;
        }

        /// <summary>Whether the decider, run under the bound the header gave, ran under the cap the whole record gives.</summary>
        public bool SameCapAs(DateOnly? horizonBound) =>
            Domain.State.Horizon.Cap(LatestStart, horizonBound) == Domain.State.Horizon.Cap(LatestStart, Horizon);

        private void Check(NegotiationEvent @event, MappingReader fields)
        {
            var meta = @event.Meta;
            if (!ids.Add(meta.Id))
            {
                throw fields.Error("id", $"event id '{meta.Id}' is used twice");
            }

            for (var i = 0; i < meta.DependsOn.Length; i++)
            {
                if (!ids.Contains(meta.DependsOn[i]))
                {
                    forwardReferences.Add((meta.DependsOn[i], fields.Node("dependsOn")!.Place, $"{fields.FieldPath("dependsOn")}[{i}]"));
                }
            }

            Fingerprint.Add(@event);
            Horizon = Domain.State.Horizon.Of(@event) is { } day && (Horizon is null || day > Horizon) ? day : Horizon;
            LatestStart = meta.Occurred.Start > LatestStart ? meta.Occurred.Start : LatestStart;
            if (keepDates)
            {
                occurred.Add(meta.Occurred);
            }

            var key = EventKey.Of(@event);
            InHistoricalOrder &= previous is not { } before || before.CompareTo(key) < 0;
            previous = key;
            if (InHistoricalOrder && Refusal is null && chronicle.Record(@event) is { Reason: var rejected })
            {
                // Reported after every event's own fields are checked, as the YAML loader reports it.
                Refusal = (rejected, fields);
            }
        }

        /// <summary>A dependsOn may name an event further down the file: checked once every id is known.</summary>
        public void RequireForwardReferences()
        {
            foreach (var (id, place, field) in forwardReferences)
            {
                if (!ids.Contains(id))
                {
                    throw new ScenarioException(new ScenarioError(label, place.Line, place.Column, field, $"there is no event '{id}' in this scenario"));
                }
            }
        }

        public int[] HistoricalOrder()
        {
            var order = Enumerable.Range(0, occurred.Count).ToArray();
            var dates = occurred.ToArray();
            Array.Sort(order, (a, b) => dates[a].CompareTo(dates[b]) is var byDate and not 0 ? byDate : a.CompareTo(b));
            return order;
        }
    }
}
