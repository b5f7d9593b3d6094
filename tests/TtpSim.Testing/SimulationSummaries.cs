using TtpSim.Domain.Simulation;

namespace TtpSim.Testing;

/// <summary>Simulation results made up for tests of what reads them (the report's fan charts, the store's seam).</summary>
public static class SimulationSummaries
{
    /// <summary>Weekly from <paramref name="from"/> for <paramref name="weeks"/> weeks: the ceasefire fades out while attacks rise.</summary>
    public static SimulationSummary Fading(string name, string scenario, DateOnly from, int weeks, int runs = 500)
    {
        var rows = Enumerable.Range(0, weeks).Select(i =>
        {
            var t = weeks <= 1 ? 0 : (double)i / (weeks - 1);
            var attacks = 4 + (16 * t);
            return new SimulatedWeek(
                from.AddDays(7 * i),
                CeasefireInForce: Math.Round(0.9 - (0.8 * t), 3),
                TalksSuspended: Math.Round(0.1 + (0.6 * t), 3),
                AttacksPerMonth: new Distribution(attacks + 0.5, attacks * 0.4, attacks, attacks * 1.9),
                PrisonersReleased: new Distribution(60, 30, 55, 110));
        }).ToList();
        return new SimulationSummary(name, scenario, runs, 2021, from, from.AddDays(7 * (weeks - 1)), rows);
    }
}
