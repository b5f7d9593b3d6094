using System.Collections.Immutable;

namespace TtpSim.Domain.Simulation.Estimation;

public enum EstimatorKind
{
    /// <summary>Attacks a month, from the monthly counts of claimed attacks (Gamma-Poisson).</summary>
    MonthlyAttackClaims,

    /// <summary>The weekly chance that a truce in force ends, from recorded truce lengths, censored where one outlived what was known (Gamma-exponential).</summary>
    TruceEnding,

    /// <summary>The weekly chance that talks under way are suspended, from the talks' recorded spells (Gamma-exponential).</summary>
    TalksSuspension,

    /// <summary>The weekly chance that suspended talks resume, from the talks' recorded spells (Gamma-exponential).</summary>
    TalksResumption,

    /// <summary>The weekly chance of a prisoner release while talks are under way, over the weeks the record settles (Beta-Binomial).</summary>
    ReleaseWhileTalking,
}

/// <summary>
/// A parameter to be estimated rather than typed: which estimator, over which event types, in which window
/// of the record, from which conjugate prior (A and B: a Gamma's shape and rate, or a Beta's alpha and beta).
/// </summary>
public sealed record EstimateDefinition(
    EstimatorKind Estimator,
    ImmutableArray<string> Events,
    DateOnly? WindowFrom,
    DateOnly? WindowTo,
    double PriorA,
    double PriorB)
{
    /// <summary>The event types each estimator reads; a definition names exactly these, so the file says what the number comes from.</summary>
    public static ImmutableArray<string> Reads(EstimatorKind estimator) => estimator switch
    {
        EstimatorKind.MonthlyAttackClaims => ["AttackClaimsReported"],
        EstimatorKind.TruceEnding => ["CeasefireDeclared", "CeasefireExtended", "CeasefireEnded"],
        EstimatorKind.TalksSuspension or EstimatorKind.TalksResumption => ["TalksOpened", "TalksResumed", "TalksSuspended", "TalksStalled"],
        _ => ["PrisonersReleased", "TalksOpened", "TalksResumed", "TalksSuspended"],
    };

    public bool InWindow(DateOnly first, DateOnly last) =>
        (WindowFrom is not { } from || first >= from) && (WindowTo is not { } to || last <= to);
}

/// <summary>
/// An estimate as worked out from the record known on <see cref="KnownAsOf"/>: its posterior, the events
/// and exposure it counted, and a line saying what they were.
/// </summary>
public sealed record ParameterEstimate(Posterior Posterior, DateOnly KnownAsOf, double Events, double Exposure, string Evidence);
