namespace TtpSim.Domain.Simulation.Estimation;

public enum PosteriorFamily
{
    /// <summary>A rate (events per unit of exposure) with a Gamma(shape, rate) posterior; the parameter is the rate.</summary>
    GammaRate,

    /// <summary>A hazard rate λ per week with a Gamma posterior; the parameter is the weekly chance 1 − e^(−λ).</summary>
    GammaWeeklyHazard,

    /// <summary>A weekly probability with a Beta(alpha, beta) posterior.</summary>
    Beta,
}

/// <summary>
/// What the record and the prior say about one parameter: a conjugate posterior (A and B are the Gamma's
/// shape and rate, or the Beta's alpha and beta). A run draws its value from it.
/// </summary>
public sealed record Posterior(PosteriorFamily Family, double A, double B)
{
    /// <summary>How many draws the reported mean and interval are worked out from, with a fixed generator so they never change.</summary>
    private const int SummaryDraws = 20_000;

    public double Draw(ref SplitMix64 random) => Family switch
    {
        PosteriorFamily.GammaRate => random.Gamma(A, B),
        PosteriorFamily.GammaWeeklyHazard => 1.0 - Math.Exp(-random.Gamma(A, B)),
        _ => random.Beta(A, B),
    };

    /// <summary>The parameter's posterior mean and central 90% interval, from a fixed set of draws (the same every time).</summary>
    public (double Mean, double P05, double P95) Summary()
    {
        var random = new SplitMix64(0x5EED);
        var draws = new double[SummaryDraws];
        for (var i = 0; i < draws.Length; i++)
        {
            draws[i] = Draw(ref random);
        }

        Array.Sort(draws);
        return (Math.Round(draws.Average(), 4), Math.Round(draws[(int)(0.05 * SummaryDraws)], 4), Math.Round(draws[(int)(0.95 * SummaryDraws) - 1], 4));
    }
}
