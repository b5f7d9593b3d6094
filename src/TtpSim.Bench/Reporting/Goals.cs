using TtpSim.Bench.Measurements;

namespace TtpSim.Bench.Reporting;

/// <summary>The targets. Two hold "at 10^6 events": below that size they are shown but not judged.</summary>
public static class Goals
{
    public const int FullSize = 1_000_000;

    public static IReadOnlyDictionary<string, Goal> For(Ratios ratios, int largestSize, double stateP50, double coldStart, double simulation10kMs, double peakMemoryMb)
    {
        var atFullSize = largestSize >= FullSize;
        return new Dictionary<string, Goal>
        {
            ["appendVsCopy"] = Goal.AtLeast(0.5, ratios.AppendVsCopy, "replay path events/s over raw COPY rows/s, at the largest size run"),
            ["stateQueryP50Ms"] = atFullSize
                ? Goal.Below(5, stateP50, "at 10^6 events")
                : new Goal("<", 5, stateP50, null, $"at 10^6 events; this run stopped at {largestSize}"),
            ["coldStartMs"] = Goal.Below(500, coldStart, "a whole state process, median"),
            ["simulation10kRunsMs"] = Goal.Below(2000, simulation10kMs, "10,000 runs of futures-after-may-2022"),
            ["replayPeakMemoryMb"] = atFullSize
                ? Goal.Below(256, peakMemoryMb, "replaying the 10^6-event file")
                : new Goal("<", 256, peakMemoryMb, null, $"replaying the 10^6-event file; this run's largest has {largestSize}"),
        };
    }
}
