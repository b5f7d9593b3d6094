using System.Text;
using Marten;
using TtpSim.Domain.Events;

namespace TtpSim.Bench.Measurements;

/// <summary>
/// The column values Marten writes for each event: its JSON body (from Marten's own serializer) and its type
/// names, computed once so raw COPY times only the copy, and so raw reading can map a row back to its type.
/// The bodies are held as UTF-8, as they go on the wire: replay sends its JSON as UTF-8 too, so the limit it is
/// measured against does not pay a conversion that replay no longer does.
/// </summary>
public sealed class StoredRows
{
    private StoredRows(IReadOnlyList<(byte[] Json, string Type, string DotNetType)> rows, IReadOnlyDictionary<string, Type> typesByName)
    {
        Rows = rows;
        TypesByName = typesByName;
    }

    public IReadOnlyList<(byte[] Json, string Type, string DotNetType)> Rows { get; }

    public IReadOnlyDictionary<string, Type> TypesByName { get; }

    public static StoredRows For(DocumentStore store, IReadOnlyList<NegotiationEvent> events)
    {
        var serializer = store.Options.Serializer();
        var graph = (Marten.Events.EventGraph)store.Options.Events;
        var mappings = EventTypes.All.ToDictionary(t => t, t => graph.EventMappingFor(t));
        List<(byte[] Json, string Type, string DotNetType)> rows = [.. events
            .Select(e => (Encoding.UTF8.GetBytes(serializer.ToJson(e)), (string)mappings[e.GetType()].EventTypeName, (string)mappings[e.GetType()].DotNetTypeName))];
        return new StoredRows(rows, mappings.ToDictionary(m => (string)m.Value.EventTypeName, m => m.Key, StringComparer.Ordinal));
    }
}
