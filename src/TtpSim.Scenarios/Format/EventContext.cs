using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Scenarios.Format;

/// <summary>
/// An event's fields as each event type reads them, answered from the file with located errors: actors
/// are resolved against the declared ones, and figures must come from the event's own citations.
/// </summary>
internal sealed class EventContext(
    MappingReader fields,
    IReadOnlyDictionary<string, ActorRef> actors,
    ImmutableHashSet<string> citedFiles) : IEventFields
{
    /// <summary>Figures of an event that cites nothing (an invented what-if event) are the author's.</summary>
    public const string AuthorAsSource = "scenario author";

    public string Name(string key) => fields.RequiredName(key);

    public string Text(string key) => fields.Required(key);

    public string? OptionalText(string key) => fields.Optional(key);

    public TEnum Choice<TEnum>(string key)
        where TEnum : struct, Enum => fields.RequiredEnum<TEnum>(key);

    public TEnum? OptionalChoice<TEnum>(string key)
        where TEnum : struct, Enum => fields.OptionalEnum<TEnum>(key);

    public DateOnly Day(string key) => fields.RequiredDay(key);

    public DateOnly? OptionalDay(string key) => fields.OptionalDay(key);

    public HistoricalDate Date(string key) => fields.RequiredDate(key);

    public bool Flag(string key, bool fallback) => fields.OptionalBool(key, fallback);

    public int? OptionalCount(string key) => fields.OptionalCount(key);

    public ImmutableArray<string> Texts(string key, bool required) => fields.StringList(key, required);

    public ImmutableArray<T> Items<T>(string key, bool required, Func<IEventFields, T> read) =>
        [.. fields.List(key, required).Select((node, i) =>
        {
            var item = fields.Child(node, $"{fields.FieldPath(key)}[{i}]");
            var value = read(new EventContext(item, actors, citedFiles));
            item.RejectUnread();
            return value;
        })];

    public ActorRef Actor(string key) => OptionalActor(key) ?? throw fields.Error(key, "is required (an actor id)");

    public ActorRef? OptionalActor(string key)
    {
        var id = fields.Optional(key);
        return id is null ? null : Resolve(id, () => fields.Error(key, UnknownActor(id)));
    }

    public ImmutableArray<ActorRef> Actors(string key, bool required) =>
        [.. fields.List(key, required).Select((node, i) => node is Yaml.YamlScalar { IsNull: false } scalar
            ? Resolve(scalar.Value.Trim(), () => fields.Fail(node.Place, $"{fields.FieldPath(key)}[{i}]", UnknownActor(scalar.Value)))
            : throw fields.Fail(node.Place, $"{fields.FieldPath(key)}[{i}]", "must be an actor id"))];

    /// <summary>Figures per source: each entry is one source's number, kept apart from the others.</summary>
    public Estimate Figures(string key, bool required)
    {
        var items = fields.List(key, required);
        var reports = ImmutableArray.CreateBuilder<ReportedFigure>();
        for (var i = 0; i < items.Length; i++)
        {
            var figure = fields.Child(items[i], $"{fields.FieldPath(key)}[{i}]");
            var value = figure.OptionalCount("value") ?? throw figure.Error("value", "is required (a whole number, 0 or more)");
            var bound = figure.OptionalEnum<FigureBound>("bound") ?? FigureBound.Exact;
            var file = figure.Optional("file");
            if (file is null && !citedFiles.IsEmpty)
            {
                throw figure.Error("file", "is required: say which cited source gives this figure");
            }

            if (file is not null && !citedFiles.Contains(file))
            {
                throw figure.Error("file", $"'{file}' is not among this event's sources ({Listed(citedFiles)})");
            }

            var note = figure.Optional("note");
            figure.RejectUnread();
            reports.Add(new ReportedFigure(value, bound, file ?? AuthorAsSource, note));
        }

        return new Estimate(reports.ToImmutable());
    }

    private ActorRef Resolve(string id, Func<Exception> unknown) => actors.TryGetValue(id, out var actor) ? actor : throw unknown();

    private string UnknownActor(string id)
    {
        var guess = MappingReader.Suggest(id, actors.Keys);
        return $"actor '{id}' is not declared under actors" + (guess is null ? "" : $"; did you mean '{guess}'?");
    }

    private static string Listed(IEnumerable<string> files) => string.Join(", ", files.Order(StringComparer.Ordinal));
}
