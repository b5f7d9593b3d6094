namespace TtpSim.Domain.Simulation;

/// <summary>A distribution over runs, summarised: mean and the 5th, 50th and 95th percentiles (a 90% interval).</summary>
public sealed record Distribution(double Mean, double P05, double P50, double P95);

public sealed record UncertainEventFrequency(string Id, double Share);

/// <summary>What the simulated futures look like on one date (weekly).</summary>
public sealed record SimulatedWeek(
    DateOnly Date,
    double CeasefireInForce,
    double TalksSuspended,
    Distribution AttacksPerMonth,
    Distribution PrisonersReleased);

/// <summary>
/// The result of N seeded runs of a scenario's uncertain future, as stored and read back by name.
/// Probabilities are the share of runs in which the thing held on that date.
/// </summary>
public sealed record SimulationSummary(
    string Name,
    string Scenario,
    int Runs,
    int Seed,
    DateOnly From,
    DateOnly Until,
    IReadOnlyList<SimulatedWeek> Weeks)
{
    /// <summary>For each uncertain event, in the file's order, the share of runs in which it happened.</summary>
    public IReadOnlyList<UncertainEventFrequency> UncertainEventFrequencies { get; init; } = [];
}
