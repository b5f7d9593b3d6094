namespace TtpSim.Domain.Simulation.Estimation;

/// <summary>
/// Draws from the continuous distributions a posterior needs, on the run's own generator, so a seed
/// fixes every parameter draw as it fixes every other.
/// </summary>
public static class RandomDraws
{
    /// <summary>A standard normal draw (Box-Muller; the second value of the pair is discarded to keep one draw a call).</summary>
    public static double StandardNormal(ref this SplitMix64 random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>
    /// A Gamma(shape, rate) draw by Marsaglia and Tsang's squeeze method (ACM TOMS 26(3), 2000); a shape
    /// below 1 is drawn at shape + 1 and scaled by U^(1/shape), as they propose.
    /// </summary>
    public static double Gamma(ref this SplitMix64 random, double shape, double rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shape);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        if (shape < 1)
        {
            var boosted = random.Gamma(shape + 1, rate);
            return boosted * Math.Pow(1.0 - random.NextDouble(), 1.0 / shape);
        }

        var d = shape - 1.0 / 3.0;
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = random.StandardNormal();
                v = 1.0 + c * x;
            }
            while (v <= 0);

            v = v * v * v;
            var u = 1.0 - random.NextDouble();
            if (u < 1.0 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1.0 - v + Math.Log(v)))
            {
                return d * v / rate;
            }
        }
    }

    /// <summary>A Beta(alpha, beta) draw as X / (X + Y) with X ~ Gamma(alpha, 1) and Y ~ Gamma(beta, 1).</summary>
    public static double Beta(ref this SplitMix64 random, double alpha, double beta)
    {
        var x = random.Gamma(alpha, 1.0);
        var y = random.Gamma(beta, 1.0);
        return x / (x + y);
    }
}
