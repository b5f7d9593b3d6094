using System.Collections.Immutable;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Events;

/// <summary>
/// An event's own fields, as a scenario names them. Each type reads itself through this, so the names
/// of its fields live with the type; the scenario loader answers with located errors, and the schema
/// writer answers by recording each field, so the JSON Schema cannot drift from the reader.
/// </summary>
public interface IEventFields
{
    /// <summary>A required id (lower-case letters, digits and '-'): a new ceasefire or demand, or one it refers to.</summary>
    string Name(string key);

    string Text(string key);

    string? OptionalText(string key);

    ActorRef Actor(string key);

    ActorRef? OptionalActor(string key);

    ImmutableArray<ActorRef> Actors(string key, bool required);

    TEnum Choice<TEnum>(string key)
        where TEnum : struct, Enum;

    TEnum? OptionalChoice<TEnum>(string key)
        where TEnum : struct, Enum;

    DateOnly Day(string key);

    DateOnly? OptionalDay(string key);

    HistoricalDate Date(string key);

    /// <summary>Figures per source, each kept apart from the others.</summary>
    Estimate Figures(string key, bool required);

    bool Flag(string key, bool fallback);

    /// <summary>A whole number, 0 or more, or null when absent.</summary>
    int? OptionalCount(string key);

    ImmutableArray<string> Texts(string key, bool required);

    /// <summary>A list of small mappings, each read by <paramref name="read"/> against its own fields.</summary>
    ImmutableArray<T> Items<T>(string key, bool required, Func<IEventFields, T> read);
}

/// <summary>What every concrete event type declares about itself, beyond its instances.</summary>
public interface IEventType<out TSelf>
    where TSelf : NegotiationEvent
{
    /// <summary>One sentence: what the type records. The format docs and the schema print it.</summary>
    static abstract string Definition { get; }

    /// <summary>Reads the type's own fields; <paramref name="meta"/> carries what every event has.</summary>
    static abstract TSelf Read(EventMeta meta, IEventFields fields);
}
