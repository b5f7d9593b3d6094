namespace TtpSim.Domain.Simulation;

/// <summary>Every run of a simulation, one row a run: what held at each week's end, and the attacks on each day from <see cref="From"/>.</summary>
public sealed record SimulationEnsemble(
    DateOnly From,
    IReadOnlyList<DateOnly> WeekEnds,
    bool[,] CeasefireInForce,
    bool[,] TalksSuspended,
    int[,] AttacksOnDay)
{
    public int Runs => CeasefireInForce.GetLength(0);

    /// <summary>The share of runs in which the thing held at the end of week <paramref name="week"/>.</summary>
    public static double Share(bool[,] values, int week)
    {
        var count = 0;
        for (var run = 0; run < values.GetLength(0); run++)
        {
            count += values[run, week] ? 1 : 0;
        }

        return (double)count / values.GetLength(0);
    }

    /// <summary>Each run's count of attacks from <paramref name="first"/> to <paramref name="last"/>, both within the simulated days.</summary>
    public double[] AttacksBetween(DateOnly first, DateOnly last)
    {
        var counts = new double[Runs];
        for (var run = 0; run < Runs; run++)
        {
            for (var day = first.DayNumber - From.DayNumber; day <= last.DayNumber - From.DayNumber; day++)
            {
                counts[run] += AttacksOnDay[run, day];
            }
        }

        return counts;
    }
}
