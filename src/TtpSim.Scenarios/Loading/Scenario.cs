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

public enum ChangeKind
{
    Added,
    Removed,
    Replaced,
    Shifted,
}

/// <summary>One way an alternative history departs from its base, as its file states it.</summary>
public sealed record ScenarioChange(ChangeKind Kind, string EventId, HistoricalDate Date, string? Note);

/// <summary>
/// A loaded, validated scenario: its whole history as domain events (a derived scenario's base events
/// with its changes applied), and a fingerprint of every file it was built from, so replaying an
/// unchanged file changes nothing. <see cref="Origins"/> says where each event was written
/// (file:line:column), for error messages and readers.
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
    string Fingerprint) : IReplaySource
{
    public int EventCount => Events.Length;

    public IEnumerable<NegotiationEvent> EventsInHistoricalOrder() => Domain.State.Timeline.InHistoricalOrder(Events);

    public string? BasedOn { get; init; }

    public HistoricalDate? DivergesFrom { get; init; }

    public ImmutableArray<ScenarioChange> Changes { get; init; } = [];

    public ImmutableDictionary<string, string> Origins { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>How the scenario's uncertain future is simulated, when its file says.</summary>
    public Domain.Simulation.SimulationDefinition? Simulation { get; init; }

    /// <summary>Days the file asks <c>./ttpsim verify</c> to pin besides the ones it chooses, as written, each inside <see cref="Span"/>.</summary>
    public ImmutableArray<DateOnly> Pins { get; init; } = [];

    /// <summary>The days on which this scenario's state can be asked for and pinned.</summary>
    public ScenarioSpan Span => ScenarioSpan.Of(Events, DivergesFrom);
}
