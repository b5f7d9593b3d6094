using TtpSim.Domain.Simulation;

namespace TtpSim.Storage.Simulation;

/// <summary>An uncertain event as a stored definition shows it.</summary>
public sealed record UncertainEventDefinition(string Id, double Probability, DateOnly WindowFrom, DateOnly WindowTo, StateCondition When, string EventType, string Summary, int? LastsDays);

/// <summary>What was simulated: the scenario (and its fingerprint), the run settings and the model's parameters.</summary>
public sealed record SimulationRunDefinition(
    string Scenario,
    string ScenarioFingerprint,
    int Runs,
    int Seed,
    DateOnly From,
    DateOnly Until,
    SimulationParameters Parameters,
    IReadOnlyList<UncertainEventDefinition> Uncertain);

/// <summary>A simulation's definition and summary as a Marten document, named (its id) so reports and other commands can ask for it.</summary>
public sealed class StoredSimulation
{
    public required string Id { get; init; }

    /// <summary>What produced the summary; absent only for summaries stored without one (test fixtures).</summary>
    public SimulationRunDefinition? Definition { get; init; }

    public required SimulationSummary Summary { get; init; }

    public static StoredSimulation Of(SimulationSummary summary) => new() { Id = summary.Name, Summary = summary };
}
