using Marten;
using Marten.Services.Json.Transformations;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Storage.EventStore;

/// <summary>
/// Events stored in an earlier shape stay in the store as they were written; each is read into today's
/// type by an upcaster. A changed event type is stored under a new name (its old name is kept for the
/// old shape), so Marten can tell the two apart row by row.
/// </summary>
internal static class EventVersions
{
    /// <summary>What CeasefireDeclared was stored under while its actor was called DeclaredBy.</summary>
    public const string CeasefireDeclaredV1 = "ceasefire_declared";

    /// <summary>CeasefireDeclared with its actor called By, as in every other event.</summary>
    public const string CeasefireDeclaredV2 = "ceasefire_declared_v2";

    public static void Configure(StoreOptions options)
    {
        options.Events.MapEventType(typeof(CeasefireDeclared), CeasefireDeclaredV2);
        options.Events.Upcast(
            typeof(CeasefireDeclared),
            CeasefireDeclaredV1,
            JsonTransformations.Upcast<CeasefireDeclaredStoredV1, CeasefireDeclared>(v1 =>
                new CeasefireDeclared(v1.Meta, v1.CeasefireId, v1.DeclaredBy, v1.Scope, v1.Kind, v1.ScheduledEnd)));
    }
}

/// <summary>CeasefireDeclared as version 1 stored it. Only ever read, never written.</summary>
internal sealed record CeasefireDeclaredStoredV1(
    EventMeta Meta,
    string CeasefireId,
    ActorRef DeclaredBy,
    ActorRef Scope,
    CeasefireKind Kind,
    DateOnly? ScheduledEnd);
