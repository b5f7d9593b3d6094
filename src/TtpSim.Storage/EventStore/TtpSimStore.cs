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

    public static DocumentStore Create(string connectionString, string schema = Schema) =>
        DocumentStore.For(options => Configure(options, connectionString, schema));

    public static void Configure(StoreOptions options, string connectionString, string schema = Schema)
    {
        options.Connection(connectionString);
        options.DatabaseSchemaName = schema;
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json =>
        {
            json.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });

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
