using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Scenarios.Loading;

/// <summary>A baseline must cite a source for every event; an alternative history may invent events.</summary>
public enum ScenarioKind
{
    Baseline,
    Alternative,
}

/// <summary>An actor as declared: the reference events carry, and a longer description for readers.</summary>
public sealed record ActorDefinition(ActorRef Actor, string? Description);

public sealed record SourceDefinition(string File, string Outlet, string Title, HistoricalDate Published);

/// <summary>
/// A loaded, validated scenario: its whole history as domain events in file order, and a fingerprint
/// of everything it was built from, so replaying an unchanged file changes nothing.
/// </summary>
public sealed record Scenario(
    string Name,
    ScenarioKind Kind,
    string Title,
    string? Question,
    string File,
    ImmutableArray<ActorDefinition> Actors,
    ImmutableArray<SourceDefinition> Sources,
    ImmutableArray<NegotiationEvent> Events,
    string Fingerprint);
