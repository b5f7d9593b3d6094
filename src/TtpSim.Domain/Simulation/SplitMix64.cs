namespace TtpSim.Domain.Simulation;

/// <summary>
/// A small, fast random number generator whose sequence is fixed by its seed on every machine and
/// runtime version, so a seed always gives the same draws (System.Random does not promise that).
/// </summary>
public struct SplitMix64(ulong seed)
{
    private ulong state = seed;

    /// <summary>A generator for one run, independent of every other run's: the run number is mixed into the seed.</summary>
    public static SplitMix64 ForRun(int seed, int run)
    {
        var mixer = new SplitMix64(((ulong)(uint)seed << 32) | (uint)run);
        return new SplitMix64(mixer.NextUInt64());
    }

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1), from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="exclusiveMax"/>).</summary>
    public int NextInt(int exclusiveMax) => (int)(NextDouble() * exclusiveMax);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>A Poisson draw by multiplication of uniforms (Knuth); the rates here are small, a few a week.</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        var limit = Math.Exp(-mean);
        var product = NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= NextDouble();
        }

        return count;
    }
}
