using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using TtpSim.Domain.Events;
using TtpSim.Storage.Projections;
using TtpSim.Storage.Replay;
using Weasel.Core;

namespace TtpSim.Storage.EventStore;

/// <summary>Every Marten setting TtpSim uses, in one place.</summary>
public static class TtpSimStore
{
    public const string Schema = "ttpsim";

    /// <param name="updatesSchema">
    /// Whether the store creates or updates its tables on first use. Commands that only read pass
    /// false: checking every table against the model is most of a short command's time, and a
    /// missing table then just means nothing was replayed yet.
    /// </param>
    public static DocumentStore Create(string connectionString, string schema = Schema, bool updatesSchema = true) =>
        DocumentStore.For(options => Configure(options, connectionString, schema, updatesSchema));

    /// <summary>
    /// The JSON settings of everything stored, made as Marten's <c>UseSystemTextJsonForSerialization</c> makes
    /// them. The store uses one, and <see cref="Replay.DirectReads"/> another made here, so both read alike.
    /// </summary>
    public static Marten.ISerializer Serializer()
    {
        var serializer = new Marten.Services.SystemTextJsonSerializer { EnumStorage = EnumStorage.AsString, Casing = Casing.CamelCase };
        serializer.Configure(json =>
        {
            json.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            json.TypeInfoResolver = (json.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(LeaveOutComputedMembers);
        });
        return serializer;
    }

    /// <summary>
    /// TtpSim's computed members (an estimate's low and high, a date's last day, whether an event is derived) are not
    /// stored: they are worked out again from the stored ones on reading, and writing them made every change point and
    /// event larger to write, read and parse. A member is computed when nothing sets it, neither a setter nor a
    /// constructor parameter. Marten's own documents are left as Marten writes them.
    /// </summary>
    private static void LeaveOutComputedMembers(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || type.Type.Namespace?.StartsWith("TtpSim.", StringComparison.Ordinal) is not true)
        {
            return;
        }

        foreach (var member in type.Properties.Where(p => p.Set is null && p.AssociatedParameter is null).ToList())
        {
            type.Properties.Remove(member);
        }
    }

    public static void Configure(StoreOptions options, string connectionString, string schema = Schema, bool updatesSchema = true)
    {
        options.Connection(connectionString);
        options.DatabaseSchemaName = schema;
        options.AutoCreateSchemaObjects = updatesSchema ? AutoCreate.CreateOrUpdate : AutoCreate.None;
        options.Serializer(Serializer());

        // A scenario's stream is named by the scenario and the fingerprint of its file.
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.AddEventTypes(EventTypes.All);
        EventVersions.Configure(options);

        options.Schema.For<ScenarioRecord>().UseOptimisticConcurrency(true);
        // A state query finds a stream's point on or before a date. With one index on each column and several streams in
        // a schema, the plan walked the date index and dropped other streams' points one by one; a stream and a date
        // name one point, so the index on both is unique. What it takes from the points either side besides the earlier
        // one's state are columns too: read from the JSON, each took a decompression of the whole state (about 0.25 ms
        // each, three to a query). Marten indexes every duplicated column; nothing searches those two.
        options.Schema.For<StateChangePoint>()
            .Duplicate(p => p.StreamKey)
            .Duplicate(p => p.Date)
            .UniqueIndex(UniqueIndexType.DuplicatedField, p => p.StreamKey, p => p.Date)
            .Duplicate(p => p.State.EventsApplied)
            .Duplicate(p => p.PrecededByStoredRange);

        options.Projections.Add(
            new StateTimelineProjection(),
            ProjectionLifecycle.Inline,
            StateTimelineProjection.Name,
            rebuild => rebuild.DeleteViewTypeOnTeardown<StateChangePoint>());
    }
}
