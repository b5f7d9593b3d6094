using TtpSim.Bench.Measurements;

namespace TtpSim.Bench.Reporting;

/// <summary>Each a rate divided by a rate measured in the same run: how close TtpSim's path comes to its limit.</summary>
public sealed record Ratios(double AppendVsCopy, double RebuildVsFold, double RebuildVsRead)
{
    public static Ratios Of(Rate replayPath, Rate rawCopy, Rate rebuild, Rate fold, Rate rawRead) => new(
        Quotient(replayPath, rawCopy),
        Quotient(rebuild, fold),
        Quotient(rebuild, rawRead));

    private static double Quotient(Rate a, Rate b) => b.PerSecond == 0 ? 0 : a.PerSecond / b.PerSecond;
}
