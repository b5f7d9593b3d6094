namespace TtpSim.Bench.Measurements;

/// <summary>The peak resident memory of a child <c>replay FILE</c> process, read from its VmHWM in /proc.</summary>
public static class PeakMemoryMeasurement
{
    public sealed record Result(int Events, long FileBytes, double PeakMb, double WallMs);

    public static async Task<Result> RunAsync(CliChild cli, string file, int events, CancellationToken cancellation)
    {
        var mib = (new FileInfo(file).Length / (1024 * 1024)) + 1;
        var exit = await cli.RunAsync(["replay", file, "--max-file-mib", mib.ToString(System.Globalization.CultureInfo.InvariantCulture)], watchMemory: true, cancellation);
        if (exit.Code != 0)
        {
            throw new InvalidOperationException($"the replay process failed (exit code {exit.Code}): {exit.Error.Trim()}");
        }

        return new Result(events, new FileInfo(file).Length, exit.PeakResidentKb / 1024.0, exit.WallTime.TotalMilliseconds);
    }
}
