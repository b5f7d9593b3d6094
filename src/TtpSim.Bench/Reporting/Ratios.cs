using TtpSim.Bench.Measurements;

namespace TtpSim.Bench.Reporting;

/// <summary>
/// Each a rate divided by a rate measured in the same run: how close TtpSim's path comes to its limit.
/// <see cref="AppendVsCopy"/> is the whole replay path (loading the file, then storing it);
/// <see cref="StoreVsCopy"/> is its storing part alone, for what the database side costs.
/// </summary>
public sealed record Ratios(double AppendVsCopy, double StoreVsCopy, double RebuildVsFold, double RebuildVsRead)
{
    public static Ratios Of(Rate replayPath, Rate replayStore, Rate rawCopy, Rate rebuild, Rate fold, Rate rawRead) => new(
        Quotient(replayPath, rawCopy),
        Quotient(replayStore, rawCopy),
        Quotient(rebuild, fold),
        Quotient(rebuild, rawRead));

    private static double Quotient(Rate a, Rate b) => b.PerSecond == 0 ? 0 : a.PerSecond / b.PerSecond;
}
