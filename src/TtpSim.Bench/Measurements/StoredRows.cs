using Marten;
using TtpSim.Domain.Events;

namespace TtpSim.Bench.Measurements;

/// <summary>
/// The column values Marten writes for each event: its JSON body (from Marten's own serializer) and its type
/// names, computed once so raw COPY times only the copy, and so raw reading can map a row back to its type.
/// </summary>
public sealed class StoredRows
{
    private StoredRows(IReadOnlyList<(string Json, string Type, string DotNetType)> rows, IReadOnlyDictionary<string, Type> typesByName)
    {
        Rows = rows;
        TypesByName = typesByName;
    }

    public IReadOnlyList<(string Json, string Type, string DotNetType)> Rows { get; }

    public IReadOnlyDictionary<string, Type> TypesByName { get; }

    public static StoredRows For(DocumentStore store, IReadOnlyList<NegotiationEvent> events)
    {
        var serializer = store.Options.Serializer();
        var graph = (Marten.Events.EventGraph)store.Options.Events;
        var mappings = EventTypes.All.ToDictionary(t => t, t => graph.EventMappingFor(t));
        List<(string Json, string Type, string DotNetType)> rows = [.. events
            .Select(e => (serializer.ToJson(e), (string)mappings[e.GetType()].EventTypeName, (string)mappings[e.GetType()].DotNetTypeName))];
        return new StoredRows(rows, mappings.ToDictionary(m => (string)m.Value.EventTypeName, m => m.Key, StringComparer.Ordinal));
    }
}
