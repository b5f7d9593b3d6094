using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.State;
using Xunit;

namespace TtpSim.Domain.Tests;

/// <summary>
/// Every event type, found as the store and the loader find them, answers every question asked of an
/// event: nothing falls back quietly for a type someone forgot. The compiler already refuses a type
/// that leaves out one of the abstract members; this also runs each member on a sample of each type.
/// </summary>
public sealed class EveryEventTypeTests
{
    public static TheoryData<string> TypeNames() => [.. EventTypes.Known.Select(t => t.Name)];

    [Fact]
    public void Every_concrete_event_type_is_known_by_name_and_none_twice()
    {
        var concrete = typeof(NegotiationEvent).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(NegotiationEvent))).ToList();

        Assert.Equal(concrete.Count, EventTypes.Known.Length);
        Assert.Equal(concrete.Select(t => t.Name).Order(), EventTypes.ByName.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void A_sample_of_each_type_has_a_sentence_a_family_parties_codes_and_folds(string name)
    {
        var sample = Sample(name);
        var history = new EventLookup([sample]);

        Assert.Equal(name, sample.TypeName);
        Assert.False(string.IsNullOrWhiteSpace(sample.Describe()));
        Assert.True(Enum.IsDefined(sample.Family()));
        Assert.NotNull(sample.Dyad(history));
        Assert.True(sample.Cameo is null || sample.Cameo.Code.Length >= 3);
        Assert.True(sample.Plover(history) is not { } plover || PloverCode.EventTypes.Contains(plover.EventType));
        _ = sample.Figure();
        Assert.Equal(1, NegotiationFold.Evolve(NegotiationState.Initial, sample).EventsApplied);
        Assert.False(string.IsNullOrWhiteSpace(EventTypes.ByName[name].Definition));
    }

    [Fact]
    public void Every_type_reads_each_field_once()
    {
        foreach (var type in EventTypes.Known)
        {
            var fields = new SampleFields();
            type.Read(History.Meta("sample", "2021-11-09"), fields);
            Assert.True(fields.Keys.Count == fields.Keys.Distinct().Count(), $"{type.Name} reads a field twice: {string.Join(", ", fields.Keys)}");
        }
    }

    private static NegotiationEvent Sample(string name) => EventTypes.ByName[name].Read(History.Meta($"sample-{name.ToLowerInvariant()}", "2021-11-09"), new SampleFields());

    /// <summary>Answers every field with a plausible value: the same actor, ids, a day, figures from one source.</summary>
    private sealed class SampleFields : IEventFields
    {
        public List<string> Keys { get; } = [];

        public string Name(string key) => Note(key, "sample-id");

        public string Text(string key) => Note(key, $"some {key}");

        public string? OptionalText(string key) => Note(key, $"some {key}");

        public ActorRef Actor(string key) => Note(key, History.Ttp);

        public ActorRef? OptionalActor(string key) => Note(key, History.Government);

        public ImmutableArray<ActorRef> Actors(string key, bool required) => Note(key, ImmutableArray.Create(History.Government, History.Ttp));

        public TEnum Choice<TEnum>(string key)
            where TEnum : struct, Enum => Note(key, Enum.GetValues<TEnum>()[0]);

        public TEnum? OptionalChoice<TEnum>(string key)
            where TEnum : struct, Enum => Note(key, (TEnum?)Enum.GetValues<TEnum>()[^1]);

        public DateOnly Day(string key) => Note(key, new DateOnly(2021, 12, 9));

        public DateOnly? OptionalDay(string key) => Note(key, (DateOnly?)new DateOnly(2021, 12, 9));

        public HistoricalDate Date(string key) => Note(key, HistoricalDate.InMonth(2021, 11));

        public Estimate Figures(string key, bool required) => Note(key, Estimate.Single(3, "source.txt"));

        public bool Flag(string key, bool fallback) => Note(key, !fallback);

        public int? OptionalCount(string key) => Note(key, (int?)2);

        public ImmutableArray<string> Texts(string key, bool required) => Note(key, ImmutableArray.Create("one", "two"));

        public ImmutableArray<T> Items<T>(string key, bool required, Func<IEventFields, T> read) => Note(key, ImmutableArray.Create(read(new SampleFields())));

        private T Note<T>(string key, T value)
        {
            Keys.Add(key);
            return value;
        }
    }
}
