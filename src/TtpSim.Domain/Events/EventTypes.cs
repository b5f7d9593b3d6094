using System.Collections.Immutable;
using System.Reflection;

namespace TtpSim.Domain.Events;

/// <summary>One concrete event type: its name in files and exports, its definition, and how it reads itself.</summary>
public sealed record EventType(Type Type, string Definition, Func<EventMeta, IEventFields, NegotiationEvent> Read)
{
    public string Name => Type.Name;
}

/// <summary>
/// Every concrete event type, found in this assembly: a type is known by being written, so adding one
/// takes one file. The store registers them, the loader reads them by name, the schema is written from them.
/// </summary>
public static class EventTypes
{
    public static readonly ImmutableArray<EventType> Known = Discover();

    public static readonly ImmutableArray<Type> All = [.. Known.Select(t => t.Type)];

    public static readonly IReadOnlyDictionary<string, EventType> ByName =
        Known.ToDictionary(t => t.Name, StringComparer.Ordinal);

    private static ImmutableArray<EventType> Discover()
    {
        var describe = typeof(EventTypes).GetMethod(nameof(Describe), BindingFlags.NonPublic | BindingFlags.Static)!;
        var concrete = typeof(NegotiationEvent).Assembly.GetTypes()
            .Where(t => t.IsSealed && t.IsSubclassOf(typeof(NegotiationEvent)))
            .ToList();
        var unreadable = concrete.Where(t => !t.GetInterfaces().Contains(typeof(IEventType<>).MakeGenericType(t))).Select(t => t.Name).ToList();
        if (unreadable.Count > 0)
        {
            throw new InvalidOperationException($"event types that do not implement IEventType<T>: {string.Join(", ", unreadable)}");
        }

        return [.. concrete
            .Select(t => (EventType)describe.MakeGenericMethod(t).Invoke(null, null)!)
            .OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    private static EventType Describe<T>()
        where T : NegotiationEvent, IEventType<T> => new(typeof(T), T.Definition, (meta, fields) => T.Read(meta, fields));
}
