namespace TtpSim.Domain.Simulation.Estimation;

/// <summary>Works out a simulation's estimated parameters from the record as known on a day.</summary>
public static class ParameterEstimation
{
    public static ParameterEstimate Estimate(EstimateDefinition definition, EstimationContext context) => definition.Estimator switch
    {
        EstimatorKind.MonthlyAttackClaims => MonthlyAttackClaims.Estimate(definition, context),
        EstimatorKind.TruceEnding => TruceEnding.Estimate(definition, context),
        EstimatorKind.TalksSuspension or EstimatorKind.TalksResumption => TalksSpells.Estimate(definition, context),
        _ => ReleaseWhileTalking.Estimate(definition, context),
    };

    /// <summary>
    /// The definition with every <c>estimate:</c> parameter estimated from what was known on
    /// <paramref name="knownAsOf"/>: its value is the posterior mean, and each run draws its own from the posterior.
    /// </summary>
    public static SimulationDefinition Resolve(SimulationDefinition definition, IEnumerable<Events.NegotiationEvent> history, DateOnly knownAsOf)
    {
        var parameters = definition.Parameters;
        if (!parameters.All.Any(p => p.Estimate is not null && p.Estimated is null))
        {
            return definition;
        }

        var context = EstimationContext.Of(history, knownAsOf, definition.Militants, definition.Government);
        Parameter Resolved(Parameter p)
        {
            if (p.Estimate is not { } estimate || p.Estimated is not null)
            {
                return p;
            }

            var estimated = Estimate(estimate, context);
            return p with { Value = estimated.Posterior.Summary().Mean, Estimated = estimated };
        }

        return definition with
        {
            Parameters = new SimulationParameters(
                Resolved(parameters.AttacksPerMonthWithoutCeasefire),
                Resolved(parameters.AttacksPerMonthWithCeasefire),
                Resolved(parameters.CeasefireBreakdownPerWeek),
                Resolved(parameters.TalksSuspensionPerWeek),
                Resolved(parameters.TalksResumptionPerWeek),
                Resolved(parameters.PrisonerReleasePerWeekWhileTalking),
                Resolved(parameters.PrisonersPerRelease)),
        };
    }
}
