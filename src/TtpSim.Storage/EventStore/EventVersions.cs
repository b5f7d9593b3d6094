using JasperFx.Events;
using Marten;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Storage.EventStore;

/// <summary>
/// Events stored in an earlier shape stay in the store as they were written; each is read into today's
/// type by an upcaster. A changed event type is stored under its name with a schema version suffix
/// (Marten's convention: <c>ceasefire_declared_v2</c>), while the old shape keeps the name it was
/// stored under, so Marten can tell the two apart row by row.
/// </summary>
internal static class EventVersions
{
    /// <summary>CeasefireDeclared's schema since its actor was renamed from DeclaredBy to By, as in every other event.</summary>
    private const uint CeasefireDeclaredSchema = 2;

    /// <summary>
    /// The name each event type is stored under today, as Marten names it once <see cref="Configure"/> ran
    /// (a test holds the two together). A row under any other name is in an older shape, for Marten to upcast.
    /// </summary>
    public static IReadOnlyDictionary<string, Type> CurrentNames() =>
        EventTypes.All.ToDictionary(
            type => type == typeof(CeasefireDeclared) ? $"{type.GetEventTypeName()}_v{CeasefireDeclaredSchema}" : type.GetEventTypeName(),
            StringComparer.Ordinal);

    public static void Configure(StoreOptions options)
    {
        options.Events.MapEventTypeWithSchemaVersion<CeasefireDeclared>(CeasefireDeclaredSchema);

        // Version 1 was stored under the plain conventional name, before the type had a schema version,
        // which is why it is named here rather than with the versioned Upcast overload (that one would
        // look for a suffixed name no row carries).
        options.Events.Upcast<CeasefireDeclaredStoredV1, CeasefireDeclared>(
            EventTypeExtensions.GetEventTypeName<CeasefireDeclared>(),
            v1 => new CeasefireDeclared(v1.Meta, v1.CeasefireId, v1.DeclaredBy, v1.Scope, v1.Kind, v1.ScheduledEnd));
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
