namespace TtpSim.Domain.Simulation;

/// <summary>Every run's measurements, one row a run, summarised after all runs in run order.</summary>
internal sealed class RunResults(int runs, int weeks, int uncertainEvents, int days)
{
    /// <summary>The militants' attacks on each simulated day, recorded or simulated, from the first day; no columns when not kept.</summary>
    public int[,] AttacksOnDay { get; } = new int[runs, days];

    public bool[,] CeasefireInForce { get; } = new bool[runs, weeks];

    public bool[,] TalksSuspended { get; } = new bool[runs, weeks];

    public double[,] AttacksPerMonth { get; } = new double[runs, weeks];

    public double[,] PrisonersReleased { get; } = new double[runs, weeks];

    public bool[,] Fired { get; } = new bool[runs, uncertainEvents];

    public SimulationSummary Summarise(string name, string scenario, int seed, SimulationDefinition definition, DateOnly until, List<DateOnly> weekEnds)
    {
        var weeksSummary = weekEnds.Select((date, week) => new SimulatedWeek(
            date,
            Share(CeasefireInForce, week),
            Share(TalksSuspended, week),
            Distribute(AttacksPerMonth, week),
            Distribute(PrisonersReleased, week))).ToList();
        return new SimulationSummary(name, scenario, runs, seed, definition.From, until, weeksSummary)
        {
            UncertainEventFrequencies = [.. definition.Uncertain.Select((u, i) => new UncertainEventFrequency(u.Id, Share(Fired, i)))],
        };
    }

    private double Share(bool[,] values, int column)
    {
        var count = 0;
        for (var run = 0; run < runs; run++)
        {
            count += values[run, column] ? 1 : 0;
        }

        return Math.Round((double)count / runs, 6);
    }

    private Distribution Distribute(double[,] values, int column)
    {
        var sample = new double[runs];
        for (var run = 0; run < runs; run++)
        {
            sample[run] = values[run, column];
        }

        Array.Sort(sample);
        return new Distribution(Math.Round(sample.Average(), 4), Percentile(sample, 0.05), Percentile(sample, 0.50), Percentile(sample, 0.95));
    }

    /// <summary>Nearest-rank percentile of a sorted sample.</summary>
    private static double Percentile(double[] sorted, double p) =>
        Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)], 4);
}
