using System.Collections.Immutable;
using TtpSim.Domain.Events;
using TtpSim.Domain.Provenance;

namespace TtpSim.Domain.Simulation;

/// <summary>A model parameter and why it has its value: a source's figure, or a stated judgement.</summary>
public sealed record Parameter(double Value, string Basis, string? Source, bool IsJudgement);

/// <summary>The named parameters of the stochastic processes, each with its basis.</summary>
public sealed record SimulationParameters(
    Parameter AttacksPerMonthWithoutCeasefire,
    Parameter AttacksPerMonthWithCeasefire,
    Parameter CeasefireBreakdownPerWeek,
    Parameter TalksSuspensionPerWeek,
    Parameter TalksResumptionPerWeek,
    Parameter PrisonerReleasePerWeekWhileTalking,
    Parameter PrisonersPerRelease);

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
