using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Scenarios.Format;
using TtpSim.Scenarios.Loading;

namespace TtpSim.Scenarios.JsonLines;

/// <summary>
/// Writes recorded events as a <c>.jsonl</c> scenario that replays as it is: a header (name, title, question,
/// every actor the events name, every source they cite), then one event a line with the fields its type's
/// reader reads. Derived events are left out: the rules derive them again on replay. <c>known</c> is written
/// out in full, so each event reads back with the same dates.
/// </summary>
public static class JsonLinesWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly ConcurrentDictionary<Type, FieldKeys> KeysByType = new();

    public static int Write(Stream output, string name, string title, string? question, IReadOnlyList<NegotiationEvent> events)
    {
        var recorded = events.Where(e => !e.Meta.IsDerived).ToList();
        using var json = new Utf8JsonWriter(output, Options);
        WriteHeader(json, name, title, question, recorded);
        foreach (var @event in recorded)
        {
            NewLine(json, output);
            WriteEvent(json, @event);
        }

        NewLine(json, output);
        return recorded.Count;
    }

    /// <summary>The header line of a history of its own: the actors and sources given, and the line break after it.</summary>
    public static void WriteHeaderLine(Stream output, string name, ScenarioKind kind, string title, string? question, IEnumerable<ActorRef> actors, IEnumerable<SourceDefinition> sources)
    {
        using var json = new Utf8JsonWriter(output, Options);
        WriteHeader(json, name, kind, title, question, actors, sources);
        NewLine(json, output);
    }

    /// <summary>One event line, and the line break after it.</summary>
    public static void WriteEventLine(Stream output, NegotiationEvent @event)
    {
        using var json = new Utf8JsonWriter(output, Options);
        WriteEvent(json, @event);
        NewLine(json, output);
    }

    private static void NewLine(Utf8JsonWriter json, Stream output)
    {
        json.Flush();
        output.WriteByte((byte)'\n');
        json.Reset();
    }

    private static void WriteHeader(Utf8JsonWriter json, string name, string title, string? question, List<NegotiationEvent> events)
    {
        var baseline = events.Count > 0 && events.All(e => e.Meta.Sources.Length > 0 && e.Meta.Sources.All(s => s.Quote.Length > 0));
        var sources = events.SelectMany(e => e.Meta.Sources).DistinctBy(s => s.File).OrderBy(s => s.File, StringComparer.Ordinal)
            .Select(s => new SourceDefinition(s.File, s.Outlet, s.Title, s.Published));
        WriteHeader(json, name, baseline ? ScenarioKind.Baseline : ScenarioKind.Alternative, title, question, ActorsNamed(events), sources);
    }

    private static void WriteHeader(Utf8JsonWriter json, string name, ScenarioKind kind, string title, string? question, IEnumerable<ActorRef> actors, IEnumerable<SourceDefinition> sources)
    {
        json.WriteStartObject();
        json.WriteString("scenario", name);
        json.WriteString("kind", Word(kind));
        json.WriteString("title", title);
        if (question is not null)
        {
            json.WriteString("question", question);
        }

        json.WriteStartArray("actors");
        foreach (var actor in actors)
        {
            json.WriteStartObject();
            json.WriteString("id", actor.Id);
            json.WriteString("name", actor.Name);
            json.WriteString("kind", Word(actor.Kind));
            if (!actor.PartOf.IsDefaultOrEmpty)
            {
                json.WriteString("partOf", actor.PartOf[0]);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("file", source.File);
            json.WriteString("outlet", source.Outlet);
            json.WriteString("title", source.Title);
            json.WriteString("published", source.Published.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Every actor the events name, and the groups they are part of. A group no event names is known only by
    /// its id: it is declared with its id as its name and the kind of its member.
    /// </summary>
    private static List<ActorRef> ActorsNamed(List<NegotiationEvent> events)
    {
        var named = new Dictionary<string, ActorRef>(StringComparer.Ordinal);
        foreach (var @event in events)
        {
            if (@event.Meta.Asserted?.By is { } by)
            {
                named.TryAdd(by.Id, by);
            }

            foreach (var actor in ActorsOf(@event, KeysOf(@event.GetType())))
            {
                named.TryAdd(actor.Id, actor);
            }
        }

        foreach (var member in named.Values.ToList())
        {
            var chain = member.PartOf.IsDefault ? [] : member.PartOf;
            for (var i = 0; i < chain.Length; i++)
            {
                named.TryAdd(chain[i], new ActorRef(chain[i], chain[i], member.Kind, chain[(i + 1)..]));
            }
        }

        return [.. named.Values.OrderBy(a => a.Id, StringComparer.Ordinal)];
    }

    private static IEnumerable<ActorRef> ActorsOf(object record, FieldKeys keys)
    {
        foreach (var (field, value) in keys.Values(record))
        {
            switch (value)
            {
                case ActorRef actor:
                    yield return actor;
                    break;
                case ImmutableArray<ActorRef> actors:
                    foreach (var actor in actors)
                    {
                        yield return actor;
                    }

                    break;
                case System.Collections.IEnumerable items when field.Items is { } itemKeys:
                    foreach (var item in items)
                    {
                        foreach (var actor in ActorsOf(item, itemKeys))
                        {
                            yield return actor;
                        }
                    }

                    break;
            }
        }
    }

    private static void WriteEvent(Utf8JsonWriter json, NegotiationEvent @event)
    {
        var meta = @event.Meta;
        json.WriteStartObject();
        json.WriteString("id", meta.Id);
        json.WriteString("type", @event.TypeName);
        json.WriteString("date", meta.Occurred.ToString());
        if (meta.KnownEarliest is { } earliest)
        {
            json.WriteStartObject("known");
            json.WriteString("from", Day(earliest));
            json.WriteString("to", Day(meta.KnownFrom));
            json.WriteEndObject();
        }
        else
        {
            json.WriteString("known", Day(meta.KnownFrom));
        }

        if (meta.Asserted is { } asserted && asserted.Status != AssertionStatus.Reported)
        {
            json.WriteString("status", Word(asserted.Status));
            json.WriteString("assertedBy", asserted.By?.Id);
        }

        if (meta.DependsOn.Length > 0)
        {
            json.WriteStartArray("dependsOn");
            foreach (var id in meta.DependsOn)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        if (meta.Sources.Length > 0)
        {
            json.WriteStartArray("sources");
            foreach (var source in meta.Sources)
            {
                json.WriteStartObject();
                json.WriteString("file", source.File);
                if (source.Quote.Length > 0)
                {
                    json.WriteString("quote", source.Quote);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteFields(json, @event, KeysOf(@event.GetType()));
        json.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter json, object record, FieldKeys keys)
    {
        foreach (var (field, value) in keys.Values(record))
        {
            switch (value)
            {
                case null:
                    break;
                case string text:
                    json.WriteString(field.Key, text);
                    break;
                case ActorRef actor:
                    json.WriteString(field.Key, actor.Id);
                    break;
                case ImmutableArray<ActorRef> actors:
                    json.WriteStartArray(field.Key);
                    actors.ToList().ForEach(a => json.WriteStringValue(a.Id));
                    json.WriteEndArray();
                    break;
                case ImmutableArray<string> texts:
                    json.WriteStartArray(field.Key);
                    texts.ToList().ForEach(json.WriteStringValue);
                    json.WriteEndArray();
                    break;
                case Enum choice:
                    json.WriteString(field.Key, Word(choice));
                    break;
                case DateOnly day:
                    json.WriteString(field.Key, Day(day));
                    break;
                case HistoricalDate date:
                    json.WriteString(field.Key, date.ToString());
                    break;
                case bool flag:
                    json.WriteBoolean(field.Key, flag);
                    break;
                case int count:
                    json.WriteNumber(field.Key, count);
                    break;
                case Estimate { Reports.IsDefault: true }:
                    break;
                case Estimate figures:
                    WriteFigures(json, field.Key, figures);
                    break;
                case System.Collections.IEnumerable items when field.Items is { } itemKeys:
                    json.WriteStartArray(field.Key);
                    foreach (var item in items)
                    {
                        json.WriteStartObject();
                        WriteFields(json, item, itemKeys);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"{record.GetType().Name}.{field.Key}: no JSON Lines form for {value.GetType().Name}");
            }
        }
    }

    private static void WriteFigures(Utf8JsonWriter json, string key, Estimate figures)
    {
        // An empty list stays one: a required list of figures may be empty, and reads back as written.
        json.WriteStartArray(key);
        foreach (var figure in figures.Reports)
        {
            json.WriteStartObject();
            json.WriteNumber("value", figure.Value);
            if (figure.Bound != FigureBound.Exact)
            {
                json.WriteString("bound", Word(figure.Bound));
            }

            if (figure.SourceFile != EventContext.AuthorAsSource)
            {
                json.WriteString("file", figure.SourceFile);
            }

            if (figure.Note is not null)
            {
                json.WriteString("note", figure.Note);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static FieldKeys KeysOf(Type type) => KeysByType.GetOrAdd(type, FieldKeys.Of);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Word(Enum value)
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>
    /// The keys a type's reader reads, in its order, paired with the record's constructor parameters in
    /// theirs: each reader builds its record field by field in that order, under the names the file uses
    /// (<c>declaredBy</c> is the property <c>By</c>, <c>ceasefire</c> is <c>CeasefireId</c>).
    /// </summary>
    private sealed class FieldKeys(List<(string Key, FieldKeys? Items, PropertyInfo Property)> fields)
    {
        public static FieldKeys Of(Type type)
        {
            var recorder = new KeyRecorder();
            if (typeof(NegotiationEvent).IsAssignableFrom(type))
            {
                EventTypes.ByName[type.Name].Read(new EventMeta("x", HistoricalDate.InYear(2000), DateOnly.MinValue, [], 0), recorder);
            }

            return recorder.Bind(type, skipFirst: typeof(NegotiationEvent).IsAssignableFrom(type));
        }

        public IEnumerable<((string Key, FieldKeys? Items) Field, object? Value)> Values(object record) =>
            fields.Select(f => ((f.Key, f.Items), f.Property.GetValue(record)));

        internal sealed class KeyRecorder : IEventFields
        {
            private readonly List<(string Key, KeyRecorder? Items, Type? ItemType)> keys = [];

            public FieldKeys Bind(Type type, bool skipFirst)
            {
                var parameters = type.GetConstructors().Single(c => c.GetParameters().Length > 0 && (!skipFirst || c.GetParameters()[0].ParameterType == typeof(EventMeta)))
                    .GetParameters().Skip(skipFirst ? 1 : 0).ToList();
                if (parameters.Count != keys.Count)
                {
                    throw new InvalidOperationException($"{type.Name}: its reader reads {keys.Count} fields, its record has {parameters.Count}");
                }

                return new FieldKeys([.. keys.Zip(parameters, (k, p) => (k.Key, k.Items?.Bind(k.ItemType!, skipFirst: false), type.GetProperty(p.Name!)!))]);
            }

            public string Name(string key) => Add(key, "x");

            public string Text(string key) => Add(key, "x");

            public string? OptionalText(string key) => Add(key, (string?)null);

            public ActorRef Actor(string key) => Add(key, new ActorRef("x", "x", ActorKind.State, []));

            public ActorRef? OptionalActor(string key) => Add(key, (ActorRef?)null);

            public ImmutableArray<ActorRef> Actors(string key, bool required) => Add(key, ImmutableArray<ActorRef>.Empty);

            public TEnum Choice<TEnum>(string key)
                where TEnum : struct, Enum => Add(key, default(TEnum));

            public TEnum? OptionalChoice<TEnum>(string key)
                where TEnum : struct, Enum => Add(key, (TEnum?)null);

            public DateOnly Day(string key) => Add(key, DateOnly.MinValue);

            public DateOnly? OptionalDay(string key) => Add(key, (DateOnly?)null);

            public HistoricalDate Date(string key) => Add(key, HistoricalDate.InYear(2000));

            public Estimate Figures(string key, bool required) => Add(key, Estimate.Unknown);

            public bool Flag(string key, bool fallback) => Add(key, fallback);

            public int? OptionalCount(string key) => Add(key, (int?)null);

            public ImmutableArray<string> Texts(string key, bool required) => Add(key, ImmutableArray<string>.Empty);

            public ImmutableArray<T> Items<T>(string key, bool required, Func<IEventFields, T> read)
            {
                var item = new KeyRecorder();
                read(item);
                keys.Add((key, item, typeof(T)));
                return [];
            }

            private T Add<T>(string key, T placeholder)
            {
                keys.Add((key, null, null));
                return placeholder;
            }
        }
    }
}
