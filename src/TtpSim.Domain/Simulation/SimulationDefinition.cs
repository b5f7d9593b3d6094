using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;
using TtpSim.Domain.Simulation.Estimation;

namespace TtpSim.Domain.Simulation;

/// <summary>
/// A model parameter and why it has its value: a source's figure, or a stated judgement. An estimated one
/// has an <see cref="Estimate"/> (the basis then explains its prior) and, once worked out from the record,
/// an <see cref="Estimated"/> posterior, whose mean is <see cref="Value"/> and from which each run draws.
/// </summary>
public sealed record Parameter(double Value, string Basis, string? Source, bool IsJudgement)
{
    public EstimateDefinition? Estimate { get; init; }

    public ParameterEstimate? Estimated { get; init; }

    /// <summary>This run's value: a draw from the posterior when estimated (advancing the run's generator), else the typed value.</summary>
    public double Draw(ref SplitMix64 random) => Estimated is { } estimated ? estimated.Posterior.Draw(ref random) : Value;
}

/// <summary>The named parameters of the stochastic processes, each with its basis.</summary>
public sealed record SimulationParameters(
    Parameter AttacksPerMonthWithoutCeasefire,
    Parameter AttacksPerMonthWithCeasefire,
    Parameter CeasefireBreakdownPerWeek,
    Parameter TalksSuspensionPerWeek,
    Parameter TalksResumptionPerWeek,
    Parameter PrisonerReleasePerWeekWhileTalking,
    Parameter PrisonersPerRelease)
{
    public IEnumerable<(string Name, Parameter Parameter)> Named =>
    [
        ("attacksPerMonthWithoutCeasefire", AttacksPerMonthWithoutCeasefire),
        ("attacksPerMonthWithCeasefire", AttacksPerMonthWithCeasefire),
        ("ceasefireBreakdownPerWeek", CeasefireBreakdownPerWeek),
        ("talksSuspensionPerWeek", TalksSuspensionPerWeek),
        ("talksResumptionPerWeek", TalksResumptionPerWeek),
        ("prisonerReleasePerWeekWhileTalking", PrisonerReleasePerWeekWhileTalking),
        ("prisonersPerRelease", PrisonersPerRelease),
    ];

    public IEnumerable<Parameter> All => Named.Select(n => n.Parameter);

    /// <summary>
    /// One run's parameters: each estimated one drawn from its posterior, in a fixed order, on the run's own
    /// generator. With no estimated parameter nothing is drawn, so typed scenarios keep their draws.
    /// </summary>
    public SimulationParameters Draw(ref SplitMix64 random)
    {
        if (!All.Any(p => p.Estimated is not null))
        {
            return this;
        }

        return new SimulationParameters(
            AttacksPerMonthWithoutCeasefire with { Value = AttacksPerMonthWithoutCeasefire.Draw(ref random) },
            AttacksPerMonthWithCeasefire with { Value = AttacksPerMonthWithCeasefire.Draw(ref random) },
            CeasefireBreakdownPerWeek with { Value = CeasefireBreakdownPerWeek.Draw(ref random) },
            TalksSuspensionPerWeek with { Value = TalksSuspensionPerWeek.Draw(ref random) },
            TalksResumptionPerWeek with { Value = TalksResumptionPerWeek.Draw(ref random) },
            PrisonerReleasePerWeekWhileTalking with { Value = PrisonerReleasePerWeekWhileTalking.Draw(ref random) },
            PrisonersPerRelease with { Value = PrisonersPerRelease.Draw(ref random) });
    }
}

public enum StateCondition
{
    Always,
    CeasefireInForce,
    NoCeasefireInForce,
    TalksUnderWay,
    TalksSuspended,
}

/// <summary>
/// An event that may happen: with <see cref="Probability"/>, on a day drawn evenly from the window, and
/// only if <see cref="When"/> holds on that day. A ceasefire it declares lasts <see cref="LastsDays"/>.
/// </summary>
public sealed record UncertainEvent(
    string Id,
    double Probability,
    DateOnly WindowFrom,
    DateOnly WindowTo,
    StateCondition When,
    NegotiationEvent Template,
    int? LastsDays);

/// <summary>How a scenario's future is simulated: from when, until when, by whom, with what parameters and uncertain events.</summary>
public sealed record SimulationDefinition(
    DateOnly From,
    DateOnly Until,
    ActorRef Militants,
    ActorRef Government,
    SimulationParameters Parameters,
    ImmutableArray<UncertainEvent> Uncertain);
