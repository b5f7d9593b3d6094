using System.Text.Json.Serialization;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
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
        serializer.Configure(json => json.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        return serializer;
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
        options.Schema.For<StateChangePoint>()
            .Duplicate(p => p.StreamKey)
            .Duplicate(p => p.Date);

        options.Projections.Add(
            new StateTimelineProjection(),
            ProjectionLifecycle.Inline,
            StateTimelineProjection.Name,
            rebuild => rebuild.DeleteViewTypeOnTeardown<StateChangePoint>());
    }
}
